import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { CooperativeStatisticsRow } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import '@mantine/charts/styles.css';

/**
 * Members, women and youth per group (bars), lazily loaded with the charting library. SVG text does not follow the
 * page's bidi rules: laid out LTR, mirrored in Arabic (bars grow from the right, group names on the right).
 */
export function StatisticsChart({ rows }: { rows: CooperativeStatisticsRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rtl = fmt.language === 'ar';
  const data = rows.map((r) => ({
    name: fmt.name(r) || r.key,
    cooperatives: r.cooperatives,
    members: r.members,
    women: r.women,
    youth: r.youth,
  }));
  return (
    <div dir="ltr" data-testid="statistics-chart" data-mirrored={rtl ? 'true' : 'false'}>
      <BarChart
        h={Math.max(260, rows.length * 34)}
        data={data}
        dataKey="name"
        orientation="vertical"
        withLegend
        xAxisProps={{ reversed: rtl }}
        yAxisProps={
          rtl
            ? { width: 170, orientation: 'right', tick: { transform: 'translate(10, 0)', fontSize: 12, fill: 'currentColor' } }
            : { width: 170 }
        }
        valueFormatter={(v) => fmt.number(v)}
        series={[
          { name: 'members', label: t('dashboard.members'), color: 'teal.7' },
          { name: 'women', label: t('dashboard.women'), color: 'grape.6' },
          { name: 'youth', label: t('dashboard.youth'), color: 'orange.6' },
        ]}
      />
    </div>
  );
}

export default StatisticsChart;
