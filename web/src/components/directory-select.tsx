import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import {
  mergeOptions,
  useDirectoryOptions,
  type DirectoryKind,
  type DirectoryLabels,
} from '@/lib/directory/directory-options';

type CommonProps = {
  label: string;
  description?: string;
  /** The placeholder ("type to search") and the line shown when nothing matches, in the feature's words. */
  texts: { placeholder: string; nothingFound: string };
  /** Labels of the records already chosen; `onLabel` learns the label of each record picked. */
  labels: DirectoryLabels;
  onLabel: (id: string, label: string) => void;
  error?: ReactNode;
  required?: boolean;
  w?: number;
};

/** One record of a directory (an organisation, a program, a network) found by typing part of its name. */
export function DirectorySelect({
  kind,
  label,
  description,
  texts,
  labels,
  onLabel,
  value,
  onChange,
  error,
  required,
  w,
  clearable = true,
  minChars = 1,
}: CommonProps & {
  kind: DirectoryKind;
  value: string | null;
  onChange: (id: string | null) => void;
  clearable?: boolean;
  /** Characters typed before "nothing found" may show. */
  minChars?: number;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useDirectoryOptions(kind, debounced);
  const data = mergeOptions(value ? [value] : [], labels, found.options);
  return (
    <Select
      label={label}
      description={description}
      placeholder={texts.placeholder}
      required={required}
      w={w}
      searchable
      clearable={clearable}
      data={data}
      value={value}
      error={error}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= minChars && !found.loading ? texts.nothingFound : undefined}
      onChange={(id) => {
        const option = data.find((o) => o.value === id);
        if (id && option) onLabel(id, option.label);
        onChange(id);
      }}
    />
  );
}

/** Several organisations of the partner directory (organisers, partners), found by name. */
export function OrganisationsMultiSelect({
  label,
  description,
  texts,
  labels,
  onLabel,
  value,
  onChange,
  error,
  required,
  w,
}: CommonProps & { value: string[]; onChange: (ids: string[]) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useDirectoryOptions('organisation', debounced);
  const data = mergeOptions(value, labels, found.options);
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={texts.placeholder}
      required={required}
      w={w}
      searchable
      data={data}
      value={value}
      error={error}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced.length >= 2 && !found.loading ? texts.nothingFound : undefined}
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
