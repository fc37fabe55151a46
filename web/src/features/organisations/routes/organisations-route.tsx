import { Alert, Anchor, Button, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ORGANISATION_KINDS } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { ORGANISATIONS_PAGE_SIZE, useOrganisations } from '@/features/organisations/api/get-organisations';
import { OrganisationKindBadge } from '@/features/organisations/components/organisation-kind-badge';

const KEYS = ['q', 'kind', 'region'] as const;

export function OrganisationsRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = useOrganisations(filters);
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / ORGANISATIONS_PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('organisations.title')}</Title>
        {isStaff(me) && (
          <Button component={Link} to="/organisations/new">
            {t('organisations.create')}
          </Button>
        )}
      </Group>
      <Group align="end" gap="sm" wrap="wrap">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: q.trim() || undefined });
          }}
        >
          <Group align="end" gap="xs">
            <TextInput
              label={t('directory.search')}
              placeholder={t('organisations.searchPlaceholder')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              type="search"
              w={260}
            />
            <Button type="submit">{t('directory.searchButton')}</Button>
          </Group>
        </form>
        <Select
          label={t('organisations.kind')}
          placeholder={t('common.all')}
          clearable
          w={200}
          value={filters.kind ?? null}
          data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))}
          onChange={(value) => update({ kind: value })}
        />
        <Select
          label={t('fields.region')}
          placeholder={t('common.all')}
          clearable
          searchable
          w={220}
          value={filters.region ?? null}
          data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
          onChange={(value) => update({ region: value })}
        />
        <Button variant="subtle" onClick={reset}>
          {t('directory.reset')}
        </Button>
      </Group>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('organisations.resultCount', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t('organisations.emptyTitle')}>
          {t('organisations.emptyText')}
        </Alert>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.name')}</Table.Th>
                  <Table.Th>{t('organisations.kind')}</Table.Th>
                  <Table.Th>{t('fields.region')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/organisations/${o.id}`} fw={500}>
                        {fmt.name(o) || o.acronym}
                      </Anchor>
                      {o.acronym && (
                        <Text span c="dimmed" size="sm" ms="xs" dir="auto">
                          ({o.acronym})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <OrganisationKindBadge kind={o.kind} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.name(findRegion(regions, o.regionCode)) || t('organisations.noRegion')}</Text>
                      {o.provinceCode && (
                        <Text size="xs" c="dimmed">
                          {fmt.name(findProvince(regions, o.provinceCode)) || o.provinceCode}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filters.page ?? 1}
              onChange={(page) => update({ page })}
              getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('pagination.page', { page }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
