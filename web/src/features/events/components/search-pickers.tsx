import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useNetworkSearch } from '@/lib/directory/search-networks';
import { useOrganisationSearch } from '@/lib/directory/search-organisations';
import { useProgramSearch } from '@/lib/directory/search-programs';

/** Labels of records already chosen (from the event as read), so a selection shows a name before any search. */
export type Labels = Record<string, string>;

type Option = { value: string; label: string };

function merge(selected: readonly string[], labels: Labels, found: readonly Option[]): Option[] {
  const out: Option[] = [];
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

type Kind = 'organisation' | 'program' | 'network';

function useFound(kind: Kind, q: string): { options: Option[]; loading: boolean } {
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

type CommonProps = {
  kind: Kind;
  label: string;
  description?: string;
  labels: Labels;
  onLabel: (id: string, label: string) => void;
  error?: ReactNode;
};

/** One record of the directory (a venue, a program, a network) found by typing part of its name. */
export function SearchSelect({
  kind,
  label,
  description,
  labels,
  onLabel,
  value,
  onChange,
  error,
}: CommonProps & { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useFound(kind, debounced);
  const data = merge(value ? [value] : [], labels, found.options);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('events.form.typeToSearch')}
      searchable
      clearable
      data={data}
      value={value}
      error={error}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 1 && !found.loading ? t('events.form.nothingFound') : undefined}
      onChange={(id) => {
        const option = data.find((o) => o.value === id);
        if (id && option) onLabel(id, option.label);
        onChange(id);
      }}
    />
  );
}

/** Several organisations of the partner directory (organisers, partners), found by name. */
export function OrganisationsPicker({
  label,
  description,
  labels,
  onLabel,
  value,
  onChange,
  error,
}: Omit<CommonProps, 'kind'> & { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useFound('organisation', debounced);
  const data = merge(value, labels, found.options);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={t('events.form.typeToSearch')}
      searchable
      data={data}
      value={value}
      error={error}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 && !found.loading ? t('events.form.nothingFound') : undefined}
      onChange={(ids) => {
        for (const id of ids) {
          const option = data.find((o) => o.value === id);
          if (option) onLabel(id, option.label);
        }
        onChange(ids);
      }}
    />
  );
}
