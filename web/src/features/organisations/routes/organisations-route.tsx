import { Anchor, Button, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { DirectoryPage } from '@/components/directory-page';
import { RegionFilter } from '@/components/reference-filters';
import { ListTable } from '@/components/list-table';
import { ORGANISATION_KINDS } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { ORGANISATIONS_PAGE_SIZE, useOrganisations } from '@/features/organisations/api/get-organisations';
import { OrganisationKindBadge } from '@/features/organisations/components/organisation-kind-badge';
import { LocalizedText } from '@/components/localized-text';

const KEYS = ['q', 'kind', 'region'] as const;

export function OrganisationsRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = useOrganisations(filters);

  return (
    <DirectoryPage
      title={t('organisations.title')}
      action={
        isStaff(me) && (
          <Button component={Link} to="/organisations/new">
            {t('organisations.create')}
          </Button>
        )
      }
      searchPlaceholder={t('organisations.searchPlaceholder')}
      q={filters.q}
      onSearch={(q) => update({ q })}
      filters={
        <>
          <Select
            label={t('organisations.kind')}
            placeholder={t('common.all')}
            clearable
            w={200}
            value={filters.kind ?? null}
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))}
            onChange={(value) => update({ kind: value })}
          />
          <RegionFilter value={filters.region} onChange={(value) => update({ region: value })} />
        </>
      }
      activeFilters={countActive(filters, ['kind', 'region'])}
      onReset={reset}
      list={list}
      resultCount={(count, formatted) => t('organisations.resultCount', { count, formatted })}
      emptyTitle={t('organisations.emptyTitle')}
      emptyText={t('organisations.emptyText')}
      pageSize={ORGANISATIONS_PAGE_SIZE}
      page={filters.page}
      onPage={(page) => update({ page })}
    >
      {list.data && (
        <ListTable
          items={list.data.items}
          rowKey={(o) => o.id}
          minWidth={700}
          columns={[
            {
              key: 'c0',
              label: t('fields.name'),
              render: (o) => (
                <>
                  <Anchor component={Link} to={`/organisations/${o.id}`} fw={500}>
                    <LocalizedText value={o} empty={o.acronym} />
                  </Anchor>
                  {o.acronym && (
                    <Text span c="dimmed" size="sm" ms="xs" dir="auto">
                      ({o.acronym})
                    </Text>
                  )}
                </>
              ),
            },
            {
              key: 'c1',
              label: t('organisations.kind'),
              render: (o) => (
                <>
                  <OrganisationKindBadge kind={o.kind} />
                </>
              ),
            },
            {
              key: 'c2',
              label: t('fields.region'),
              render: (o) => (
                <>
                  <Text size="sm">{fmt.name(findRegion(regions, o.regionCode)) || t('organisations.noRegion')}</Text>
                  {o.provinceCode && (
                    <Text size="xs" c="dimmed">
                      {fmt.name(findProvince(regions, o.provinceCode)) || o.provinceCode}
                    </Text>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </DirectoryPage>
  );
}
