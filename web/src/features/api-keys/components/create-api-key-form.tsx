import { Alert, Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ScopeInputs } from '@/components/scope-inputs';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { useCreateApiKey } from '@/features/api-keys/api/create-api-key';

export function CreateApiKeyForm() {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const form = useForm({
    initialValues: { name: '', roles: ['staff'] as string[], regions: [] as string[], cooperatives: [] as string[], expiresOn: '' },
  });
  const created = create.data;
  const general = unfieldedProblem(t, create.error);
  return (
    <Stack>
      {created && (
        <Alert color="orange" role="status" title={t('apiKeys.secretTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('apiKeys.secretOnce')}</Text>
            <Group>
              <Code dir="ltr" data-testid="api-key-secret" style={{ overflowWrap: 'anywhere' }}>
                {created.secret}
              </Code>
              <CopyButton value={created.secret}>
                {({ copied, copy }) => (
                  <Button size="xs" onClick={copy} variant="light">
                    {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      {general && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={form.onSubmit(({ expiresOn, ...values }) =>
          create.mutate(
            { ...values, expiresAt: expiresOn ? `${expiresOn}T23:59:59Z` : undefined },
            { onSuccess: () => form.reset(), onError: (e) => form.setErrors(fieldErrorsOf(e)) },
          ),
        )}
      >
        <Stack maw={560}>
          <TextInput label={t('apiKeys.name')} required {...form.getInputProps('name')} />
          <ScopeInputs form={form} />
          <TextInput type="date" label={t('apiKeys.expiresOn')} {...form.getInputProps('expiresOn')} />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('apiKeys.create')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
