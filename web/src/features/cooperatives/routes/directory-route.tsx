import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Pager } from '@/components/pager';
import { StaleResultsNotice } from '@/components/stale-results-notice';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { DIRECTORY_PAGE_SIZE, useCooperatives } from '@/features/cooperatives/api/get-cooperatives';
import { exportCooperativesUrl } from '@/features/cooperatives/api/export-cooperatives';
import { CooperativeTable } from '@/features/cooperatives/components/cooperative-table';
import { DirectoryFiltersBar } from '@/features/cooperatives/components/directory-filters';
import { useDirectoryFilters } from '@/features/cooperatives/components/use-directory-filters';
import { Busy } from '@/components/busy';

export function DirectoryRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { filters, update, reset } = useDirectoryFilters();
  const list = useCooperatives(filters);
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const me = useMe().data;

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('directory.title')}</Title>
        {isStaff(me) && (
          <Button component="a" href={exportCooperativesUrl(filters)} variant="light" download>
            {t('directory.export')}
          </Button>
        )}
      </Group>
      <DirectoryFiltersBar filters={filters} onChange={update} onReset={reset} />
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('directory.resultCount', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      <StaleResultsNotice list={list} term={filters.q} />
      {list.isPending && (
        <Text c="dimmed" role="status">
          {t('common.loading')}
        </Text>
      )}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t('directory.emptyTitle')}>
          {t('directory.emptyText')}
        </Alert>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          <CooperativeTable items={list.data.items} regions={regions} sectors={sectors} />
          <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
        </>
      )}
    </Stack>
  );
}
