import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findRegion } from '@/lib/reference/lookup';
import '@mantine/charts/styles.css';
import type { ProgramDetails, ProgramReport } from '@/lib/api/schema-types';

type Row = { name: string; value: number };

/** Horizontal bars, one per group. SVG text does not follow the page's bidi rules: laid out LTR, mirrored in Arabic. */
function Bars({ title, rows, label, testId, color }: { title: string; rows: Row[]; label: string; testId: string; color: string }) {
  const fmt = useFormat();
  const rtl = fmt.language === 'ar';
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <div dir="ltr" data-testid={testId}>
        <BarChart
          h={Math.max(180, rows.length * 34 + 40)}
          data={rows}
          dataKey="name"
          orientation="vertical"
          xAxisProps={{ reversed: rtl }}
          yAxisProps={
            rtl
              ? { width: 190, orientation: 'right', tick: { transform: 'translate(10, 0)', fontSize: 12, fill: 'currentColor' } }
              : { width: 190 }
          }
          valueFormatter={(v) => fmt.number(v)}
          series={[{ name: 'value', label, color }]}
        />
      </div>
    </Card>
  );
}

/** The report's charts (a lazily loaded chunk with the charting library). */
export function ReportCharts({ report, program }: { report: ProgramReport; program: ProgramDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const byStatus = report.applicationsByStatus
    .filter((s) => s.count > 0)
    .map((s) => ({ name: t(`programs.applicationStatus.${s.status}`), value: s.count }));
  const byRegion = report.beneficiariesByRegion.map((g) => ({ name: fmt.name(findRegion(regions, g.key)) || g.key, value: g.count }));
  const bySector = report.beneficiariesBySector.map((g) => ({
    name: fmt.name(sectors?.find((s) => s.code === g.key)) || g.key,
    value: g.count,
  }));
  const byAxis = report.supportByAxis.map((a) => ({
    name: fmt.name(program.supportAxes.find((x) => x.code === a.axis)) || a.axis,
    value: a.amount,
  }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Bars title={t('programs.report.byStatus')} rows={byStatus} label={t('programs.report.applications')} testId="chart-status" color="indigo.6" />
      <Bars title={t('programs.report.byRegion')} rows={byRegion} label={t('programs.report.beneficiaries')} testId="chart-region" color="teal.7" />
      {bySector.length > 0 && (
        <Bars title={t('programs.report.bySector')} rows={bySector} label={t('programs.report.beneficiaries')} testId="chart-sector" color="grape.6" />
      )}
      <Bars
        title={t('programs.report.byAxis', { currency: report.currency })}
        rows={byAxis}
        label={t('programs.report.amount', { currency: report.currency })}
        testId="chart-axis"
        color="orange.6"
      />
    </SimpleGrid>
  );
}

export default ReportCharts;
