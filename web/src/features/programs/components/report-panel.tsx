import { Alert, Anchor, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { Kpi } from '@/components/kpi';
import { useFormat } from '@/lib/i18n/format';
import type { ProgramDetails } from '@/lib/api/schema-types';
import { programReportCsvUrl, useProgramReport } from '@/features/programs/api/get-program-report';
import { LocalizedText } from '@/components/localized-text';

const ReportCharts = lazy(() => import('@/features/programs/components/report-charts'));

/** The donor report: key figures, charts, indicators against their targets, and the CSV export. */
export function ReportPanel({ program }: { program: ProgramDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const report = useProgramReport(program.id);
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  // Isolated (LRI … PDI) so that "360.000 MAD" keeps its order inside Arabic text.
  const ltr = (text: string) => `\u2066${text}\u2069`;
  const money = (v: number) => ltr(`${fmt.number(v)} ${r.currency}`);

  return (
    <Stack data-testid="program-report">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('programs.report.title')}
        </Title>
        <Anchor href={programReportCsvUrl(program.id)} download>
          {t('programs.report.exportCsv')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Kpi size={26} label={t('programs.report.applications')} value={fmt.number(r.applications)} />
        <Kpi size={26} label={t('programs.report.beneficiaries')} value={fmt.number(r.beneficiaries)} />
        <Kpi size={26} label={t('programs.report.womenLed')} value={fmt.number(r.womenLedBeneficiaries)} />
        <Kpi size={26} label={t('programs.report.supportTotal')} value={money(r.supportTotal)} />
      </SimpleGrid>
      {r.applications === 0 ? (
        <Alert color="gray">{t('programs.report.empty')}</Alert>
      ) : (
        <Suspense fallback={<PageLoader />}>
          <ReportCharts report={r} program={program} />
        </Suspense>
      )}
      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          {t('programs.report.indicators')}
        </Title>
        {r.indicators.length === 0 ? (
          <Text c="dimmed">{t('programs.noIndicators')}</Text>
        ) : (
          <Stack gap="md" data-testid="indicator-progress">
            {r.indicators.map((i) => {
              const unit = i.unit ? ` ${i.unit}` : '';
              const percent = i.percentOfTarget ?? null;
              return (
                <div key={i.code}>
                  <Group justify="space-between" gap="xs">
                    <Text fw={500} size="sm">
                      <LocalizedText value={i} empty={i.code} />
                    </Text>
                    <Text size="sm" c="dimmed">
                      {i.target != null
                        ? t('programs.report.progress', {
                            actual: ltr(`${fmt.number(i.actual)}${unit}`),
                            target: ltr(`${fmt.number(i.target)}${unit}`),
                            percent: fmt.number(percent ?? 0),
                          })
                        : `${ltr(`${fmt.number(i.actual)}${unit}`)} · ${t('programs.report.noTarget')}`}
                    </Text>
                  </Group>
                  <Progress
                    value={Math.min(100, percent ?? 0)}
                    color={(percent ?? 0) >= 100 ? 'green' : 'teal'}
                    size="lg"
                    mt={4}
                    aria-label={fmt.name(i) || i.code}
                  />
                </div>
              );
            })}
          </Stack>
        )}
      </Card>
      {r.supportByKind.some((k) => k.deliveries > 0) && (
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t('programs.report.byKind')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programs.support.kind')}</Table.Th>
                <Table.Th>{t('programs.report.deliveries')}</Table.Th>
                <Table.Th>{t('programs.report.amount', { currency: r.currency })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.supportByKind.map((k) => (
                <Table.Tr key={k.kind}>
                  <Table.Td>{t(`programs.supportKind.${k.kind}`)}</Table.Td>
                  <Table.Td>{fmt.number(k.deliveries)}</Table.Td>
                  <Table.Td>{fmt.number(k.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
