import { Affix, Alert, Button, Group, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { applyUpdate, subscribeToUpdate, updateWaiting } from '@/app/pwa/service-worker';
import { useOnline } from '@/lib/offline/use-online';

/** "You are offline", at the top of every page while the browser has no connection (ADR 0019). */
export function OfflineNotice() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <Alert color="orange" variant="light" role="status" mb="md" data-testid="offline-notice">
      {t('offline.notice')}
    </Alert>
  );
}

/** A new version is installed: say so, and reload into it when the person chooses (not in the middle of their work). */
export function UpdateNotice() {
  const { t } = useTranslation();
  const waiting = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  if (!waiting) return null;
  return (
    <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={300}>
      <Alert color="teal" variant="filled" role="status" data-testid="update-notice" maw={520} mx="auto">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" c="white">
            {t('offline.updateReady')}
          </Text>
          <Button size="sm" variant="white" color="teal" onClick={() => void applyUpdate()}>
            {t('offline.updateAction')}
          </Button>
        </Group>
      </Alert>
    </Affix>
  );
}
