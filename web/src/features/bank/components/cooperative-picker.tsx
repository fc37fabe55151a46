import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useCooperativeSearch, useCooperativeSummaries } from '@/features/bank/api/get-cooperatives';
import { managedCooperatives } from '@/features/bank/components/bank-access';

type Props = {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Offer "no cooperative" (staff writing an idea of their own). */
  noneLabel?: string;
  required?: boolean;
  error?: string;
};

type Candidate = { id: string; label: string; hint: string };

const NONE = 'none';

/** A cooperative: one a manager acts for, or (staff) one found in the registry by name or registration number. */
export function CooperativePicker({ label, value, onChange, noneLabel, required, error }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const staff = isStaff(me);
  const own = managedCooperatives(me);
  const known = [...new Set([...(value ? [value] : []), ...own])];
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
          label={t('bank.picker.searchCooperative')}
          description={t('bank.picker.searchHint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
      )}
      {staff && debounced.length >= 2 && search.isFetching && <Text c="dimmed">{t('common.loading')}</Text>}
      {staff && debounced.length >= 2 && search.data?.items.length === 0 && <Text c="dimmed">{t('bank.picker.noMatch')}</Text>}
      {(candidates.length > 0 || noneLabel) && (
        <Radio.Group
          label={label}
          required={required}
          value={value ?? (noneLabel ? NONE : null)}
          onChange={(v) => onChange(v === NONE ? null : v)}
          error={error}
        >
          <Stack gap={6} mt="xs">
            {noneLabel && <Radio value={NONE} label={noneLabel} />}
            {candidates.map((c) => (
              <Radio key={c.id} value={c.id} label={c.label} description={<span dir="ltr">{c.hint}</span>} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {candidates.length === 0 && !noneLabel && error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
