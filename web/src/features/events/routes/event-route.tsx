import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, descriptionOf, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import type { EventOrganisation } from '@/lib/api/schema-types';
import { useEvent } from '@/features/events/api/get-event';
import { AgendaList } from '@/features/events/components/agenda-list';
import { AttendanceSummary } from '@/features/events/components/attendance-summary';
import { EventStatusBadge, KindBadge } from '@/features/events/components/badges';
import { canOrganise, canRegister } from '@/features/events/components/event-access';
import { formatWhen, registrationState } from '@/features/events/components/event-text';
import { RegisterDialog } from '@/features/events/components/register-dialog';
import { SeatsLeft } from '@/features/events/components/seats';
import { VenueText } from '@/features/events/components/venue-text';
import { LatinRun } from '@/components/latin-run';
import { LocalizedText } from '@/components/localized-text';

function Organisations({ items }: { items: readonly EventOrganisation[] }) {
  const fmt = useFormat();
  if (items.length === 0) return null;
  return (
    <Group gap={6}>
      {items.map((o) => (
        <Anchor key={o.organisationId} component={Link} to={`/organisations/${o.organisationId}`} size="sm">
          <bdi>
            <LocalizedText value={o} empty={o.acronym} />
          </bdi>
          {o.acronym && fmt.name(o) && fmt.name(o) !== o.acronym && ` (${o.acronym})`}
        </Anchor>
      ))}
    </Group>
  );
}

/** One event: when (Casablanca), venue, agenda, organisers, partners, program, attendance; register; calendar file. */
export function EventRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const location = useLocation();
  const me = useMe();
  const regions = useRegions().data;
  const query = useEvent(id);
  const [registering, setRegistering] = useState(false);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const ev = query.data.event;
  const organiser = canOrganise(me.data, ev);
  const state = registrationState(ev);
  const title = fmt.name(titleOf(ev));
  const otherTitle = fmt.language === 'ar' ? ev.titleFr : ev.titleAr;
  const description = fmt.name(descriptionOf(ev));

  return (
    <Stack>
      <Anchor component={Link} to="/events" size="sm">
        {t('events.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>
            <LocalizedText value={titleOf(ev)} />
          </Title>
          {otherTitle && otherTitle !== title && (
            <Text c="dimmed" lang={fmt.language === 'ar' ? 'fr' : 'ar'} dir="auto">
              {otherTitle}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <KindBadge kind={ev.kind} />
            <EventStatusBadge status={ev.status} />
            {ev.audience !== 'public' && <Badge variant="default">{t(`events.audience.${ev.audience}`)}</Badge>}
          </Group>
        </div>
        <Group gap="xs">
          <Button component="a" href={`/api/v1/events/${ev.id}.ics?lang=${fmt.language}`} download variant="default">
            {t('events.addToCalendar')}
          </Button>
          {organiser && (
            <>
              <Button component={Link} to={`/events/${ev.id}/manage`} variant="light">
                {t('events.manage.link')}
              </Button>
              <Button component={Link} to={`/events/${ev.id}/edit`} variant="light">
                {t('detail.edit')}
              </Button>
            </>
          )}
        </Group>
      </Group>

      <Card withBorder data-testid="registration-panel">
        <Group justify="space-between" align="center">
          <div>
            <SeatsLeft event={ev} size="md" />
            <Text size="sm" c="dimmed" data-testid="registration-state">
              {state === 'open'
                ? ev.registrationClosesAt
                  ? t('events.registration.openUntil', { date: formatWallClock(ev.registrationClosesAt, fmt.language) })
                  : t('events.registration.openUntilStart')
                : state === 'notOpenYet'
                  ? t('events.registration.opensOn', { date: formatWallClock(ev.registrationOpensAt, fmt.language) })
                  : t(`events.registration.state.${state}`)}
            </Text>
          </div>
          {state === 'open' && canRegister(me.data, ev) && (
            <Button size="md" onClick={() => setRegistering(true)}>
              {t('events.register.button')}
            </Button>
          )}
          {state === 'open' && !me.isPending && !me.data && (
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} variant="light">
              {t('events.register.signIn')}
            </Button>
          )}
        </Group>
        {state === 'open' && me.data && !canRegister(me.data, ev) && (
          <Text size="sm" c="dimmed" mt="xs">
            {ev.audience === 'invited' ? t('events.register.invitedOnly') : t('events.register.noCooperative')}
          </Text>
        )}
        <Text size="sm" mt="xs">
          <Anchor component={Link} to="/registrations">
            {t('events.haveCode')}
          </Anchor>
        </Text>
      </Card>
      {registering && <RegisterDialog event={ev} opened onClose={() => setRegistering(false)} />}

      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <DetailField label={t('events.fields.when')}>
            <Text data-testid="event-when">{formatWhen(ev.startsAt, ev.endsAt, fmt.language)}</Text>
            <Text size="xs" c="dimmed">
              {t('events.casablancaTime')}
            </Text>
          </DetailField>
          <DetailField label={t('events.fields.venue')}>
            <VenueText venue={ev.venue} />
          </DetailField>
          <DetailField label={t('fields.region')}>
            {fmt.name(findRegion(regions, ev.regionCode)) || ev.regionCode}
            {ev.provinceCode && ` — ${fmt.name(findProvince(regions, ev.provinceCode)) || ev.provinceCode}`}
          </DetailField>
          <DetailField label={t('events.fields.organisers')}>
            <Organisations items={ev.organisers} />
          </DetailField>
          <DetailField label={t('events.fields.partners')}>
            <Organisations items={ev.partners} />
          </DetailField>
          <DetailField label={t('events.fields.program')}>
            {ev.programCode &&
              (ev.programId ? (
                <Anchor component={Link} to={`/programs/${ev.programId}`} dir="ltr" data-testid="event-program">
                  {ev.programCode}
                </Anchor>
              ) : (
                <LatinRun>{ev.programCode}</LatinRun>
              ))}
          </DetailField>
          <DetailField label={t('events.fields.capacity')}>
            {ev.capacity ? fmt.number(ev.capacity) : t('events.seats.unlimited')}
          </DetailField>
        </SimpleGrid>
      </Card>

      {description && (
        <Text style={{ whiteSpace: 'pre-line' }} data-testid="event-description">
          <LocalizedText value={descriptionOf(ev)} />
        </Text>
      )}

      <Title order={2} size="h3">
        {t('events.agenda.title')}
      </Title>
      <AgendaList agenda={ev.agenda} />

      <Title order={2} size="h3">
        {t('events.attendance.title')}
      </Title>
      <AttendanceSummary eventId={ev.id} />
    </Stack>
  );
}
