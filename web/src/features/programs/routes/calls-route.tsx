import { Alert, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { countActive } from '@/components/active-filters';
import { FiltersPanel } from '@/components/filters-panel';
import { QueryError } from '@/components/query-error';
import { StaleResultsNotice } from '@/components/stale-results-notice';
import { Pager } from '@/components/pager';
import { preloadable, wideScreen } from '@/components/preloadable';
import { PHONE_QUERY } from '@/components/use-phone';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { CALLS_PAGE_SIZE, useCalls, type CallWhen } from '@/features/programs/api/get-calls';
import { CallCard } from '@/features/programs/components/call-card';
import { Busy } from '@/components/busy';

// The region and sector selects are a chunk of their own (see events-route.tsx): on a phone they wait for the drawer.
const referenceFilters = preloadable(async () => (await import('@/components/reference-filters')).ReferenceFilters);
const ReferenceFilters = referenceFilters.Component;
if (wideScreen(PHONE_QUERY)) void referenceFilters.preload().catch(() => undefined);

const KEYS = ['when', 'region', 'sector'] as const;
const WHEN: readonly CallWhen[] = ['open', 'upcoming', 'closed'];

/** The public list of calls for expressions of interest: open ones by default, or upcoming / closed. */
export function CallsRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { filters, update } = useUrlFilters(KEYS);
  const when: CallWhen = WHEN.includes(filters.when as CallWhen) ? (filters.when as CallWhen) : 'open';
  const list = useCalls({ ...filters, when });
  // Each call's rules name regions and sectors: asked for with the list, not once the cards show (the filters that
  // also ask for them come later on a phone).
  useRegions();
  useSectors();
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / CALLS_PAGE_SIZE));

  return (
    <Stack>
      <Title order={1}>{t('programs.calls.title')}</Title>
      <Text c="dimmed">{t('programs.calls.intro')}</Text>
      <SegmentedControl
        w="fit-content"
        aria-label={t('programs.calls.whenLabel')}
        value={when}
        onChange={(v) => update({ when: v === 'open' ? undefined : v })}
        data={WHEN.map((w) => ({ value: w, label: t(`programs.when.${w}`) }))}
      />
      <FiltersPanel activeCount={countActive(filters, ['region', 'sector'])}>
        <Suspense fallback={<Busy size="sm" />}>
          <ReferenceFilters region={filters.region} sector={filters.sector} update={update} />
        </Suspense>
      </FiltersPanel>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('programs.calls.resultCount', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      <StaleResultsNotice list={list} term={undefined} />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t(`programs.calls.empty.${when}`)}>
          {t('programs.calls.emptyText')}
        </Alert>
      )}
      {list.data?.items.map((call) => <CallCard key={call.id} call={call} />)}
      <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
    </Stack>
  );
}
