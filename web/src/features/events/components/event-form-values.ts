import type { EventAudience, EventDetails, EventKind, EventStatus, UpdateEventCommand } from '@/lib/api/schema-types';
import { blank, type NumberInputValue, fromLocalInput, toLocalInput } from '@/lib/forms/form-values';
import type { DirectoryLabels } from '@/lib/directory/directory-options';

/** Mapping between an event as the API reads and takes it and the values of its form (pure). */

export type AgendaValues = { time: string; titleAr: string; titleFr: string; titleEn: string };

export type EventFormValues = {
  kind: EventKind | null;
  status: EventStatus;
  audience: EventAudience;
  titleAr: string;
  titleFr: string;
  titleEn: string;
  descriptionAr: string;
  descriptionFr: string;
  descriptionEn: string;
  startsAt: string;
  endsAt: string;
  regionCode: string | null;
  provinceCode: string | null;
  venueOrganisationId: string | null;
  venueAddress: string;
  organisers: string[];
  partners: string[];
  programId: string | null;
  networkId: string | null;
  capacity: NumberInputValue;
  registrationOpensAt: string;
  registrationClosesAt: string;
  agenda: AgendaValues[];
};

export const emptyEvent: EventFormValues = {
  kind: null,
  status: 'draft',
  audience: 'public',
  titleAr: '',
  titleFr: '',
  titleEn: '',
  descriptionAr: '',
  descriptionFr: '',
  descriptionEn: '',
  startsAt: '',
  endsAt: '',
  regionCode: null,
  provinceCode: null,
  venueOrganisationId: null,
  venueAddress: '',
  organisers: [],
  partners: [],
  programId: null,
  networkId: null,
  capacity: '',
  registrationOpensAt: '',
  registrationClosesAt: '',
  agenda: [],
};

export function eventValuesFrom(e: EventDetails): EventFormValues {
  return {
    kind: e.kind,
    status: e.status,
    audience: e.audience,
    titleAr: e.titleAr ?? '',
    titleFr: e.titleFr ?? '',
    titleEn: e.titleEn ?? '',
    descriptionAr: e.descriptionAr ?? '',
    descriptionFr: e.descriptionFr ?? '',
    descriptionEn: e.descriptionEn ?? '',
    startsAt: toLocalInput(e.startsAt),
    endsAt: toLocalInput(e.endsAt),
    regionCode: e.regionCode,
    provinceCode: e.provinceCode ?? null,
    venueOrganisationId: e.venue.organisationId ?? null,
    venueAddress: e.venue.address ?? '',
    organisers: e.organisers.map((o) => o.organisationId),
    partners: e.partners.map((o) => o.organisationId),
    programId: e.programId ?? null,
    networkId: e.networkId ?? null,
    capacity: e.capacity ?? '',
    registrationOpensAt: toLocalInput(e.registrationOpensAt),
    registrationClosesAt: toLocalInput(e.registrationClosesAt),
    agenda: e.agenda.map((a) => ({ time: a.time ?? '', titleAr: a.titleAr ?? '', titleFr: a.titleFr ?? '', titleEn: a.titleEn ?? '' })),
  };
}

/** Names of the organisations and program the event already links to (shown before any search). */
export function eventLabelsFrom(e: EventDetails, language: string): DirectoryLabels {
  const labels: DirectoryLabels = {};
  const name = (o: { nameAr?: string | null; nameFr?: string | null; acronym?: string | null }) =>
    (language === 'ar' ? o.nameAr || o.nameFr : o.nameFr || o.nameAr) || o.acronym || '';
  for (const o of [...e.organisers, ...e.partners]) labels[o.organisationId] = name(o);
  if (e.venue.organisationId) labels[e.venue.organisationId] = name(e.venue);
  if (e.programId && e.programCode) labels[e.programId] = e.programCode;
  return labels;
}

/** The event as the API takes it: times are Casablanca wall-clock times without an offset. */
export function eventCommandFrom(v: EventFormValues): UpdateEventCommand {
  return {
    kind: v.kind ?? undefined,
    status: v.status,
    audience: v.audience,
    titleAr: blank(v.titleAr),
    titleFr: blank(v.titleFr),
    titleEn: blank(v.titleEn),
    descriptionAr: blank(v.descriptionAr),
    descriptionFr: blank(v.descriptionFr),
    descriptionEn: blank(v.descriptionEn),
    startsAt: fromLocalInput(v.startsAt),
    endsAt: fromLocalInput(v.endsAt),
    regionCode: v.regionCode,
    provinceCode: v.provinceCode,
    venue: { organisationId: v.venueOrganisationId, address: blank(v.venueAddress) },
    organisers: v.organisers,
    partners: v.partners,
    programId: v.programId,
    networkId: v.audience === 'networkMembers' || v.networkId ? v.networkId : null,
    capacity: v.capacity === '' || v.capacity === null ? null : Number(v.capacity),
    registrationOpensAt: fromLocalInput(v.registrationOpensAt),
    registrationClosesAt: fromLocalInput(v.registrationClosesAt),
    agenda: v.agenda.map((a) => ({
      time: blank(a.time),
      titleAr: blank(a.titleAr),
      titleFr: blank(a.titleFr),
      titleEn: blank(a.titleEn),
    })),
  };
}
