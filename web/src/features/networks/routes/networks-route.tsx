import { Anchor, Badge, Button, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { DirectoryPage } from '@/components/directory-page';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { ListTable } from '@/components/list-table';
import { NETWORK_SCOPES } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { canCreateNetwork } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { NETWORKS_PAGE_SIZE, useNetworks } from '@/features/networks/api/get-networks';
import { LocalizedText } from '@/components/localized-text';

const KEYS = ['q', 'scope', 'region', 'sector'] as const;

export function NetworksRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = useNetworks(filters);

  return (
    <DirectoryPage
      title={t('networks.title')}
      action={
        canCreateNetwork(me) && (
          <Button component={Link} to="/networks/new">
            {t('networks.create')}
          </Button>
        )
      }
      searchPlaceholder={t('networks.searchPlaceholder')}
      q={filters.q}
      onSearch={(q) => update({ q })}
      filters={
        <>
          <Select
            label={t('networks.scope')}
            placeholder={t('common.all')}
            clearable
            w={170}
            value={filters.scope ?? null}
            data={NETWORK_SCOPES.map((s) => ({ value: s, label: t(`networkScope.${s}`) }))}
            onChange={(value) => update({ scope: value })}
          />
          <RegionFilter value={filters.region} onChange={(value) => update({ region: value })} />
          <SectorFilter value={filters.sector} onChange={(value) => update({ sector: value })} />
        </>
      }
      activeFilters={countActive(filters, ['scope', 'region', 'sector'])}
      onReset={reset}
      list={list}
      resultCount={(count, formatted) => t('networks.resultCount', { count, formatted })}
      emptyTitle={t('networks.emptyTitle')}
      emptyText={t('networks.emptyText')}
      pageSize={NETWORKS_PAGE_SIZE}
      page={filters.page}
      onPage={(page) => update({ page })}
    >
      {list.data && (
        <ListTable
          items={list.data.items}
          rowKey={(n) => n.id}
          minWidth={760}
          columns={[
            {
              key: 'c0',
              label: t('fields.name'),
              render: (n) => (
                <>
                  <Anchor component={Link} to={`/networks/${n.id}`} fw={500}>
                    <LocalizedText value={n} empty={n.acronym} />
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`networkKind.${n.kind}`)}
                    {n.status !== 'active' && ` · ${t(`networkStatus.${n.status}`)}`}
                  </Text>
                </>
              ),
            },
            {
              key: 'c1',
              label: t('networks.scope'),
              render: (n) => (
                <Badge variant="light">{t(`networkScope.${n.scope}`)}</Badge>
              ),
            },
            {
              key: 'c2',
              label: t('fields.region'),
              render: (n) => (
                <>
                  <Text size="sm">{n.regionCode ? fmt.name(findRegion(regions, n.regionCode)) : t('networkScope.national')}</Text>
                  {n.provinceCode && (
                    <Text size="xs" c="dimmed">
                      {fmt.name(findProvince(regions, n.provinceCode)) || n.provinceCode}
                    </Text>
                  )}
                </>
              ),
            },
            { key: 'c3', label: t('networks.currentMembers'), render: (n) => fmt.number(n.currentMembers) },
            { key: 'c4', label: t('fields.foundedOn'), render: (n) => fmt.date(n.foundedOn) || '—' },
          ]}
        />
      )}
    </DirectoryPage>
  );
}
