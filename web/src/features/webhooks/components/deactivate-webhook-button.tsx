import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDetails } from '@/lib/api/schema-types';
import { useDeactivateWebhook } from '@/features/webhooks/api/deactivate-webhook';

/** "Deactivate", confirmed in a dialog: new events stop, pending deliveries are cancelled, the log stays. */
export function DeactivateWebhookButton({ webhook }: { webhook: WebhookDetails }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const deactivate = useDeactivateWebhook();
  const close = () => {
    setOpened(false);
    deactivate.reset();
  };
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={() => setOpened(true)}>
        {t('webhooks.deactivate')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('webhooks.confirmDeactivateTitle')}>
        <Stack>
          <Text size="sm">{t('webhooks.confirmDeactivate')}</Text>
          <Text size="sm" dir="ltr" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {webhook.url}
          </Text>
          {deactivate.isError && (
            <Alert color="red" role="alert">
              {t('common.errorText')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={deactivate.isPending}
              onClick={() => deactivate.mutate(webhook.id, { onSuccess: () => setOpened(false) })}
            >
              {t('webhooks.deactivate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
