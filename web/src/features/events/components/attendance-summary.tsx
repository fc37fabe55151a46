import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import { useAttendance } from '@/features/events/api/get-attendance';
import { Busy } from '@/components/busy';

export function Stat({ label, value, testId, hint }: { label: string; value: string; testId?: string; hint?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** The public counts of an event: seats taken of the capacity, waitlist, checked in, walk-ins and present. */
export function AttendanceSummary({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useAttendance(eventId);
  if (query.isPending) return <Busy size="sm" />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const a = query.data;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} data-testid="attendance-summary">
      <Stat
        label={t('events.attendance.registered')}
        value={a.capacity ? t('events.attendance.ofCapacity', { value: fmt.number(a.registered), capacity: fmt.number(a.capacity) }) : fmt.number(a.registered)}
        testId="stat-registered"
      />
      <Stat label={t('events.attendance.waitlisted')} value={fmt.number(a.waitlisted)} testId="stat-waitlisted" />
      <Stat label={t('events.attendance.attended')} value={fmt.number(a.attended)} testId="stat-attended" />
      <Stat label={t('events.attendance.walkIns')} value={fmt.number(a.walkIns)} testId="stat-walk-ins" />
      <Stat label={t('events.attendance.present')} value={fmt.number(a.present)} testId="stat-present" />
    </SimpleGrid>
  );
}
