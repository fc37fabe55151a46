import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { isNetworkFailure } from '@/lib/offline/network-failure';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : undefined;
  const message = !isApiError(error) && isNetworkFailure(error)
    ? t('offline.notLoaded')
    : status === 404
      ? t('common.notFoundText')
      : status === 401
        ? t('common.signInRequired')
        : status === 403
          ? t('common.forbidden')
          : t('common.errorText');
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert">
      <Group justify="space-between">
        <span>{message}</span>
        {onRetry && (
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
