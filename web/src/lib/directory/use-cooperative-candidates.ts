import { useFormat } from '@/lib/i18n/format';
import { useCooperativeSummaries } from '@/lib/directory/get-cooperative-summary';
import { useCooperativeSearch } from '@/lib/directory/search-cooperatives';

export type CooperativeCandidate = { id: string; label: string; hint: string };

type Named = { id: string; registrationNumber: string; nameAr?: string | null; nameFr?: string | null };

/**
 * The cooperatives to choose from: those offered up front (a manager's own, one chosen beforehand), then, when a
 * search is allowed and asked, those of the registry matching it; each once, named in the UI language.
 */
export function useCooperativeCandidates(offered: readonly string[], q: string) {
  const fmt = useFormat();
  const summaries = useCooperativeSummaries(offered);
  const search = useCooperativeSearch(q);

  const candidates: CooperativeCandidate[] = [];
  const seen = new Set<string>();
  const add = (c: Named) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    candidates.push({ id: c.id, label: fmt.name(c) || c.registrationNumber, hint: c.registrationNumber });
  };
  for (const s of summaries) if (s.data) add(s.data);
  for (const c of search.data?.items ?? []) add(c);
  return { candidates, search };
}
