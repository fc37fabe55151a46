import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import { useStatusHistory } from '@/features/cooperatives/api/get-status-history';

export function StatusHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useStatusHistory(id);
  if (history.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (history.isError) return <QueryError error={history.error} />;
  if (history.data.length === 0) return <Text c="dimmed">{t('detail.noHistory')}</Text>;
  return (
    <Timeline active={0} bulletSize={14} lineWidth={2} aria-label={t('detail.statusHistory')}>
      {history.data.map((change, i) => (
        <Timeline.Item
          key={`${change.recordedAt}-${i}`}
          title={
            change.fromStatus
              ? t('detail.statusChanged', { from: t(`status.${change.fromStatus}`), to: t(`status.${change.toStatus}`) })
              : t('detail.statusInitial', { to: t(`status.${change.toStatus}`) })
          }
        >
          <Text size="sm">{t('detail.effectiveOn', { date: fmt.date(change.effectiveOn) })}</Text>
          {change.reason && <Text size="sm">{change.reason}</Text>}
          <Text size="xs" c="dimmed">
            {t('detail.recordedAt', { date: fmt.dateTime(change.recordedAt) })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
