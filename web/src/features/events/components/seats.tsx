import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { EventDetails } from '@/lib/api/schema-types';

/** "12 seats left", "Full: new registrations join the waitlist", or "Unlimited seats". */
export function SeatsLeft({ event, size = 'sm' }: { event: Pick<EventDetails, 'capacity' | 'counts'>; size?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const left = event.counts.seatsLeft;
  if (event.capacity === null || event.capacity === undefined || left === null || left === undefined) {
    return (
      <Text size={size} c="dimmed" data-testid="seats-left">
        {t('events.seats.unlimited')}
      </Text>
    );
  }
  if (left <= 0) {
    return (
      <Text size={size} c="orange" fw={500} data-testid="seats-left">
        {t('events.seats.full')}
      </Text>
    );
  }
  return (
    <Text size={size} data-testid="seats-left">
      {t('events.seats.left', { count: left, formatted: fmt.number(left) })}
    </Text>
  );
}
