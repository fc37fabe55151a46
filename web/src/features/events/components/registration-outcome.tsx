import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationDetails } from '@/lib/api/schema-types';

/** "Registered: a seat is yours" or "Waitlisted (position N)" with what happens next. */
export function RegistrationOutcome({ registration, name }: { registration: RegistrationDetails; name?: string }) {
  const { t } = useTranslation();
  const waitlisted = registration.status === 'waitlisted';
  return (
    <Alert
      color={waitlisted ? 'orange' : 'teal'}
      role="status"
      data-testid="registration-outcome"
      data-status={registration.status}
      title={
        waitlisted
          ? t('events.registration.waitlistedAt', { position: registration.waitlistPosition ?? 0 })
          : t('events.registration.registeredTitle')
      }
    >
      {name && (
        <Text size="sm" fw={500}>
          <bdi>{name}</bdi>
        </Text>
      )}
      <Text size="sm">{waitlisted ? t('events.registration.waitlistedText') : t('events.registration.registeredText')}</Text>
    </Alert>
  );
}
