import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { FiltersPanel } from '@/components/filters-panel';
import { ListTable } from '@/components/list-table';
import { QueryError } from '@/components/query-error';
import { Pager } from '@/components/pager';
import { RegionFilter } from '@/components/reference-filters';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { COMPETITIONS_PAGE_SIZE, useCompetitions } from '@/features/bank/api/get-competitions';
import { CompetitionStatusBadge } from '@/features/bank/components/status-badges';
import { LocalizedText } from '@/components/localized-text';
import { Busy } from '@/components/busy';

const KEYS = ['region'] as const;

/** Ideathons, latest first: event, region, status, entry window and entries. */
export function CompetitionsRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = useCompetitions(filters);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / COMPETITIONS_PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('bank.competitions.title')}</Title>
        {isStaff(me) && (
          <Button component={Link} to="/competitions/new">
            {t('bank.competitions.create')}
          </Button>
        )}
      </Group>
      <Text c="dimmed">{t('bank.competitions.intro')}</Text>
      <FiltersPanel activeCount={countActive(filters, ['region'])} onReset={reset}>
        <RegionFilter value={filters.region} onChange={(value) => update({ region: value })} />
      </FiltersPanel>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('bank.competitions.resultCount', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t('bank.competitions.emptyTitle')}>
          {t('bank.competitions.emptyText')}
        </Alert>
      )}
      {list.data && list.data.items.length > 0 && (
        <ListTable
          items={list.data.items}
          rowKey={(c) => c.id}
          minWidth={820}
          testId="competitions-table"
          columns={[
            {
              key: 'c0',
              label: t('bank.competitions.name'),
              render: (c) => (
                <>
                  <Anchor component={Link} to={`/competitions/${c.id}`} fw={500}>
                    <LocalizedText value={titleOf(c)} />
                  </Anchor>
                  {(c.eventTitleAr || c.eventTitleFr) && (
                    <Text size="xs" c="dimmed">
                      <LocalizedText value={titleOf({ titleAr: c.eventTitleAr, titleFr: c.eventTitleFr })} />
                    </Text>
                  )}
                </>
              ),
            },
            {
              key: 'c1',
              label: t('fields.region'),
              render: (c) => (
                c.regionCode ? fmt.name(findRegion(regions, c.regionCode)) || c.regionCode : t('roles.national')
              ),
            },
            {
              key: 'c2',
              label: t('fields.status'),
              render: (c) => (
                <>
                  <CompetitionStatusBadge status={c.status} />
                </>
              ),
            },
            {
              key: 'c3',
              label: t('bank.competitions.window'),
              render: (c) => (
                <Text size="sm">
                  {t('bank.competitions.windowValue', {
                    from: formatWallClock(c.opensAt, fmt.language),
                    to: formatWallClock(c.closesAt, fmt.language),
                  })}
                </Text>
              ),
            },
            { key: 'c4', label: t('bank.competitions.entries'), render: (c) => fmt.number(c.entries) },
          ]}
        />
      )}
      <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
    </Stack>
  );
}
