import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { CooperativeStatisticsRow } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import '@mantine/charts/styles.css';

/** Members, women and youth per group (bars), lazily loaded with the charting library. */
export function StatisticsChart({ rows }: { rows: CooperativeStatisticsRow[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const data = rows.map((r) => ({
    name: fmt.name(r) || r.key,
    cooperatives: r.cooperatives,
    members: r.members,
    women: r.women,
    youth: r.youth,
  }));
  return (
    <BarChart
      h={Math.max(260, rows.length * 34)}
      data={data}
      dataKey="name"
      orientation="vertical"
      yAxisProps={{ width: 170 }}
      withLegend
      valueFormatter={(v) => fmt.number(v)}
      series={[
        { name: 'members', label: t('dashboard.members'), color: 'teal.7' },
        { name: 'women', label: t('dashboard.women'), color: 'grape.6' },
        { name: 'youth', label: t('dashboard.youth'), color: 'orange.6' },
      ]}
    />
  );
}

export default StatisticsChart;
