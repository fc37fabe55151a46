import { Alert, Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
      <Group align="end" gap="sm">
        <RegionFilter value={filters.region} onChange={(value) => update({ region: value })} />
        <Button variant="subtle" onClick={reset}>
          {t('directory.reset')}
        </Button>
      </Group>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('bank.competitions.resultCount', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t('bank.competitions.emptyTitle')}>
          {t('bank.competitions.emptyText')}
        </Alert>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped highlightOnHover data-testid="competitions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.competitions.name')}</Table.Th>
                <Table.Th>{t('fields.region')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('bank.competitions.window')}</Table.Th>
                <Table.Th>{t('bank.competitions.entries')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data?.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/competitions/${c.id}`} fw={500}>
                      {fmt.name(titleOf(c))}
                    </Anchor>
                    {(c.eventTitleAr || c.eventTitleFr) && (
                      <Text size="xs" c="dimmed">
                        {fmt.name(titleOf({ titleAr: c.eventTitleAr, titleFr: c.eventTitleFr }))}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.regionCode ? fmt.name(findRegion(regions, c.regionCode)) || c.regionCode : t('roles.national')}</Table.Td>
                  <Table.Td miw={180}>
                    <CompetitionStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('bank.competitions.windowValue', {
                        from: formatWallClock(c.opensAt, fmt.language),
                        to: formatWallClock(c.closesAt, fmt.language),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>{fmt.number(c.entries)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
    </Stack>
  );
}
