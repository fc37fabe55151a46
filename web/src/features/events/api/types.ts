import type { components } from '@/lib/api/schema';

/** Named aliases of the generated schema types of the Events module (no hand-written API types). */
type S = components['schemas'];
export type EventDetails = S['EventDetails'];
export type EventPage = S['EventPage'];
export type EventKind = S['EventKind'];
export type EventStatus = S['EventStatus'];
export type EventAudience = S['EventAudience'];
export type EventVenue = S['EventVenue'];
export type EventOrganisation = S['EventOrganisation'];
export type AgendaItem = S['AgendaItem'];
export type CreateEventCommand = S['CreateEventCommand'];
export type UpdateEventCommand = S['UpdateEventCommand'];
export type RegisterCommand = S['RegisterCommand'];
export type CreatedRegistration = S['CreatedRegistration'];
export type RegistrationDetails = S['RegistrationDetails'];
export type RegistrationStatus = S['RegistrationStatus'];
export type RegistrationPage = S['RegistrationPage'];
export type CancellationResult = S['CancellationResult'];
export type CheckInResult = S['CheckInResult'];
export type Attendance = S['Attendance'];
export type AttendanceGroup = S['AttendanceGroup'];
export type MyRegistration = S['MyRegistration'];
export type RegistrationByCode = S['RegistrationByCode'];

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
