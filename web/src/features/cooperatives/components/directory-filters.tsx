import { Button, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { COOPERATIVE_STATUSES } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import type { DirectoryFilters } from '@/features/cooperatives/api/get-cooperatives';

export const SORTS = ['name', '-name', 'foundedOn', '-foundedOn', 'members', '-members', 'registrationNumber'] as const;

type Props = { filters: DirectoryFilters; onChange: (patch: Partial<DirectoryFilters>) => void; onReset: () => void };

export function DirectoryFiltersBar({ filters, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  const region = findRegion(regions, filters.region);
  return (
    <Group align="end" gap="sm" wrap="wrap">
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ q: q.trim() || undefined });
        }}
      >
        <Group align="end" gap="xs">
          <TextInput
            label={t('directory.search')}
            placeholder={t('directory.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            type="search"
            w={260}
          />
          <Button type="submit">{t('directory.searchButton')}</Button>
        </Group>
      </form>
      <RegionFilter value={filters.region} onChange={(value) => onChange({ region: value ?? undefined, province: undefined })} />
      <Select
        label={t('fields.province')}
        placeholder={region ? t('common.all') : t('directory.chooseRegionFirst')}
        clearable
        searchable
        disabled={!region}
        w={200}
        value={filters.province ?? null}
        data={(region?.provinces ?? []).map((p) => ({ value: p.code, label: fmt.name(p) }))}
        onChange={(value) => onChange({ province: value ?? undefined })}
      />
      <SectorFilter value={filters.sector} onChange={(value) => onChange({ sector: value ?? undefined })} />
      <Select
        label={t('fields.status')}
        placeholder={t('common.all')}
        clearable
        w={160}
        value={filters.status ?? null}
        data={COOPERATIVE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(value) => onChange({ status: value ?? undefined })}
      />
      <Select
        label={t('directory.sort')}
        w={200}
        allowDeselect={false}
        value={filters.sort ?? 'name'}
        data={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        onChange={(value) => onChange({ sort: value && value !== 'name' ? value : undefined })}
      />
      <Checkbox
        label={t('fields.womenLed')}
        checked={filters.womenLed === true}
        onChange={(e) => onChange({ womenLed: e.currentTarget.checked || undefined })}
        mb={8}
      />
      <Button variant="subtle" onClick={onReset}>
        {t('directory.reset')}
      </Button>
    </Group>
  );
}
