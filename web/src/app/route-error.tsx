import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * A screen's code that could not be fetched: Chromium says "Failed to fetch dynamically imported module", Firefox
 * "error loading dynamically imported module", Safari "Importing a module script failed"; offline, any error is.
 */
export function isChunkLoadError(error: unknown, online: boolean = navigator.onLine): boolean {
  if (!online) return true;
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically|ChunkLoadError/i.test(
    message,
  );
}

/**
 * What a route shows when it fails: inside the layout (menu and header stay), in the person's language, never the
 * browser's own message. A page whose code is not on the phone and cannot be fetched says so, with a retry.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const offline = isChunkLoadError(error);
  return (
    <Container py="xl" px={0}>
      <Stack align="flex-start">
        <Alert
          color={offline ? 'orange' : 'red'}
          title={offline ? t('offline.pageTitle') : t('common.errorTitle')}
          role="alert"
          data-testid="route-error"
        >
          {offline ? t('offline.pageText') : t('common.errorText')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{offline ? t('common.retry') : t('common.reload')}</Button>
      </Stack>
    </Container>
  );
}
