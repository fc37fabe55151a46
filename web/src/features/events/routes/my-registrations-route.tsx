import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '@/components/list-table';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import type { CancellationResult, MyRegistration } from '@/lib/api/schema-types';
import { useCancelRegistration } from '@/features/events/api/cancel-registration';
import { useMyRegistrations } from '@/features/events/api/get-my-registrations';
import { EventStatusBadge, RegistrationStatusBadge } from '@/features/events/components/badges';
import { ConfirmDialog } from '@/features/events/components/confirm-dialog';
import { registrantName } from '@/features/events/components/event-text';
import { problemMessage } from '@/lib/forms/problem-message';
import { CancellationOutcome } from '@/features/events/components/promoted-list';
import { LocalizedText } from '@/components/localized-text';

function MyRegistrations() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useMyRegistrations();
  const cancel = useCancelRegistration();
  const [target, setTarget] = useState<MyRegistration | null>(null);
  const [done, setDone] = useState<CancellationResult | null>(null);

  return (
    <Stack>
      <Title order={1}>{t('events.mine.title')}</Title>
      <Text c="dimmed">
        {t('events.mine.intro')}{' '}
        <Anchor component={Link} to="/registrations">
          {t('events.haveCode')}
        </Anchor>
      </Text>
      {done && <CancellationOutcome result={done} />}
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.length === 0 && (
        <Alert color="gray" title={t('events.mine.emptyTitle')}>
          {t('events.mine.emptyText')}{' '}
          <Anchor component={Link} to="/events">
            {t('events.mine.browse')}
          </Anchor>
        </Alert>
      )}
      {query.data && query.data.length > 0 && (
        <ListTable
          items={query.data}
          rowKey={(m) => m.registration.id}
          minWidth={720}
          testId="my-registrations"
          rowTestId="my-registration"
          columns={[
            {
              key: 'event',
              label: t('events.fields.event'),
              render: (m) => (
                <>
                  <Anchor component={Link} to={`/events/${m.registration.eventId}`}>
                    <LocalizedText value={titleOf({ titleAr: m.eventTitleAr, titleFr: m.eventTitleFr, titleEn: m.eventTitleEn })} />
                  </Anchor>
                  {m.eventStatus !== 'published' && (
                    <div>
                      <EventStatusBadge status={m.eventStatus} />
                    </div>
                  )}
                </>
              ),
            },
            { key: 'startsAt', label: t('events.fields.startsAt'), render: (m) => formatWallClock(m.startsAt, fmt.language) },
            {
              key: 'participant',
              label: t('events.registrations.participant'),
              render: (m) => <bdi>{registrantName(m.registration, fmt.language)}</bdi>,
            },
            {
              key: 'status',
              label: t('fields.status'),
              render: (m) => <RegistrationStatusBadge status={m.registration.status} position={m.registration.waitlistPosition} />,
            },
            {
              key: 'actions',
              label: t('events.registrations.actions'),
              render: (m) => {
                const r = m.registration;
                const open = (r.status === 'registered' || r.status === 'waitlisted') && m.eventStatus === 'published';
                return (
                  open && (
                    <Button
                      size="xs"
                      color="red"
                      variant="subtle"
                      onClick={() => setTarget(m)}
                      aria-label={t('events.cancel.buttonFor', { name: registrantName(r, fmt.language) })}
                    >
                      {t('events.cancel.short')}
                    </Button>
                  )
                );
              },
            },
          ]}
        />
      )}
      <ConfirmDialog
        opened={!!target}
        title={t('events.cancel.title')}
        text={target?.registration.status === 'registered' ? t('events.cancel.textSeat') : t('events.cancel.textWaitlist')}
        confirmLabel={t('events.cancel.confirm')}
        pending={cancel.isPending}
        error={problemMessage(t, 'events', cancel.error)}
        onClose={() => {
          setTarget(null);
          cancel.reset();
        }}
        onConfirm={() =>
          target &&
          cancel.mutate(
            { eventId: target.registration.eventId, registrationId: target.registration.id },
            {
              onSuccess: (result) => {
                setTarget(null);
                setDone(result);
              },
            },
          )
        }
      />
    </Stack>
  );
}

/** The registrations of the cooperatives the signed-in manager runs, with cancelling. */
export function MyRegistrationsRoute() {
  return (
    <RequireAccess allow={(me) => !!me}>
      <MyRegistrations />
    </RequireAccess>
  );
}
