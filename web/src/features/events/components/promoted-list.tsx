import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { CancellationResult } from '@/lib/api/schema-types';
import { registrantName } from '@/features/events/components/event-text';

/** After a cancellation: "cancelled", and who moved up from the waitlist to the freed seat, if anyone. */
export function CancellationOutcome({ result }: { result: CancellationResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Alert color="teal" role="status" title={t('events.cancel.done')} data-testid="cancellation-outcome">
      {result.promoted.length === 0 ? (
        <Text size="sm">{t('events.cancel.noPromotion')}</Text>
      ) : (
        <>
          <Text size="sm">{t('events.cancel.promoted', { count: result.promoted.length, formatted: fmt.number(result.promoted.length) })}</Text>
          <List size="sm" data-testid="promoted">
            {result.promoted.map((p) => (
              <List.Item key={p.id}>
                <bdi>{registrantName(p, fmt.language) || t('events.cancel.someone')}</bdi>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
