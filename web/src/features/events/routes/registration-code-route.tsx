import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { isApiError } from '@/lib/api/problem';
import { useFormat, titleOf } from '@/lib/i18n/format';
import type { CancellationResult } from '@/lib/api/schema-types';
import { normaliseCode, useCancelByCode, useRegistrationByCode } from '@/features/events/api/registration-by-code';
import { EventStatusBadge, RegistrationStatusBadge } from '@/features/events/components/badges';
import { ConfirmDialog } from '@/features/events/components/confirm-dialog';
import { formatWhen, registrantName } from '@/features/events/components/event-text';
import { problemMessage } from '@/lib/forms/problem-message';
import { CancellationOutcome } from '@/features/events/components/promoted-list';
import { VenueText } from '@/features/events/components/venue-text';
import { LocalizedText } from '@/components/localized-text';

function CodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState(initial);
  useEffect(() => setCode(initial), [initial]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const normalised = normaliseCode(code);
        if (normalised) void navigate(`/registrations/${normalised}`);
      }}
    >
      <Group align="end" gap="xs">
        <TextInput
          label={t('events.code.label')}
          description={t('events.code.hint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          dir="ltr"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          w={{ base: '100%', sm: 420 }}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit">{t('events.code.show')}</Button>
      </Group>
    </form>
  );
}

/**
 * The self-service page of a registration, reached with its code and no sign-in: the event, the status (and
 * waitlist position), and cancelling it — then who took the freed seat.
 */
export function RegistrationCodeRoute() {
  const { code: raw = '' } = useParams();
  const code = normaliseCode(raw);
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useRegistrationByCode(code);
  const cancel = useCancelByCode();
  const [confirming, setConfirming] = useState(false);
  const [cancelled, setCancelled] = useState<CancellationResult | null>(null);
  useEffect(() => setCancelled(null), [code]);

  const notFound = isApiError(query.error) && query.error.status === 404;
  const data = query.data;
  const r = data?.registration;
  const cancellable =
    !!r && (r.status === 'registered' || r.status === 'waitlisted') && (data.eventStatus === 'published' || data.eventStatus === 'draft');

  return (
    <Stack maw={760}>
      <Title order={1}>{t('events.code.pageTitle')}</Title>
      <Text c="dimmed">{t('events.code.pageIntro')}</Text>
      <CodeForm initial={raw && !data ? raw : ''} />
      {code && query.isPending && <PageLoader />}
      {code && query.isError && (
        <Alert color="red" role="alert" title={notFound ? t('events.code.notFoundTitle') : t('common.errorTitle')}>
          {notFound ? t('events.code.notFound') : problemMessage(t, 'events', query.error)}
        </Alert>
      )}
      {cancelled && <CancellationOutcome result={cancelled} />}
      {data && r && (
        <Card withBorder data-testid="registration-by-code">
          <Stack>
            <div>
              <Anchor component={Link} to={`/events/${data.eventId}`} fw={600} size="lg">
                <LocalizedText value={titleOf({ titleAr: data.eventTitleAr, titleFr: data.eventTitleFr, titleEn: data.eventTitleEn })} />
              </Anchor>
              <Group gap="xs" mt={4}>
                {data.eventStatus !== 'published' && <EventStatusBadge status={data.eventStatus} />}
              </Group>
            </div>
            <Group gap="xl" align="start">
              <DetailField label={t('events.fields.when')}>
                {formatWhen(data.startsAt, data.endsAt, fmt.language)}
                <Text size="xs" c="dimmed">
                  {t('events.casablancaTime')}
                </Text>
              </DetailField>
              <DetailField label={t('events.fields.venue')}>
                <VenueText venue={data.venue} />
              </DetailField>
              <DetailField label={t('events.registrations.participant')}>
                <bdi>{registrantName(r, fmt.language)}</bdi>
                {r.attendeeRole && (
                  <Text size="xs" c="dimmed">
                    {r.attendeeRole}
                  </Text>
                )}
              </DetailField>
            </Group>
            <Group gap="xs">
              <Text fw={500}>{t('events.code.status')}</Text>
              <RegistrationStatusBadge status={r.status} position={r.waitlistPosition} />
            </Group>
            {r.status === 'waitlisted' && <Text size="sm">{t('events.registration.waitlistedText')}</Text>}
            {cancellable && (
              <Group>
                <Button color="red" variant="light" onClick={() => setConfirming(true)}>
                  {t('events.cancel.button')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('events.cancel.title')}
        text={r?.status === 'registered' ? t('events.cancel.textSeat') : t('events.cancel.textWaitlist')}
        confirmLabel={t('events.cancel.confirm')}
        pending={cancel.isPending}
        error={problemMessage(t, 'events', cancel.error)}
        onClose={() => {
          setConfirming(false);
          cancel.reset();
        }}
        onConfirm={() =>
          cancel.mutate(code, {
            onSuccess: (result) => {
              setCancelled(result);
              setConfirming(false);
            },
          })
        }
      />
    </Stack>
  );
}
