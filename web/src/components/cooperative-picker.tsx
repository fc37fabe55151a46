import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/lib/auth/get-me';
import { isStaff, managedCooperatives } from '@/lib/auth/permissions';
import { useCooperativeCandidates } from '@/lib/directory/use-cooperative-candidates';
import { LatinRun } from '@/components/latin-run';

type Props = {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** A cooperative listed before any search besides those the manager acts for (e.g. one chosen beforehand). */
  also?: string | null;
  /** The search box's label and hint, and the line shown when nothing matches. */
  texts: { search: string; hint: string; noMatch: string };
  /** Offer "no cooperative" (e.g. staff writing an idea of their own). */
  noneLabel?: string;
  required?: boolean;
  error?: string;
  /** Focus the search box when a dialog opens. */
  autoFocus?: boolean;
};

const NONE = 'none';

/** A cooperative: one a manager acts for, or (staff and admins) one found in the registry by name or number. */
export function CooperativePicker({ label, value, onChange, also, texts, noneLabel, required, error, autoFocus }: Props) {
  const { t } = useTranslation();
  const me = useMe().data;
  const canSearch = isStaff(me);
  const offered = [...new Set([...(also ? [also] : []), ...managedCooperatives(me)])];
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const { candidates, search } = useCooperativeCandidates(offered, canSearch ? debounced : '');

  return (
    <Stack gap="xs">
      {canSearch && (
        <TextInput
          type="search"
          label={texts.search}
          description={texts.hint}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-autofocus={autoFocus || undefined}
        />
      )}
      {canSearch && debounced.length >= 2 && search.isFetching && <Text c="dimmed">{t('common.loading')}</Text>}
      {canSearch && debounced.length >= 2 && search.data?.items.length === 0 && <Text c="dimmed">{texts.noMatch}</Text>}
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
              <Radio key={c.id} value={c.id} label={c.label} description={<LatinRun>{c.hint}</LatinRun>} />
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
