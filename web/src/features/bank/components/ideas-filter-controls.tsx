import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useSearchable } from '@/lib/search/use-searchable';
import { IDEA_STATUSES, SDGS } from '@/features/bank/api/constants';
import { canCurate } from '@/features/bank/components/bank-access';

type Filters = { sector?: string; region?: string; sdg?: string; status?: string };
type Props = { filters: Filters; update: (patch: Partial<Record<keyof Filters, string | null | undefined>>) => void };

/** The idea bank's filters: sector, region, sustainable development goal and (signed in) status. */
export function IdeasFilterControls({ filters, update }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const searchable = useSearchable();
  const me = useMe().data;
  return (
    <>
      <SectorFilter value={filters.sector} w={200} onChange={(value) => update({ sector: value })} />
      <RegionFilter value={filters.region} w={200} onChange={(value) => update({ region: value })} />
      <Select
        label={t('bank.sdg.label')}
        placeholder={t('common.all')}
        clearable
        {...searchable}
        w={240}
        value={filters.sdg ?? null}
        data={SDGS.map((g) => ({
          value: String(g),
          label: t('bank.sdg.full', { number: fmt.number(g), name: t(`bank.sdg.names.${g}`) }),
        }))}
        onChange={(value) => update({ sdg: value })}
      />
      {me && (
        <Select
          label={t('fields.status')}
          placeholder={canCurate(me) ? t('bank.ideas.statusEvery') : t('bank.ideas.statusAny')}
          clearable
          w={170}
          value={filters.status ?? null}
          data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`bank.ideaStatus.${s}`) }))}
          onChange={(value) => update({ status: value })}
        />
      )}
    </>
  );
}
