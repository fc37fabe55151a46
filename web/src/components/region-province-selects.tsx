import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useSearchable } from '@/lib/search/use-searchable';

type Placed = { regionCode: string | null; provinceCode: string | null };

type Props<T extends Placed> = {
  form: UseFormReturnType<T>;
  /** Both selects can be cleared. */
  clearable?: boolean;
  regionRequired?: boolean;
  regionDisabled?: boolean;
  regionDescription?: ReactNode;
  provinceRequired?: boolean;
  /** Disabled on top of "no region chosen yet". */
  provinceDisabled?: boolean;
  /** Whether to say "choose a region first" while no region is chosen. */
  provinceWanted?: boolean;
};

/**
 * The region select and its dependent province select, bound to `regionCode` / `provinceCode`:
 * changing the region clears the province. Shared by the cooperative, network and organisation forms.
 */
export function RegionProvinceSelects<T extends Placed>({
  form,
  clearable,
  regionRequired,
  regionDisabled,
  regionDescription,
  provinceRequired,
  provinceDisabled,
  provinceWanted = true,
}: Props<T>) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data;
  // The generic form only ever sees the two fields this component owns.
  const placed = form as unknown as UseFormReturnType<Placed>;
  const region = findRegion(regions, placed.values.regionCode);
  return (
    <>
      <Select
        label={t('fields.region')}
        description={regionDescription}
        required={regionRequired}
        disabled={regionDisabled}
        clearable={clearable}
        {...searchable}
        data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
        {...placed.getInputProps('regionCode')}
        onChange={(value) => {
          placed.setFieldValue('regionCode', value);
          placed.setFieldValue('provinceCode', null);
        }}
      />
      <Select
        label={t('fields.province')}
        required={provinceRequired}
        disabled={provinceDisabled || !region}
        clearable={clearable}
        {...searchable}
        placeholder={provinceWanted && !region ? t('directory.chooseRegionFirst') : undefined}
        data={(region?.provinces ?? []).map((p) => ({ value: p.code, label: fmt.name(p) }))}
        {...placed.getInputProps('provinceCode')}
      />
    </>
  );
}
