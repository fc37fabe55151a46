import type { CallDetails, CallStatus, UpdateCallCommand } from '@/lib/api/schema-types';
import { blank, num, type NumberInputValue, fromLocalInput, toLocalInput } from '@/lib/forms/form-values';

/** Mapping between a call as the API reads and takes it and the values of its form (pure). */

export type CallFormValues = {
  titleAr: string;
  titleFr: string;
  titleEn: string;
  descriptionAr: string;
  descriptionFr: string;
  descriptionEn: string;
  opensAt: string;
  closesAt: string;
  status: CallStatus;
  places: NumberInputValue;
  rules: {
    sectors: string[];
    regions: string[];
    provinces: string[];
    statuses: string[];
    minAgeMonths: NumberInputValue;
    minMembers: NumberInputValue;
    womenLedOnly: boolean;
    maxPreviousAwards: NumberInputValue;
  };
  documents: { key: string; nameAr: string; nameFr: string; nameEn: string; mandatory: boolean }[];
  criteria: { key: string; nameAr: string; nameFr: string; nameEn: string; weight: NumberInputValue }[];
};

export const emptyCall: CallFormValues = {
  titleAr: '',
  titleFr: '',
  titleEn: '',
  descriptionAr: '',
  descriptionFr: '',
  descriptionEn: '',
  opensAt: '',
  closesAt: '',
  status: 'draft',
  places: '',
  rules: {
    sectors: [],
    regions: [],
    provinces: [],
    statuses: ['active'],
    minAgeMonths: '',
    minMembers: '',
    womenLedOnly: false,
    maxPreviousAwards: '',
  },
  documents: [],
  criteria: [],
};

export function callValuesFrom(c: CallDetails): CallFormValues {
  const r = c.rules;
  return {
    titleAr: c.titleAr ?? '',
    titleFr: c.titleFr ?? '',
    titleEn: c.titleEn ?? '',
    descriptionAr: c.descriptionAr ?? '',
    descriptionFr: c.descriptionFr ?? '',
    descriptionEn: c.descriptionEn ?? '',
    opensAt: toLocalInput(c.opensAt),
    closesAt: toLocalInput(c.closesAt),
    status: c.status,
    places: c.places,
    rules: {
      sectors: r.sectors ?? [],
      regions: r.regions ?? [],
      provinces: r.provinces ?? [],
      statuses: r.statuses ?? ['active'],
      minAgeMonths: r.minAgeMonths ?? '',
      minMembers: r.minMembers ?? '',
      womenLedOnly: r.womenLedOnly ?? false,
      maxPreviousAwards: r.maxPreviousAwards ?? '',
    },
    documents: c.documents.map((d) => ({
      key: d.key,
      nameAr: d.nameAr ?? '',
      nameFr: d.nameFr ?? '',
      nameEn: d.nameEn ?? '',
      mandatory: d.mandatory,
    })),
    criteria: c.criteria.map((x) => ({ key: x.key, nameAr: x.nameAr ?? '', nameFr: x.nameFr ?? '', nameEn: x.nameEn ?? '', weight: x.weight })),
  };
}

/** The call as the API takes it: times are Casablanca wall-clock times without an offset. */
export function callCommandFrom(v: CallFormValues): UpdateCallCommand {
  return {
    titleAr: blank(v.titleAr),
    titleFr: blank(v.titleFr),
    titleEn: blank(v.titleEn),
    descriptionAr: blank(v.descriptionAr),
    descriptionFr: blank(v.descriptionFr),
    descriptionEn: blank(v.descriptionEn),
    opensAt: fromLocalInput(v.opensAt),
    closesAt: fromLocalInput(v.closesAt),
    status: v.status,
    places: num(v.places),
    rules: {
      sectors: v.rules.sectors,
      regions: v.rules.regions,
      provinces: v.rules.provinces,
      statuses: v.rules.statuses,
      minAgeMonths: num(v.rules.minAgeMonths),
      minMembers: num(v.rules.minMembers),
      womenLedOnly: v.rules.womenLedOnly,
      maxPreviousAwards: num(v.rules.maxPreviousAwards),
    },
    documents: v.documents.map((d) => ({
      key: d.key.trim(),
      nameAr: blank(d.nameAr),
      nameFr: blank(d.nameFr),
      nameEn: blank(d.nameEn),
      mandatory: d.mandatory,
    })),
    criteria: v.criteria.map((c) => ({
      key: c.key.trim(),
      nameAr: blank(c.nameAr),
      nameFr: blank(c.nameFr),
      nameEn: blank(c.nameEn),
      weight: Number(c.weight) || 0,
    })),
  };
}

/** The sum of the criteria's weights (it must be 100). */
export function weightsTotal(criteria: CallFormValues['criteria']): number {
  return criteria.reduce((sum, c) => sum + (Number(c.weight) || 0), 0);
}
