import { Checkbox, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { COOPERATIVE_STATUSES } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { useSearchable } from '@/lib/search/use-searchable';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import type { DirectoryFilters } from '@/features/cooperatives/api/get-cooperatives';
import { SORTS } from '@/features/cooperatives/components/directory-sorts';

type Props = { filters: DirectoryFilters; onChange: (patch: Partial<DirectoryFilters>) => void };

/**
 * The directory's filter controls (region, province, sector, status, sort, women-led): a chunk of their own, loaded
 * beside the list on a wide screen and when the filters drawer first opens on a phone (issue 16).
 */
export function DirectoryFilterControls({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const searchable = useSearchable();
  const regions = useRegions().data;
  const region = findRegion(regions, filters.region);
  return (
    <>
      <RegionFilter value={filters.region} onChange={(value) => onChange({ region: value ?? undefined, province: undefined })} />
      <Select
        label={t('fields.province')}
        placeholder={region ? t('common.all') : t('directory.chooseRegionFirst')}
        clearable
        {...searchable}
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
    </>
  );
}
