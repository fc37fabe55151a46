import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useCooperativeSummaries } from '@/features/programs/api/get-cooperative-names';
import { useCooperativeSearch } from '@/features/programs/api/search-cooperatives';
import { canApplyOnBehalf, managedCooperatives } from '@/features/programs/components/program-access';

type Props = {
  value: string | null;
  onChange: (id: string) => void;
  /** A cooperative chosen beforehand (e.g. from the list of cooperatives to invite). */
  preselected?: string | null;
  error?: string;
};

type Candidate = { id: string; label: string; hint: string };

/** The cooperative an application is for: a manager's own, or (staff) one found in the registry. */
export function CooperativePicker({ value, onChange, preselected, error }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const staff = canApplyOnBehalf(me);
  const own = managedCooperatives(me);
  const known = [...new Set([...(preselected ? [preselected] : []), ...own])];
  const summaries = useCooperativeSummaries(known);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = useCooperativeSearch(staff ? debounced : '');

  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const add = (c: { id: string; registrationNumber: string; nameAr?: string | null; nameFr?: string | null }) => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    candidates.push({ id: c.id, label: fmt.name(c) || c.registrationNumber, hint: c.registrationNumber });
  };
  for (const s of summaries) if (s.data) add(s.data);
  for (const c of search.data?.items ?? []) add(c);

  return (
    <Stack gap="xs">
      {staff && (
        <TextInput
          type="search"
          label={t('programs.application.searchCooperative')}
          description={t('programs.application.searchHint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
      )}
      {staff && debounced.length >= 2 && search.isFetching && <Text c="dimmed">{t('common.loading')}</Text>}
      {staff && debounced.length >= 2 && search.data?.items.length === 0 && (
        <Text c="dimmed">{t('programs.application.noMatch')}</Text>
      )}
      {candidates.length > 0 && (
        <Radio.Group
          label={t('programs.application.pickCooperative')}
          required
          value={value}
          onChange={onChange}
          error={error}
        >
          <Stack gap={6} mt="xs">
            {candidates.map((c) => (
              <Radio key={c.id} value={c.id} label={c.label} description={<span dir="ltr">{c.hint}</span>} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {candidates.length === 0 && error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
