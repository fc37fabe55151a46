import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import '@mantine/charts/styles.css';
import type { AttendanceGroup } from '@/lib/api/schema-types';

/**
 * Registered and attended per region: horizontal bars (a lazily loaded chunk with the charting library). SVG text
 * does not follow the page's bidi rules: laid out LTR, mirrored in Arabic.
 */
export function AttendanceCharts({ byRegion }: { byRegion: readonly AttendanceGroup[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const rtl = fmt.language === 'ar';
  const rows = byRegion.map((g) => ({
    name: g.key === 'none' ? t('events.attendance.noRegion') : fmt.name(findRegion(regions, g.key)) || g.key,
    registered: g.registered,
    attended: g.attended,
  }));
  return (
    <div dir="ltr" data-testid="chart-by-region">
      <BarChart
        h={Math.max(180, rows.length * 56 + 60)}
        data={rows}
        dataKey="name"
        orientation="vertical"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        xAxisProps={{ reversed: rtl, allowDecimals: false }}
        yAxisProps={
          rtl
            ? { width: 190, orientation: 'right', tick: { transform: 'translate(10, 0)', fontSize: 12, fill: 'currentColor' } }
            : { width: 190 }
        }
        valueFormatter={(v) => fmt.number(v)}
        series={[
          { name: 'registered', label: t('events.attendance.registered'), color: 'teal.6' },
          { name: 'attended', label: t('events.attendance.attended'), color: 'blue.6' },
        ]}
      />
    </div>
  );
}

export default AttendanceCharts;
