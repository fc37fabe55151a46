import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';

type Props = {
  /** When the input put back in the form was kept (null: nothing was restored). */
  restoredAt: string | null;
  /** Whether the form holds input the server does not have yet. */
  unsent: boolean;
};

/** Tells the person their unsent input is kept on this phone, or was put back from it after a reload (ADR 0019). */
export function KeptDraftNotice({ restoredAt, unsent }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!unsent) return null;
  if (restoredAt) {
    return (
      <Alert color="blue" variant="light" role="status" data-testid="draft-restored">
        {t('offline.draftRestored', { date: fmt.dateTime(restoredAt) })}
      </Alert>
    );
  }
  return (
    <Text size="sm" c="dimmed" data-testid="draft-kept">
      {t('offline.draftKept')}
    </Text>
  );
}
