import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import { useApplicationHistory } from '@/features/programs/api/get-application-history';

/** Every state change of an application: from → to, why, who and when (Casablanca time), oldest first. */
export function HistoryTimeline({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useApplicationHistory(applicationId);
  if (history.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Text c="dimmed">{t('programs.history.empty')}</Text>;
  return (
    <Timeline bulletSize={16} lineWidth={2} active={history.data.length - 1} data-testid="application-history">
      {history.data.map((h) => (
        <Timeline.Item
          key={h.sequence}
          title={
            <Text fw={600} size="sm">
              {h.from
                ? t('programs.history.move', {
                    from: t(`programs.applicationStatus.${h.from}`),
                    to: t(`programs.applicationStatus.${h.to}`),
                  })
                : t('programs.history.created', { to: t(`programs.applicationStatus.${h.to}`) })}
            </Text>
          }
        >
          {h.reason && (
            <Text size="sm" dir="auto">
              {h.reason}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            <bdi>{h.actor}</bdi> · <bdi>{fmt.dateTime(h.at)}</bdi>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
