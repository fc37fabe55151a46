import { Alert, Badge, Button, Card, Checkbox, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { isApiError } from '@/lib/api/problem';
import type { RegistryContactConsentChannel, RegistryContactObjection } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import {
  CONSENT_CHANNELS,
  CONSENT_METHODS,
  useChangeRegistryContactConsent,
  useRegistryContactConsent,
} from '@/features/notifications/api/registry-contact-consent';
import {
  CONTACT_TOPICS,
  decisionsFor,
  enablesTopic,
  toChangeBody,
  type ConsentDecision,
  type ContactConsentValues,
} from '@/features/notifications/components/contact-consent-values';

/** The proof of a recorded choice as one line: its source, how and when the contact said it, when it was recorded. */
function useProof() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (line: Pick<RegistryContactConsentChannel, 'source' | 'method' | 'givenOn' | 'changedAt'>) =>
    [
      line.source && t(`contactConsent.source.${line.source}`, { defaultValue: line.source }),
      line.method && t(`contactConsent.method.${line.method}`, { defaultValue: line.method }),
      line.givenOn && t('contactConsent.givenOnLine', { date: fmt.date(line.givenOn) }),
      line.changedAt && t('contactConsent.recordedAt', { when: fmt.dateTime(line.changedAt) }),
    ]
      .filter(Boolean)
      .join(' · ');
}

/** The service topics the contact objected to (or whose objection was recorded and withdrawn), per channel, with the proof. */
function Objections({ lines }: { lines: RegistryContactObjection[] }) {
  const { t } = useTranslation();
  const proof = useProof();
  const recorded = lines.filter((l) => l.objected || l.source);
  return (
    <Stack gap={4} mb="md" data-testid="contact-objections">
      <Title order={3} size="h5">
        {t('contactConsent.objectionsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('contactConsent.objectionsIntro')}
      </Text>
      {recorded.length === 0 ? (
        <Text size="sm">{t('contactConsent.noObjection')}</Text>
      ) : (
        recorded.map((line) => (
          <Group key={`${line.topic}/${line.channel}`} gap="xs" wrap="wrap" data-testid={`objection-${line.topic}-${line.channel}`}>
            <Text fw={500}>
              {t(`notificationPreferences.topics.${line.topic}`, { defaultValue: line.topic })} ·{' '}
              {t(`deliveryLog.channel.${line.channel}`, { defaultValue: line.channel })}
            </Text>
            <Badge color={line.objected ? 'red' : 'green'} variant="light">
              {t(line.objected ? 'contactConsent.objected' : 'contactConsent.notObjected')}
            </Badge>
            <Text size="sm" c="dimmed">
              {proof(line)}
            </Text>
          </Group>
        ))
      )}
    </Stack>
  );
}

/** One channel's state and the proof of its last change, as a line staff read. */
function ChannelLine({ line }: { line: RegistryContactConsentChannel }) {
  const { t } = useTranslation();
  const proof = useProof();
  return (
    <Group gap="xs" wrap="wrap" data-testid={`consent-${line.channel}`}>
      <Text fw={500}>{t(`deliveryLog.channel.${line.channel}`, { defaultValue: line.channel })}</Text>
      <Badge color={line.enabled ? 'green' : 'gray'} variant="light">
        {t(line.enabled ? 'contactConsent.on' : 'contactConsent.off')}
      </Badge>
      {!line.hasAddress && (
        <Text size="sm" c="dimmed">
          {t('contactConsent.noAddress')}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {line.source ? proof(line) : t('contactConsent.nothingRecorded')}
      </Text>
    </Group>
  );
}

/**
 * A cooperative's registry contact's consent to announcements (law 09-08, ADR 0024), for staff of its region: the state
 * per channel with its proof, the contact's objections to the service topics, and a small form to record what the
 * contact said — a consent or its withdrawal, or an objection to a topic or its withdrawal — on which channels, how and
 * on which day.
 */
export function ContactConsent({ cooperativeId }: { cooperativeId: string }) {
  const { t } = useTranslation();
  const consent = useRegistryContactConsent(cooperativeId);
  const change = useChangeRegistryContactConsent();
  const form = useForm<ContactConsentValues>({
    initialValues: { topic: 'announcements', decision: 'give', channels: [], method: '', givenOn: todayInCasablanca() },
    validate: {
      channels: (v) => (v.length > 0 ? null : t('contactConsent.chooseChannel')),
      method: (v) => (v ? null : t('validation.required')),
      givenOn: (v) => (v ? null : t('validation.required')),
    },
  });
  const error = change.error;
  const general =
    error && (!isApiError(error) || Object.keys(fieldErrorsOf(error)).length === 0)
      ? isApiError(error)
        ? (error.problem.detail ?? t('common.errorText'))
        : t('common.errorText')
      : null;
  const lines = consent.data?.channels ?? [];
  // A consent needs an address; an objection (or its withdrawal) may name any channel.
  const giving = form.values.topic === 'announcements' && enablesTopic(form.values.decision);

  return (
    <Card withBorder data-testid="contact-consent">
      <Title order={2} size="h4" mb="xs">
        {t('contactConsent.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('contactConsent.intro')}
      </Text>
      {consent.isError && <QueryError error={consent.error} onRetry={() => void consent.refetch()} />}
      {consent.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {consent.data && (
        <Stack gap="xs" mb="md">
          {lines.map((line) => (
            <ChannelLine key={line.channel} line={line} />
          ))}
        </Stack>
      )}
      {consent.data && <Objections lines={consent.data.objections} />}
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          change.mutate(
            { cooperativeId, body: toChangeBody(values) },
            {
              onSuccess: () => form.setFieldValue('channels', []),
              onError: (e) => form.setErrors(fieldErrorsOf(e)),
            },
          ),
        )}
      >
        <Stack gap="sm">
          {change.isSuccess && (
            <Alert color="green" role="status">
              {t('contactConsent.recorded')}
            </Alert>
          )}
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <NativeSelect
            label={t('contactConsent.topic')}
            data={CONTACT_TOPICS.map((topic) => ({ value: topic, label: t(`notificationPreferences.topics.${topic}`) }))}
            value={form.values.topic}
            onChange={(e) => {
              const topic = e.currentTarget.value;
              form.setValues({ topic, decision: decisionsFor(topic)[0] });
            }}
          />
          <Radio.Group
            label={t('contactConsent.decision')}
            value={form.values.decision}
            onChange={(v) => form.setFieldValue('decision', v as ConsentDecision)}
          >
            <Group mt={4}>
              {decisionsFor(form.values.topic).map((decision) => (
                <Radio key={decision} value={decision} label={t(`contactConsent.${decision}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Checkbox.Group label={t('contactConsent.channels')} required {...form.getInputProps('channels')}>
            <Group mt={4}>
              {CONSENT_CHANNELS.map((channel) => (
                <Checkbox
                  key={channel}
                  value={channel}
                  label={t(`deliveryLog.channel.${channel}`)}
                  disabled={giving && lines.find((l) => l.channel === channel)?.hasAddress === false}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <NativeSelect
            label={t('contactConsent.how')}
            required
            data={[
              { value: '', label: t('contactConsent.chooseMethod') },
              ...CONSENT_METHODS.map((m) => ({ value: m, label: t(`contactConsent.method.${m}`) })),
            ]}
            {...form.getInputProps('method')}
          />
          <TextInput type="date" label={t('contactConsent.givenOn')} required {...form.getInputProps('givenOn')} />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('contactConsent.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
