import { LineChart } from '@mantine/charts';
import type { ProjectImpactSeries } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import type { ImpactMetric } from '@/features/networks/components/impact-metrics';
import '@mantine/charts/styles.css';

const COLORS = ['teal.7', 'grape.6', 'orange.6', 'blue.6', 'red.6', 'lime.7', 'cyan.7', 'pink.6'];

/** One line per project: the chosen indicator at each assessment date (lazily loaded with the charting library). */
export function ImpactChart({ projects, metric }: { projects: ProjectImpactSeries[]; metric: ImpactMetric }) {
  const fmt = useFormat();
  const rtl = fmt.language === 'ar';
  const dates = [...new Set(projects.flatMap((p) => p.assessments.map((a) => a.assessedOn)))].sort();
  const data = dates.map((date) => {
    // Arabic dates carry right-to-left marks (U+200F) that scramble SVG text: drop them in the chart.
    const row: Record<string, string | number | null> = { date: fmt.date(date).replace(/[\u200e\u200f\u061c]/g, '') };
    for (const p of projects) {
      const a = p.assessments.find((x) => x.assessedOn === date);
      row[p.projectId] = a ? (a[metric] ?? null) : null;
    }
    return row;
  });
  return (
    // SVG text does not follow the page's bidi rules: the chart is laid out LTR, with time mirrored in Arabic.
    <div data-testid="impact-chart" dir="ltr">
      <LineChart
        h={300}
        data={data}
        dataKey="date"
        withLegend
        connectNulls
        legendProps={{ verticalAlign: 'bottom' }}
        // Time runs from the right in Arabic.
        xAxisProps={{ reversed: rtl }}
        yAxisProps={{ orientation: rtl ? 'right' : 'left', width: 70 }}
        valueFormatter={(v) => fmt.number(v)}
        series={projects.map((p, i) => ({ name: p.projectId, label: p.title, color: COLORS[i % COLORS.length] }))}
      />
    </div>
  );
}

export default ImpactChart;
