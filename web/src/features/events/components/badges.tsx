import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import badges from '@/components/fit-badges.module.css';
import type { EventKind, EventStatus, RegistrationStatus } from '@/lib/api/schema-types';

const KIND_COLORS: Record<EventKind, string> = {
  meeting: 'blue',
  workshop: 'grape',
  training: 'teal',
  inauguration: 'orange',
  generalAssembly: 'indigo',
  ideathon: 'pink',
  informationSession: 'cyan',
};

export function KindBadge({ kind }: { kind: EventKind }) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} variant="light" color={KIND_COLORS[kind]} data-testid="event-kind">
      {t(`events.kind.${kind}`)}
    </Badge>
  );
}

const STATUS_COLORS: Record<EventStatus, string> = { draft: 'gray', published: 'teal', cancelled: 'red', completed: 'dark' };

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} variant="outline" color={STATUS_COLORS[status]} data-testid="event-status">
      {t(`events.status.${status}`)}
    </Badge>
  );
}

const REGISTRATION_COLORS: Record<RegistrationStatus, string> = {
  registered: 'teal',
  waitlisted: 'orange',
  cancelled: 'gray',
  attended: 'blue',
};

/** "Registered", "Attended", "Cancelled", or "Waitlisted (position N)". */
export function RegistrationStatusBadge({ status, position }: { status: RegistrationStatus; position?: number | null }) {
  const { t } = useTranslation();
  return (
    <Badge className={badges.badge} variant="light" color={REGISTRATION_COLORS[status]} data-status={status} data-testid="registration-status">
      {registrationStatusLabel(t, status, position)}
    </Badge>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

export function registrationStatusLabel(t: T, status: RegistrationStatus, position?: number | null): string {
  return status === 'waitlisted' && position
    ? t('events.registration.waitlistedAt', { position })
    : t(`events.registrationStatus.${status}`);
}
