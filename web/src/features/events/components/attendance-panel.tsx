import { Card, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useAttendance } from '@/features/events/api/get-attendance';
import { Stat } from '@/features/events/components/attendance-summary';
import { WalkInsForm } from '@/features/events/components/walk-ins-form';
import { Busy } from '@/components/busy';

const AttendanceCharts = lazy(() => import('@/features/events/components/attendance-charts'));

/** The organisers' attendance dashboard: counts, rate, walk-in headcount, by region (bars) and women-led. */
export function AttendancePanel({ eventId, walkIns }: { eventId: string; walkIns: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const query = useAttendance(eventId);

  if (query.isPending) return <Busy />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;
  const rate = a.registered > 0 ? a.attended / a.registered : 0;
  const womenShare = a.registered > 0 ? a.womenLed.registered / a.registered : 0;

  return (
    <Stack data-testid="attendance-dashboard">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label={t('events.attendance.capacity')} value={a.capacity ? fmt.number(a.capacity) : t('events.seats.unlimited')} />
        <Stat label={t('events.attendance.registered')} value={fmt.number(a.registered)} testId="dash-registered" />
        <Stat label={t('events.attendance.waitlisted')} value={fmt.number(a.waitlisted)} testId="dash-waitlisted" />
        <Stat label={t('events.attendance.cancelled')} value={fmt.number(a.cancelled)} testId="dash-cancelled" />
        <Stat
          label={t('events.attendance.attended')}
          value={fmt.number(a.attended)}
          testId="dash-attended"
          hint={t('events.attendance.rate', { rate: fmt.percent(rate) })}
        />
        <Stat label={t('events.attendance.walkIns')} value={fmt.number(a.walkIns)} testId="dash-walk-ins" />
        <Stat
          label={t('events.attendance.present')}
          value={fmt.number(a.present)}
          testId="dash-present"
          hint={t('events.attendance.presentHint')}
        />
      </SimpleGrid>
      <Progress.Root size="xl" aria-label={t('events.attendance.rate', { rate: fmt.percent(rate) })}>
        <Progress.Section value={rate * 100} color="blue">
          <Progress.Label>{fmt.percent(rate)}</Progress.Label>
        </Progress.Section>
      </Progress.Root>

      <Card withBorder>
        <WalkInsForm eventId={eventId} walkIns={walkIns} />
      </Card>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t('events.attendance.byRegion')}
          </Title>
          {a.byRegion.length === 0 ? (
            <Text c="dimmed">{t('events.attendance.noRegistrations')}</Text>
          ) : (
            <>
              <Suspense fallback={<Busy size="sm" />}>
                <AttendanceCharts byRegion={a.byRegion} />
              </Suspense>
              <Table mt="sm" data-testid="by-region-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fields.region')}</Table.Th>
                    <Table.Th>{t('events.attendance.registered')}</Table.Th>
                    <Table.Th>{t('events.attendance.attended')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.byRegion.map((g) => (
                    <Table.Tr key={g.key}>
                      <Table.Td>{g.key === 'none' ? t('events.attendance.noRegion') : fmt.name(findRegion(regions, g.key)) || g.key}</Table.Td>
                      <Table.Td>{fmt.number(g.registered)}</Table.Td>
                      <Table.Td>{fmt.number(g.attended)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Card>
        <Card withBorder data-testid="women-led">
          <Title order={3} size="h5" mb="sm">
            {t('events.attendance.womenLed')}
          </Title>
          <SimpleGrid cols={2}>
            <Stat label={t('events.attendance.registered')} value={fmt.number(a.womenLed.registered)} testId="women-registered" />
            <Stat label={t('events.attendance.attended')} value={fmt.number(a.womenLed.attended)} testId="women-attended" />
          </SimpleGrid>
          <Text size="sm" mt="sm">
            {t('events.attendance.womenShare', { share: fmt.percent(womenShare) })}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
