import { Alert, Badge, Button, Card, Checkbox, Group, NativeSelect, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { isApiError } from '@/lib/api/problem';
import type { RegistryContactConsentChannel } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import {
  CONSENT_CHANNELS,
  CONSENT_METHODS,
  useChangeRegistryContactConsent,
  useRegistryContactConsent,
} from '@/features/notifications/api/registry-contact-consent';

type Values = { decision: 'give' | 'withdraw'; channels: string[]; method: string; givenOn: string };

/** One channel's state and the proof of its last change, as a line staff read. */
function ChannelLine({ line }: { line: RegistryContactConsentChannel }) {
  const { t } = useTranslation();
  const fmt = useFormat();
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
      {line.source ? (
        <Text size="sm" c="dimmed">
          {[
            t(`contactConsent.source.${line.source}`, { defaultValue: line.source }),
            line.method && t(`contactConsent.method.${line.method}`, { defaultValue: line.method }),
            line.givenOn && t('contactConsent.givenOnLine', { date: fmt.date(line.givenOn) }),
            line.changedAt && t('contactConsent.recordedAt', { when: fmt.dateTime(line.changedAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('contactConsent.nothingRecorded')}
        </Text>
      )}
    </Group>
  );
}

/**
 * A cooperative's registry contact's consent to announcements (law 09-08, ADR 0024), for staff of its region: the state
 * per channel with its proof, and a small form to record what the contact said — consent or withdrawal, on which
 * channels, how and on which day.
 */
export function ContactConsent({ cooperativeId }: { cooperativeId: string }) {
  const { t } = useTranslation();
  const consent = useRegistryContactConsent(cooperativeId);
  const change = useChangeRegistryContactConsent();
  const form = useForm<Values>({
    initialValues: { decision: 'give', channels: [], method: '', givenOn: todayInCasablanca() },
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
  const giving = form.values.decision === 'give';

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
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          change.mutate(
            {
              cooperativeId,
              body: { channels: values.channels, enabled: values.decision === 'give', method: values.method, givenOn: values.givenOn },
            },
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
          <Radio.Group
            label={t('contactConsent.decision')}
            value={form.values.decision}
            onChange={(v) => form.setFieldValue('decision', v as Values['decision'])}
          >
            <Group mt={4}>
              <Radio value="give" label={t('contactConsent.give')} />
              <Radio value="withdraw" label={t('contactConsent.withdraw')} />
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
