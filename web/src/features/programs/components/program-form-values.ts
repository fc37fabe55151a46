import type { CreateProgramCommand, PartnerRole, ProgramDetails } from '@/lib/api/schema-types';
import { blank, num } from '@/lib/forms/form-values';

/** Mapping between a program as the API reads and takes it and the values of its form (pure). */
type Named = { code: string; nameAr: string; nameFr: string; nameEn: string };

export type ProgramFormValues = {
  code: string;
  nameAr: string;
  nameFr: string;
  nameEn: string;
  goals: string[];
  partners: { organisationId: string | null; role: PartnerRole | null; label: string }[];
  budget: number | string;
  currency: string;
  startsOn: string;
  endsOn: string;
  regions: string[];
  sectors: string[];
  supportAxes: Named[];
  indicators: (Named & { unit: string; target: number | string })[];
};

export const emptyProgram: ProgramFormValues = {
  code: '',
  nameAr: '',
  nameFr: '',
  nameEn: '',
  goals: [],
  partners: [],
  budget: '',
  currency: 'MAD',
  startsOn: '',
  endsOn: '',
  regions: [],
  sectors: [],
  supportAxes: [],
  indicators: [],
};

export function programValuesFrom(p: ProgramDetails, partnerLabel: (x: ProgramDetails['partners'][number]) => string): ProgramFormValues {
  return {
    code: p.code,
    nameAr: p.nameAr ?? '',
    nameFr: p.nameFr ?? '',
    nameEn: p.nameEn ?? '',
    goals: [...p.goals],
    partners: p.partners.map((x) => ({ organisationId: x.organisationId, role: x.role, label: partnerLabel(x) })),
    budget: p.budget ?? '',
    currency: p.currency,
    startsOn: p.startsOn ?? '',
    endsOn: p.endsOn ?? '',
    regions: [...p.regions],
    sectors: [...p.sectors],
    supportAxes: p.supportAxes.map((a) => ({ code: a.code, nameAr: a.nameAr ?? '', nameFr: a.nameFr ?? '', nameEn: a.nameEn ?? '' })),
    indicators: p.indicators.map((i) => ({
      code: i.code,
      nameAr: i.nameAr ?? '',
      nameFr: i.nameFr ?? '',
      nameEn: i.nameEn ?? '',
      unit: i.unit ?? '',
      target: i.target ?? '',
    })),
  };
}

export function programCommandFrom(v: ProgramFormValues): CreateProgramCommand {
  return {
    code: blank(v.code),
    nameAr: blank(v.nameAr),
    nameFr: blank(v.nameFr),
    nameEn: blank(v.nameEn),
    goals: v.goals,
    partners: v.partners.map((p) => ({ organisationId: p.organisationId, role: p.role ?? undefined })),
    budget: num(v.budget),
    currency: blank(v.currency),
    startsOn: blank(v.startsOn),
    endsOn: blank(v.endsOn),
    regions: v.regions,
    sectors: v.sectors,
    supportAxes: v.supportAxes.map((a) => ({ code: a.code.trim(), nameAr: blank(a.nameAr), nameFr: blank(a.nameFr), nameEn: blank(a.nameEn) })),
    indicators: v.indicators.map((i) => ({
      code: i.code.trim(),
      nameAr: blank(i.nameAr),
      nameFr: blank(i.nameFr),
      nameEn: blank(i.nameEn),
      unit: blank(i.unit),
      target: num(i.target),
    })),
  };
}
