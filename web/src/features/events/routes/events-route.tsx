import { Alert, Anchor, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { FiltersPanel, SearchForm } from '@/components/filters-panel';
import { ListTable } from '@/components/list-table';
import { QueryError } from '@/components/query-error';
import { StaleResultsNotice } from '@/components/stale-results-notice';
import { Pager } from '@/components/pager';
import { preloadable, wideScreen } from '@/components/preloadable';
import { PHONE_QUERY } from '@/components/use-phone';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { CALENDAR_PAGE_SIZE, EVENTS_PAGE_SIZE, useEvents, type EventFilters } from '@/features/events/api/get-events';
import { EVENT_WHENS, type EventWhen } from '@/features/events/api/constants';
import { EventStatusBadge, KindBadge } from '@/features/events/components/badges';
import { canCreateEvent } from '@/features/events/components/event-access';
import { currentMonth, formatWhen, isMonth } from '@/features/events/components/event-text';
import { EventsCalendar } from '@/features/events/components/events-calendar';
import { SeatsLeft } from '@/features/events/components/seats';
import { VenueText } from '@/features/events/components/venue-text';
import { LocalizedText } from '@/components/localized-text';
import { Busy } from '@/components/busy';

// The selects (comboboxes, popovers, their positioning code: ~30 KB of Brotli) are a chunk of their own, as on the
// directory: on a phone they wait for the filters drawer to open; a wider screen fetches them when this module loads.
const controls = preloadable(async () => (await import('@/features/events/components/events-filter-controls')).EventsFilterControls);
const EventsFilterControls = controls.Component;
if (wideScreen(PHONE_QUERY)) void controls.preload().catch(() => undefined);

const KEYS = ['q', 'region', 'kind', 'month', 'when', 'view'] as const;
/** The filters counted on the phone's "Filters" button. */
const FILTER_KEYS = ['region', 'kind', 'month', 'when'];

/**
 * The calendar feed of the events shown (region and kind filters), to subscribe to in a calendar app; in the UI
 * language, since a calendar app sends neither the session nor the browser's languages.
 */
function feedUrl(language: string, region?: string, kind?: string): string {
  const params = new URLSearchParams();
  if (region) params.set('region', region);
  if (kind) params.set('kind', kind);
  params.set('lang', language);
  return `/api/v1/events.ics?${params.toString()}`;
}

/** Events as a list (upcoming by default) or as a month calendar; filters live in the URL. */
export function EventsRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const view = filters.view === 'calendar' ? 'calendar' : 'list';
  const month = isMonth(filters.month) ? filters.month : undefined;
  const when: EventWhen = EVENT_WHENS.includes(filters.when as EventWhen) ? (filters.when as EventWhen) : 'upcoming';
  const calendarMonth = month ?? currentMonth();

  const query: EventFilters =
    view === 'calendar'
      ? { q: filters.q, region: filters.region, kind: filters.kind, month: calendarMonth, when: 'all', pageSize: CALENDAR_PAGE_SIZE }
      : { q: filters.q, region: filters.region, kind: filters.kind, month, when: month ? 'all' : when, page: filters.page };
  const list = useEvents(query);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / EVENTS_PAGE_SIZE));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('events.title')}</Title>
        <Group gap="xs">
          <Button component="a" href={feedUrl(fmt.language, filters.region, filters.kind)} variant="default">
            {t('events.subscribe')}
          </Button>
          {canCreateEvent(me) && (
            <Button component={Link} to="/events/new">
              {t('events.create')}
            </Button>
          )}
        </Group>
      </Group>
      <Text c="dimmed">
        {t('events.intro')}{' '}
        <Anchor component={Link} to="/registrations">
          {t('events.haveCode')}
        </Anchor>
      </Text>
      <SegmentedControl
        w="fit-content"
        value={view}
        onChange={(v) => update({ view: v === 'calendar' ? 'calendar' : undefined, page: undefined })}
        data={[
          { value: 'list', label: t('events.view.list') },
          { value: 'calendar', label: t('events.view.calendar') },
        ]}
        aria-label={t('events.view.label')}
      />
      <FiltersPanel
        search={<SearchForm q={filters.q} onSearch={(q) => update({ q })} placeholder={t('events.searchPlaceholder')} />}
        activeCount={countActive({ ...filters, when: filters.when === 'upcoming' ? undefined : filters.when }, FILTER_KEYS)}
        onReset={reset}
      >
        <Suspense fallback={<Busy size="sm" />}>
          <EventsFilterControls
            filters={filters}
            month={view === 'calendar' ? calendarMonth : (month ?? '')}
            when={view === 'list' && !month ? when : undefined}
            update={update}
          />
        </Suspense>
      </FiltersPanel>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('events.resultCount', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      <StaleResultsNotice list={list} term={filters.q} />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && !list.isError && <Busy />}
      {view === 'calendar' && list.data && (
        <>
          {list.data.items.length === 0 && (
            <Alert color="gray" title={t('events.emptyMonthTitle')}>
              {t('events.emptyText')}
            </Alert>
          )}
          <EventsCalendar month={calendarMonth} events={list.data.items} onMonth={(m) => update({ month: m })} />
        </>
      )}
      {view === 'list' && list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t(`events.empty.${month ? 'all' : when}`)}>
          {t('events.emptyText')}
        </Alert>
      )}
      {view === 'list' && list.data && list.data.items.length > 0 && (
        <>
          <ListTable
            items={list.data.items}
            rowKey={(ev) => ev.id}
            minWidth={820}
            rowTestId="event-row"
            columns={[
              {
                key: 'c0',
                label: t('events.fields.event'),
                render: (ev) => (
                  <>
                    <Anchor component={Link} to={`/events/${ev.id}`} fw={500}>
                      <LocalizedText value={titleOf(ev)} />
                    </Anchor>
                    <Group gap={4} mt={4}>
                      <KindBadge kind={ev.kind} />
                      {ev.status !== 'published' && <EventStatusBadge status={ev.status} />}
                    </Group>
                  </>
                ),
              },
              {
                key: 'c1',
                label: t('events.fields.when'),
                render: (ev) => (
                  <>
                    <Text size="sm" data-testid="event-when">
                      {formatWhen(ev.startsAt, ev.endsAt, fmt.language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('events.casablancaTime')}
                    </Text>
                  </>
                ),
              },
              {
                key: 'c2',
                label: t('events.fields.venue'),
                render: (ev) => (
                  <>
                    <VenueText venue={ev.venue} />
                    <Text size="xs" c="dimmed">
                      {fmt.name(findRegion(regions, ev.regionCode)) || ev.regionCode}
                    </Text>
                  </>
                ),
              },
              {
                key: 'c3',
                label: t('events.fields.seats'),
                render: (ev) => (
                  <>
                    <SeatsLeft event={ev} />
                  </>
                ),
              },
            ]}
          />
          <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
        </>
      )}
    </Stack>
  );
}
