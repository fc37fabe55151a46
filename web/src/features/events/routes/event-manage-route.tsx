import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { useEvent } from '@/features/events/api/get-event';
import { AttendancePanel } from '@/features/events/components/attendance-panel';
import { EventStatusBadge, KindBadge } from '@/features/events/components/badges';
import { canOrganise } from '@/features/events/components/event-access';
import { formatWhen } from '@/features/events/components/event-text';
import { RegistrationsPanel } from '@/features/events/components/registrations-panel';
import { SeatsLeft } from '@/features/events/components/seats';
import { LocalizedText } from '@/components/localized-text';

const TABS = ['registrations', 'attendance'] as const;
const KEYS = ['tab', 'status', 'q'] as const;

function Manage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useEvent(id);
  const { filters, update } = useUrlFilters(KEYS);
  const tab = TABS.includes(filters.tab as (typeof TABS)[number]) ? filters.tab! : 'registrations';

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const ev = query.data.event;
  if (!canOrganise(me, ev)) {
    return (
      <Alert color="red" role="alert">
        {t('common.forbidden')}
      </Alert>
    );
  }

  return (
    <Stack>
      <Anchor component={Link} to={`/events/${ev.id}`} size="sm">
        {t('events.manage.backToEvent')}
      </Anchor>
      <div>
        <Title order={1}>{t('events.manage.title')}</Title>
        <Text c="dimmed" fw={500}>
          <LocalizedText value={titleOf(ev)} />
        </Text>
        <Group gap="xs" mt={4}>
          <KindBadge kind={ev.kind} />
          <EventStatusBadge status={ev.status} />
          <Text size="sm">{formatWhen(ev.startsAt, ev.endsAt, fmt.language)}</Text>
          <SeatsLeft event={ev} />
        </Group>
      </div>
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'registrations' ? undefined : v })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`events.manage.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="registrations" pt="md">
          <RegistrationsPanel
            eventId={ev.id}
            status={filters.status}
            q={filters.q}
            page={filters.page}
            onChange={(patch) => update(patch)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="attendance" pt="md">
          <AttendancePanel eventId={ev.id} walkIns={ev.counts.walkIns} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Organisers: registrations with check-in, and the attendance dashboard. */
export function EventManageRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <Manage />
    </RequireAccess>
  );
}
