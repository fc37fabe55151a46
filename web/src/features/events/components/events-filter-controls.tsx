import { SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RegionFilter } from '@/components/reference-filters';
import { EVENT_KINDS, EVENT_WHENS, type EventWhen } from '@/features/events/api/constants';
import { isMonth } from '@/features/events/components/event-text';

type Filters = { region?: string; kind?: string };
type Props = {
  filters: Filters;
  /** The month field's value (the calendar's month, or the list's month filter). */
  month: string;
  /** The list's period, shown only on a list without a month. */
  when?: EventWhen;
  update: (patch: { region?: string | null; kind?: string | null; month?: string; when?: string }) => void;
};

/** The events' filters: region, kind, month and (a list without a month) the period. */
export function EventsFilterControls({ filters, month, when, update }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <RegionFilter value={filters.region} w={210} onChange={(value) => update({ region: value })} />
      <Select
        label={t('events.fields.kind')}
        placeholder={t('common.all')}
        clearable
        w={200}
        value={filters.kind ?? null}
        data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
        onChange={(value) => update({ kind: value })}
      />
      <TextInput
        type="month"
        label={t('events.fields.month')}
        w={170}
        value={month}
        onChange={(e) => update({ month: isMonth(e.currentTarget.value) ? e.currentTarget.value : undefined })}
      />
      {when && (
        <SegmentedControl
          value={when}
          onChange={(v) => update({ when: v === 'upcoming' ? undefined : v })}
          data={EVENT_WHENS.map((w) => ({ value: w, label: t(`events.when.${w}`) }))}
          aria-label={t('events.when.label')}
        />
      )}
    </>
  );
}
