import { Alert, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import type { NetworkProject } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { useNetworkImpact } from '@/features/networks/api/get-network-impact';
import { useNetworkProjects } from '@/features/networks/api/get-network-projects';
import { CreateProjectDialog } from '@/features/networks/components/create-project-dialog';
import { RecordAssessmentDialog } from '@/features/networks/components/record-assessment-dialog';
import { IMPACT_METRICS, type ImpactMetric } from '@/features/networks/components/impact-metrics';
import { LocalizedText } from '@/components/localized-text';

const ImpactChart = lazy(() => import('@/features/networks/components/impact-chart'));

export function ImpactPanel({ networkId, canManage }: { networkId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [metric, setMetric] = useState<ImpactMetric>('jobs');
  const [createOpen, create] = useDisclosure(false);
  const [assessing, setAssessing] = useState<NetworkProject | null>(null);
  const impact = useNetworkImpact(networkId, { from, to });
  const projects = useNetworkProjects(networkId);
  const series = impact.data?.projects ?? [];
  const assessed = series.filter((p) => p.assessments.length > 0);

  return (
    <Stack>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('impact.title')}
        </Title>
        <Group align="end" gap="sm" wrap="wrap" mb="md">
          <TextInput type="date" label={t('impact.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('impact.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <SegmentedControl
            aria-label={t('impact.metric')}
            value={metric}
            onChange={(v) => setMetric(v as ImpactMetric)}
            data={IMPACT_METRICS.map((m) => ({ value: m, label: t(`impact.metrics.${m}`) }))}
          />
        </Group>
        {impact.isError && <QueryError error={impact.error} onRetry={() => void impact.refetch()} />}
        {impact.isPending && <PageLoader />}
        {impact.data && assessed.length === 0 && (
          <Alert color="gray" title={t('impact.emptyTitle')}>
            {t('impact.emptyText')}
          </Alert>
        )}
        {assessed.length > 0 && (
          <>
            <Suspense fallback={<PageLoader />}>
              <ImpactChart projects={assessed} metric={metric} />
            </Suspense>
            <Table.ScrollContainer minWidth={700} mt="md">
              <Table striped>
                <caption>{t('impact.tableCaption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('impact.project')}</Table.Th>
                    <Table.Th>{t('impact.assessedOn')}</Table.Th>
                    {IMPACT_METRICS.map((m) => (
                      <Table.Th key={m}>{t(`impact.metrics.${m}`)}</Table.Th>
                    ))}
                    <Table.Th>{t('impact.environmental')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {assessed.flatMap((p) =>
                    p.assessments.map((a) => (
                      <Table.Tr key={a.id}>
                        <Table.Td>
                          <LocalizedText value={p.title} />
                        </Table.Td>
                        <Table.Td>{fmt.date(a.assessedOn)}</Table.Td>
                        {IMPACT_METRICS.map((m) => (
                          <Table.Td key={m}>{a[m] != null ? fmt.number(a[m]) : '—'}</Table.Td>
                        ))}
                        <Table.Td>
                          {a.environmental
                            .map((e) => `${e.name ?? ''}: ${e.value != null ? fmt.number(e.value) : '—'} ${e.unit ?? ''}`.trim())
                            .join(' · ') || '—'}
                        </Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Card>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h4">
            {t('impact.projects')}
          </Title>
          {canManage && (
            <Button variant="light" onClick={create.open}>
              {t('impact.createProject')}
            </Button>
          )}
        </Group>
        {projects.isError && <QueryError error={projects.error} />}
        {projects.data && projects.data.length === 0 && <Text c="dimmed">{t('impact.noProjects')}</Text>}
        <Stack gap="xs">
          {projects.data?.map((p) => (
            <Group key={p.id} justify="space-between" wrap="nowrap">
              <div>
                <Text fw={500}>
                  <LocalizedText value={p.title} />
                </Text>
                {p.description && (
                  <Text size="sm" c="dimmed">
                    <LocalizedText value={p.description} />
                  </Text>
                )}
              </div>
              <Group gap="xs" wrap="nowrap">
                {p.startedOn && (
                  <Text size="xs" c="dimmed">
                    {fmt.date(p.startedOn)}
                  </Text>
                )}
                <Badge variant="light">{t(`projectStatus.${p.status}`)}</Badge>
                {canManage && (
                  <Button size="xs" onClick={() => setAssessing(p)} aria-label={t('impact.recordFor', { project: p.title })}>
                    {t('impact.record')}
                  </Button>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      </Card>
      {canManage && (
        <>
          <CreateProjectDialog networkId={networkId} opened={createOpen} onClose={create.close} />
          <RecordAssessmentDialog networkId={networkId} project={assessing} onClose={() => setAssessing(null)} />
        </>
      )}
    </Stack>
  );
}
