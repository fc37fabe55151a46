import { useFormat } from '@/lib/i18n/format';
import { useNetworkSearch } from '@/lib/directory/search-networks';
import { useOrganisationSearch } from '@/lib/directory/search-organisations';
import { useProgramSearch } from '@/lib/directory/search-programs';

/** The directories a record can be picked from by typing part of its name. */
export type DirectoryKind = 'organisation' | 'program' | 'network';

/** Labels of records already chosen (from the record as read), so a selection shows a name before any search. */
export type DirectoryLabels = Record<string, string>;

export type DirectoryOption = { value: string; label: string };

/** The chosen records first (under their known label), then the records found that are not chosen. */
export function mergeOptions(
  selected: readonly string[],
  labels: DirectoryLabels,
  found: readonly DirectoryOption[],
): DirectoryOption[] {
  const out: DirectoryOption[] = [];
  const seen = new Set<string>();
  for (const id of selected) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ value: id, label: labels[id] ?? found.find((f) => f.value === id)?.label ?? id });
  }
  for (const f of found) {
    if (seen.has(f.value)) continue;
    seen.add(f.value);
    out.push(f);
  }
  return out;
}

/**
 * The records of one directory matching `q`, as options: an organisation by its name and acronym, a program by its
 * code and name, a network by its name (else its acronym). Only the directory of `kind` is asked.
 */
export function useDirectoryOptions(kind: DirectoryKind, q: string): { options: DirectoryOption[]; loading: boolean } {
  const fmt = useFormat();
  const organisations = useOrganisationSearch(kind === 'organisation' ? q : '');
  const programs = useProgramSearch(kind === 'program' ? q : '');
  const networks = useNetworkSearch(kind === 'network' ? q : '');
  if (kind === 'organisation') {
    return {
      options: (organisations.data?.items ?? []).map((o) => ({
        value: o.id,
        label: [fmt.name(o), o.acronym].filter(Boolean).join(' — ') || o.id,
      })),
      loading: organisations.isFetching,
    };
  }
  if (kind === 'program') {
    return {
      options: (programs.data?.items ?? []).map((p) => ({ value: p.id, label: [p.code, fmt.name(p)].filter(Boolean).join(' — ') })),
      loading: programs.isFetching,
    };
  }
  return {
    options: (networks.data?.items ?? []).map((n) => ({ value: n.id, label: fmt.name(n) || n.acronym || n.id })),
    loading: networks.isFetching,
  };
}
