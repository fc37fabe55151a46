import type { CompetitionDetails, CompetitionStatus, CreateCompetitionCommand } from '@/lib/api/schema-types';
import { blank, fromLocalInput, toLocalInput } from '@/lib/forms/form-values';

/** Mapping between a competition as the API reads and takes it and the values of its form (pure). */
type Criterion = { key: string; nameAr: string; nameFr: string; weight: number | string };

export type CompetitionFormValues = {
  titleAr: string;
  titleFr: string;
  description: string;
  eventId: string | null;
  programId: string | null;
  regionCode: string | null;
  opensAt: string;
  closesAt: string;
  criteria: Criterion[];
  tieBreakCriterion: string | null;
  status: CompetitionStatus;
};

/** The usual ideathon criteria (data, named in both languages); staff change them freely before the first score. */
export const DEFAULT_CRITERIA: Criterion[] = [
  { key: 'social_impact', nameAr: 'الأثر الاجتماعي', nameFr: 'Impact social', weight: 40 },
  { key: 'economic_impact', nameAr: 'الأثر الاقتصادي', nameFr: 'Impact économique', weight: 40 },
  { key: 'innovation', nameAr: 'الابتكار', nameFr: 'Innovation', weight: 20 },
];

export const emptyCompetition: CompetitionFormValues = {
  titleAr: '',
  titleFr: '',
  description: '',
  eventId: null,
  programId: null,
  regionCode: null,
  opensAt: '',
  closesAt: '',
  criteria: DEFAULT_CRITERIA,
  tieBreakCriterion: 'social_impact',
  status: 'draft',
};

export function competitionValuesFrom(c: CompetitionDetails): CompetitionFormValues {
  return {
    titleAr: c.titleAr ?? '',
    titleFr: c.titleFr ?? '',
    description: c.description ?? '',
    eventId: c.eventId,
    programId: c.programId ?? null,
    regionCode: c.regionCode ?? null,
    opensAt: toLocalInput(c.opensAt),
    closesAt: toLocalInput(c.closesAt),
    criteria: c.criteria.map((x) => ({ key: x.key, nameAr: x.nameAr ?? '', nameFr: x.nameFr ?? '', weight: x.weight })),
    tieBreakCriterion: c.tieBreakCriterion,
    status: c.status,
  };
}

export function competitionCommandFromValues(v: CompetitionFormValues): CreateCompetitionCommand {
  return {
    titleAr: blank(v.titleAr),
    titleFr: blank(v.titleFr),
    description: blank(v.description),
    eventId: v.eventId,
    programId: v.programId,
    regionCode: v.regionCode,
    opensAt: fromLocalInput(v.opensAt),
    closesAt: fromLocalInput(v.closesAt),
    criteria: v.criteria.map((c) => ({
      key: c.key.trim(),
      nameAr: blank(c.nameAr),
      nameFr: blank(c.nameFr),
      nameEn: null,
      weight: Number(c.weight),
    })),
    tieBreakCriterion: v.tieBreakCriterion,
    status: v.status,
  };
}
