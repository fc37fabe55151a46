import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';

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
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
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

type BoundaryProps = { children: ReactNode; /** A new value (the next page's address) clears the error. */ resetKey: string };

/** Catches what a screen throws while rendering, its chunk's failed download included, and shows RouteError. */
export class RouteBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    if (!isChunkLoadError(error)) console.error(error, info.componentStack);
  }

  render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
