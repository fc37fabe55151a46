import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { useSearchable } from '@/lib/search/use-searchable';

type Props = {
  /** The code in the URL filters (none: every region or sector). */
  value: string | null | undefined;
  onChange: (code: string | null) => void;
  w?: number;
};

/** A directory filter on the region: "all" or one of the twelve, searchable by name. */
export function RegionFilter({ value, onChange, w = 220 }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data;
  return (
    <Select
      label={t('fields.region')}
      placeholder={t('common.all')}
      clearable
      {...searchable}
      w={w}
      value={value ?? null}
      data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
      onChange={onChange}
    />
  );
}

/** A directory filter on the sector: "all" or one sector, searchable by name. */
export function SectorFilter({ value, onChange, w = 220 }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const sectors = useSectors().data;
  return (
    <Select
      label={t('fields.sector')}
      placeholder={t('common.all')}
      clearable
      {...searchable}
      w={w}
      value={value ?? null}
      data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
      onChange={onChange}
    />
  );
}

/** The region and sector filters of a list whose URL filters name them (the calls), as one lazily loaded piece. */
export function ReferenceFilters({
  region,
  sector,
  update,
}: {
  region: string | undefined;
  sector: string | undefined;
  update: (patch: { region?: string | null; sector?: string | null }) => void;
}) {
  return (
    <>
      <RegionFilter value={region} onChange={(value) => update({ region: value })} />
      <SectorFilter value={sector} onChange={(value) => update({ sector: value })} />
    </>
  );
}
