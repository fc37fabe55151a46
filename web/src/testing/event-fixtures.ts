import type {
  Attendance,
  EventDetails,
  Me,
  RegistrationByCode,
  RegistrationDetails,
  RegistrationPage,
} from '@/lib/api/schema-types';

export const eventId = 'e0000000-0000-4000-8000-000000000001';

/** A nearly full training in Oujda (MA-02), times as the API sends them: Casablanca wall clock, no offset. */
export const event: EventDetails = {
  id: eventId,
  kind: 'training',
  titleAr: 'تكوين في التسويق الإلكتروني لفائدة تعاونيات جهة الشرق',
  titleFr: 'Formation e-marketing pour les coopératives de l’Oriental',
  titleEn: 'E-marketing training for Oriental cooperatives',
  descriptionAr: null,
  descriptionFr: 'Vendre en ligne, photographier ses produits, gérer ses commandes.',
  descriptionEn: null,
  startsAt: '2030-09-23T09:00:00',
  endsAt: '2030-09-23T16:00:00',
  startsAtUtc: '2030-09-23T08:00:00Z',
  endsAtUtc: '2030-09-23T15:00:00Z',
  timeZone: 'Africa/Casablanca',
  venue: { organisationId: 'o0000000-0000-4000-8000-000000000001', nameAr: 'بيت الكرامة', nameFr: 'Bayt Al Karama', address: 'Oujda' },
  regionCode: 'MA-02',
  provinceCode: 'MA-OUJ',
  organisers: [{ organisationId: 'o0000000-0000-4000-8000-000000000002', nameAr: null, nameFr: 'ODCO Oriental', acronym: 'ODCO' }],
  partners: [{ organisationId: 'o0000000-0000-4000-8000-000000000003', nameAr: null, nameFr: 'Agence de l’Oriental', acronym: null }],
  programId: 'p0000000-0000-4000-8000-000000000001',
  programCode: 'DELIO',
  networkId: null,
  agenda: [
    { time: '09:00', titleAr: 'أسس التسويق الإلكتروني', titleFr: 'Bases de l’e-marketing', titleEn: 'E-marketing basics' },
    { time: '14:00', titleAr: 'تمارين تطبيقية', titleFr: 'Travaux pratiques', titleEn: 'Hands-on practice' },
  ],
  capacity: 2,
  registrationOpensAt: null,
  registrationClosesAt: '2030-09-21T18:00:00',
  registrationOpen: true,
  audience: 'public',
  status: 'published',
  counts: { registered: 2, waitlisted: 1, attended: 0, walkIns: 0, seatsLeft: 0 },
  version: 4,
  createdAt: '2030-08-01T10:00:00Z',
  updatedAt: '2030-08-02T10:00:00Z',
};

export const attendance: Attendance = {
  eventId,
  capacity: 2,
  registered: 2,
  waitlisted: 1,
  cancelled: 0,
  attended: 0,
  walkIns: 0,
  present: 0,
  byRegion: [{ key: 'MA-02', registered: 1, attended: 0 }, { key: 'none', registered: 1, attended: 0 }],
  womenLed: { key: 'womenLed', registered: 1, attended: 0 },
};

export function registration(over: Partial<RegistrationDetails> = {}): RegistrationDetails {
  return {
    id: 'r0000000-0000-4000-8000-000000000001',
    eventId,
    cooperativeId: null,
    cooperativeNameAr: null,
    cooperativeNameFr: null,
    attendeeName: 'Fatima Zahra',
    attendeeRole: 'Présidente',
    status: 'registered',
    waitlistPosition: null,
    registeredAt: '2030-08-10T09:00:00Z',
    cancelledAt: null,
    checkedInAt: null,
    promotedAt: null,
    ...over,
  };
}

export const registrations: RegistrationPage = {
  items: [
    registration(),
    registration({
      id: 'r0000000-0000-4000-8000-000000000002',
      cooperativeId: '11111111-1111-1111-1111-111111111111',
      cooperativeNameAr: 'تعاونية تيفاوت',
      cooperativeNameFr: 'Coopérative Tifaout',
      attendeeName: null,
      attendeeRole: null,
    }),
    registration({ id: 'r0000000-0000-4000-8000-000000000003', attendeeName: 'Youssef Amrani', status: 'waitlisted', waitlistPosition: 1 }),
  ],
  page: 1,
  pageSize: 50,
  total: 3,
};

export const code = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const byCode: RegistrationByCode = {
  registration: registration(),
  eventId,
  eventTitleAr: event.titleAr,
  eventTitleFr: event.titleFr,
  eventTitleEn: event.titleEn,
  startsAt: event.startsAt,
  endsAt: event.endsAt,
  venue: event.venue,
  eventStatus: 'published',
};

/** National staff: organises every event. */
export const organiserMe: Me = {
  id: '22222222-2222-2222-2222-222222222222',
  name: 'Délégation Oriental',
  actorType: 'user',
  roles: ['staff'],
  regions: ['MA-02'],
  cooperatives: [],
  networks: [],
  language: 'fr',
  email: 'agent@coophub.ma',
  emailVerified: true,
  phone: null,
  phoneVerified: false,
};
