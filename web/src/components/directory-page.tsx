import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FiltersPanel, SearchForm } from '@/components/filters-panel';
import { QueryError } from '@/components/query-error';
import { Pager } from '@/components/pager';
import { StaleResultsNotice } from '@/components/stale-results-notice';
import { useFormat } from '@/lib/i18n/format';
import { Busy } from '@/components/busy';

type ListQuery = {
  data?: { total: number; items: readonly unknown[] };
  isFetching: boolean;
  isPlaceholderData?: boolean;
  fetchStatus?: string;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
};

type Props = {
  title: string;
  /** Beside the title (e.g. the "create" button). */
  action?: ReactNode;
  searchPlaceholder: string;
  /** The search text in the URL. */
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  /** The filter selects, between the search form and the reset button. */
  filters: ReactNode;
  /** How many filters are set (search and page excluded): the count on the phone's "Filters" button. */
  activeFilters: number;
  onReset: () => void;
  list: ListQuery;
  resultCount: (count: number, formatted: string) => string;
  emptyTitle: string;
  emptyText: string;
  pageSize: number;
  page: number | undefined;
  onPage: (page: number) => void;
  /** The result table, shown when there is at least one result. */
  children: ReactNode;
};

/**
 * The scaffold of a directory page: title, search and filters (kept in the URL by the caller),
 * result count, error and empty states, result table and paging.
 */
export function DirectoryPage({
  title,
  action,
  searchPlaceholder,
  q,
  onSearch,
  filters,
  activeFilters,
  onReset,
  list,
  resultCount,
  emptyTitle,
  emptyText,
  pageSize,
  page,
  onPage,
  children,
}: Props) {
  const fmt = useFormat();

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{title}</Title>
        {action}
      </Group>
      <FiltersPanel
        search={<SearchForm q={q} onSearch={onSearch} placeholder={searchPlaceholder} />}
        activeCount={activeFilters}
        onReset={onReset}
      >
        {filters}
      </FiltersPanel>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {resultCount(total, fmt.number(total))}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      <StaleResultsNotice list={list} term={q} />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={emptyTitle}>
          {emptyText}
        </Alert>
      )}
      {list.data && list.data.items.length > 0 && (
        <>
          {children}
          <Pager pages={pages} page={page ?? 1} onChange={onPage} />
        </>
      )}
    </Stack>
  );
}
