import { Alert, Button, Code, CopyButton, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The signing secret, shown once right after creation, with how integrators verify signatures. */
export function WebhookSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="status" title={t('webhooks.secretTitle')} data-testid="webhook-secret-alert">
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secretOnce')}</Text>
        <Group>
          <Code dir="ltr" data-testid="webhook-secret" style={{ overflowWrap: 'anywhere' }}>
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} variant="light">
                {copied ? t('webhooks.copied') : t('webhooks.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" fw={600}>
          {t('webhooks.verifyTitle')}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{t('webhooks.verifyHeaders')}</List.Item>
          <List.Item>{t('webhooks.verifySignature')}</List.Item>
          <List.Item>{t('webhooks.verifyFresh')}</List.Item>
          <List.Item>{t('webhooks.verifyDedupe')}</List.Item>
        </List>
        <Text size="sm">{t('webhooks.verifyReadme')}</Text>
        <Button size="xs" variant="default" w="fit-content" onClick={onDone}>
          {t('webhooks.secretDone')}
        </Button>
      </Stack>
    </Alert>
  );
}
