import type { EventAudience, EventKind, EventStatus, RegistrationStatus } from '@/lib/api/schema-types';

export const EVENT_KINDS: readonly EventKind[] = [
  'meeting',
  'workshop',
  'training',
  'inauguration',
  'generalAssembly',
  'ideathon',
  'informationSession',
];
export const EVENT_STATUSES: readonly EventStatus[] = ['draft', 'published', 'cancelled', 'completed'];
export const EVENT_AUDIENCES: readonly EventAudience[] = ['public', 'invited', 'networkMembers'];
export const REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['registered', 'waitlisted', 'attended', 'cancelled'];
export const EVENT_WHENS = ['upcoming', 'past', 'all'] as const;
export type EventWhen = (typeof EVENT_WHENS)[number];
