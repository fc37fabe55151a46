import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';

/** True when a save with If-Match failed because someone else changed the record (412). */
export function isStaleError(error: unknown): boolean {
  return isApiError(error) && error.status === 412;
}

type Props = {
  /** The save mutation's error; nothing is shown unless it is a 412. */
  error: unknown;
  /** Clears the failed save and loads the record again. */
  onReload: () => void;
};

/** Edit pages: "someone else changed this record", with a button to reload it. */
export function StaleRecordAlert({ error, onReload }: Props) {
  const { t } = useTranslation();
  if (!isStaleError(error)) return null;
  return (
    <Alert color="orange" role="alert" title={t('errors.staleTitle')}>
      <Group justify="space-between">
        <span>{t('errors.stale')}</span>
        <Button size="xs" variant="white" onClick={onReload}>
          {t('common.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
