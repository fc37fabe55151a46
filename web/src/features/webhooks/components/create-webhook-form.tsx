import { Alert, Button, Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useCreateWebhook } from '@/features/webhooks/api/create-webhook';
import { WEBHOOK_EVENT_TYPES } from '@/features/webhooks/api/constants';
import { WebhookSecret } from '@/features/webhooks/components/webhook-secret';
import { useSearchable } from '@/lib/search/use-searchable';

export function CreateWebhookForm() {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data;
  const create = useCreateWebhook();
  const form = useForm({
    initialValues: { url: '', eventTypes: [] as string[], regionCode: null as string | null, description: '' },
  });
  const general = unfieldedProblem(t, create.error);
  return (
    <Stack>
      {create.data && <WebhookSecret secret={create.data.secret} onDone={() => create.reset()} />}
      {general && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          create.mutate(
            {
              url: values.url.trim(),
              eventTypes: values.eventTypes,
              regionCode: values.regionCode || null,
              description: values.description.trim() || null,
            },
            { onSuccess: () => form.reset(), onError: (e) => form.setErrors(fieldErrorsOf(e)) },
          ),
        )}
      >
        <Stack maw={640}>
          <TextInput
            type="url"
            dir="ltr"
            label={t('webhooks.url')}
            description={t('webhooks.urlHint')}
            placeholder="https://"
            required
            {...form.getInputProps('url')}
          />
          <Checkbox.Group label={t('webhooks.eventTypes')} required {...form.getInputProps('eventTypes')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {WEBHOOK_EVENT_TYPES.map((e) => (
                <Checkbox key={e.value} value={e.value} label={t(`webhooks.events.${e.key}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Select
            label={t('fields.region')}
            description={t('webhooks.regionHint')}
            placeholder={t('webhooks.allRegions')}
            clearable
            {...searchable}
            data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
            {...form.getInputProps('regionCode')}
          />
          <Textarea label={t('webhooks.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('webhooks.createSubmit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
