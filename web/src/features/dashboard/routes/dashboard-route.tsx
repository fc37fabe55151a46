import { Card, Grid, SimpleGrid, Stack, Tabs, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { Kpi } from '@/components/kpi';
import { useFormat } from '@/lib/i18n/format';
import { useStatistics } from '@/features/dashboard/api/get-statistics';
import { StatisticsTable } from '@/features/dashboard/components/statistics-table';

const RegionMap = lazy(() => import('@/components/region-map'));
const StatisticsChart = lazy(() => import('@/features/dashboard/components/statistics-chart'));

export function DashboardRoute() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const byRegion = useStatistics('region');
  const bySector = useStatistics('sector');

  if (byRegion.isPending) return <PageLoader />;
  if (byRegion.isError) return <QueryError error={byRegion.error} onRetry={() => void byRegion.refetch()} />;
  const totals = byRegion.data.totals;

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Kpi label={t('dashboard.cooperatives')} value={fmt.number(totals.cooperatives)} />
        <Kpi label={t('dashboard.members')} value={fmt.number(totals.members)} />
        <Kpi label={t('dashboard.women')} value={fmt.number(totals.women)} />
        <Kpi label={t('dashboard.youth')} value={fmt.number(totals.youth)} />
      </SimpleGrid>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('dashboard.mapTitle')}
            </Title>
            <Suspense fallback={<PageLoader />}>
              <RegionMap rows={byRegion.data.rows} />
            </Suspense>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder>
            <Tabs defaultValue="region">
              <Tabs.List>
                <Tabs.Tab value="region">{t('dashboard.byRegion')}</Tabs.Tab>
                <Tabs.Tab value="sector">{t('dashboard.bySector')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="region" pt="md">
                <Suspense fallback={<PageLoader />}>
                  <StatisticsChart rows={byRegion.data.rows} />
                </Suspense>
                <StatisticsTable stats={byRegion.data} caption={t('dashboard.byRegion')} />
              </Tabs.Panel>
              <Tabs.Panel value="sector" pt="md">
                {bySector.isError && <QueryError error={bySector.error} />}
                {bySector.isPending && <PageLoader />}
                {bySector.data && (
                  <>
                    <Suspense fallback={<PageLoader />}>
                      <StatisticsChart rows={bySector.data.rows} />
                    </Suspense>
                    <StatisticsTable stats={bySector.data} caption={t('dashboard.bySector')} />
                  </>
                )}
              </Tabs.Panel>
            </Tabs>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
