import { Alert } from '@mantine/core';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToUpdate, updateWaiting } from '@/app/pwa/service-worker';
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

// The prompt's code (an affix, a portal) is downloaded only when a new version is waiting.
const UpdatePrompt = lazy(async () => ({ default: (await import('@/app/pwa/update-prompt')).UpdatePrompt }));

/** A new version is installed: say so, and reload into it when the person chooses (not in the middle of their work). */
export function UpdateNotice() {
  const waiting = useSyncExternalStore(subscribeToUpdate, updateWaiting, () => false);
  if (!waiting) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
}
