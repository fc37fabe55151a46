import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { DirectoryPage } from '@/components/directory-page';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { ListTable } from '@/components/list-table';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { PROGRAMS_PAGE_SIZE, usePrograms } from '@/features/programs/api/get-programs';
import { LocalizedText } from '@/components/localized-text';

const KEYS = ['q', 'region', 'sector'] as const;

export function ProgramsRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = usePrograms(filters);

  return (
    <DirectoryPage
      title={t('programs.title')}
      action={
        <Group>
          <Button component={Link} to="/calls" variant="light">
            {t('nav.calls')}
          </Button>
          {isStaff(me) && (
            <Button component={Link} to="/programs/new">
              {t('programs.create')}
            </Button>
          )}
        </Group>
      }
      searchPlaceholder={t('programs.searchPlaceholder')}
      q={filters.q}
      onSearch={(q) => update({ q })}
      filters={
        <>
          <RegionFilter value={filters.region} onChange={(value) => update({ region: value })} />
          <SectorFilter value={filters.sector} onChange={(value) => update({ sector: value })} />
        </>
      }
      activeFilters={countActive(filters, ['region', 'sector'])}
      onReset={reset}
      list={list}
      resultCount={(count, formatted) => t('programs.resultCount', { count, formatted })}
      emptyTitle={t('programs.emptyTitle')}
      emptyText={t('programs.emptyText')}
      pageSize={PROGRAMS_PAGE_SIZE}
      page={filters.page}
      onPage={(page) => update({ page })}
    >
      {list.data && (
        <ListTable
          items={list.data.items}
          rowKey={(p) => p.id}
          minWidth={760}
          columns={[
            {
              key: 'c0',
              label: t('fields.name'),
              render: (p) => (
                <>
                  <Badge variant="outline" size="sm" me="xs">
                    {p.code}
                  </Badge>
                  <Anchor component={Link} to={`/programs/${p.id}`} fw={500}>
                    <LocalizedText value={p} empty={p.code} />
                  </Anchor>
                </>
              ),
            },
            {
              key: 'c1',
              label: t('programs.regions'),
              render: (p) => (
                <Text size="sm">
                  {p.regions.length === 0
                    ? t('programs.national')
                    : p.regions.map((r) => fmt.name(findRegion(regions, r)) || r).join(t('programs.listSeparator'))}
                </Text>
              ),
            },
            {
              key: 'c2',
              label: t('programs.partners'),
              render: (p) => (
                <Text size="sm">
                  {p.partners.map((x) => x.acronym || fmt.name(x)).join(t('programs.listSeparator')) || '—'}
                </Text>
              ),
            },
            {
              key: 'c3',
              label: t('programs.period'),
              render: (p) => (
                <>
                  {p.startsOn || p.endsOn
                    ? t('programs.periodValue', { from: fmt.date(p.startsOn) || '…', to: fmt.date(p.endsOn) || '…' })
                    : '—'}
                </>
              ),
            },
          ]}
        />
      )}
    </DirectoryPage>
  );
}
