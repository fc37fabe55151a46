import { Anchor, Badge, Button, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DirectoryPage } from '@/components/directory-page';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { NETWORK_SCOPES } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { canCreateNetwork } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { NETWORKS_PAGE_SIZE, useNetworks } from '@/features/networks/api/get-networks';

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
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('networks.scope')}</Table.Th>
                <Table.Th>{t('fields.region')}</Table.Th>
                <Table.Th>{t('networks.currentMembers')}</Table.Th>
                <Table.Th>{t('fields.foundedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/networks/${n.id}`} fw={500}>
                      {fmt.name(n) || n.acronym}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t(`networkKind.${n.kind}`)}
                      {n.status !== 'active' && ` · ${t(`networkStatus.${n.status}`)}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`networkScope.${n.scope}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{n.regionCode ? fmt.name(findRegion(regions, n.regionCode)) : t('networkScope.national')}</Text>
                    {n.provinceCode && (
                      <Text size="xs" c="dimmed">
                        {fmt.name(findProvince(regions, n.provinceCode)) || n.provinceCode}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{fmt.number(n.currentMembers)}</Table.Td>
                  <Table.Td>{fmt.date(n.foundedOn) || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </DirectoryPage>
  );
}
