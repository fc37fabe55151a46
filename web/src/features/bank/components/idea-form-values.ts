import type { CreateIdeaCommand, IdeaDetails, UpdateIdeaCommand } from '@/lib/api/schema-types';
import { blank, num, numInput, type NumberInputValue } from '@/lib/forms/form-values';

/** Mapping between an idea as the API reads and takes it and the values of its form (pure). */

export type IdeaFormValues = {
  cooperativeId: string | null;
  titleAr: string;
  titleFr: string;
  problem: string;
  solution: string;
  sectors: string[];
  regions: string[];
  beneficiaries: string;
  investment: NumberInputValue;
  jobs: { total: NumberInputValue; women: NumberInputValue; youth: NumberInputValue };
  impact: { social: string; economic: string; environmental: string };
  sdgs: string[];
  attachments: { label: string; url: string }[];
};

export const emptyIdea: IdeaFormValues = {
  cooperativeId: null,
  titleAr: '',
  titleFr: '',
  problem: '',
  solution: '',
  sectors: [],
  regions: [],
  beneficiaries: '',
  investment: '',
  jobs: { total: '', women: '', youth: '' },
  impact: { social: '', economic: '', environmental: '' },
  sdgs: [],
  attachments: [],
};

export function ideaValuesFrom(i: IdeaDetails): IdeaFormValues {
  return {
    cooperativeId: i.cooperativeId ?? null,
    titleAr: i.titleAr ?? '',
    titleFr: i.titleFr ?? '',
    problem: i.problem,
    solution: i.solution,
    sectors: i.sectors,
    regions: i.regions,
    beneficiaries: i.beneficiaries ?? '',
    investment: numInput(i.investment),
    jobs: { total: numInput(i.jobs.total), women: numInput(i.jobs.women), youth: numInput(i.jobs.youth) },
    impact: { social: i.impact.social ?? '', economic: i.impact.economic ?? '', environmental: i.impact.environmental ?? '' },
    sdgs: i.sdgs.map(String),
    attachments: i.attachments.map((a) => ({ label: a.label ?? '', url: a.url })),
  };
}

export function ideaCommandFrom(v: IdeaFormValues): CreateIdeaCommand {
  return {
    cooperativeId: v.cooperativeId,
    titleAr: blank(v.titleAr),
    titleFr: blank(v.titleFr),
    problem: v.problem.trim(),
    solution: v.solution.trim(),
    sectors: v.sectors,
    regions: v.regions,
    beneficiaries: blank(v.beneficiaries),
    investment: num(v.investment),
    jobs: { total: num(v.jobs.total), women: num(v.jobs.women), youth: num(v.jobs.youth) },
    impact: { social: blank(v.impact.social), economic: blank(v.impact.economic), environmental: blank(v.impact.environmental) },
    sdgs: v.sdgs.map(Number).sort((a, b) => a - b),
    attachments: v.attachments
      .filter((a) => a.url.trim() || a.label.trim())
      .map((a) => ({ label: blank(a.label), url: a.url.trim() })),
  };
}

/** The edit command: the same fields, the cooperative aside (it does not change). */
export function ideaUpdateFrom(v: IdeaFormValues): UpdateIdeaCommand {
  const command: UpdateIdeaCommand & { cooperativeId?: string | null } = ideaCommandFrom(v);
  delete command.cooperativeId;
  return command;
}
