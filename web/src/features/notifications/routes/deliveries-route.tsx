import { Alert, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-table';
import { Pager } from '@/components/pager';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { isAdmin } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import type { NotificationDeliveryDetails } from '@/lib/api/schema-types';
import {
  DELIVERY_CHANNELS,
  DELIVERY_RECEIPTS,
  DELIVERY_STATES,
  NOTIFICATION_DELIVERIES_PAGE_SIZE,
  useNotificationDeliveries,
} from '@/features/notifications/api/get-deliveries';
import { canRetryDelivery, useRetryNotificationDelivery } from '@/features/notifications/api/retry-delivery';

const STATE_COLOR: Record<string, string> = { queued: 'blue', sent: 'green', failed: 'orange', dead: 'red' };
/** What the SMS provider's delivery receipt said after the message was sent (ADR 0023). */
const RECEIPT_COLOR: Record<string, string> = { delivered: 'green', undelivered: 'red', failed: 'red' };
const KEYS = ['status', 'channel', 'receipt'] as const;

/** The delivery log of every message: filter by state, channel and SMS receipt, read the provider's answer, queue a failed or undelivered one again. */
function DeliveryLog() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { filters, update } = useUrlFilters(KEYS);
  const deliveries = useNotificationDeliveries(filters);
  const retry = useRetryNotificationDelivery();
  const pages = Math.max(1, Math.ceil((deliveries.data?.total ?? 0) / NOTIFICATION_DELIVERIES_PAGE_SIZE));
  const stateLabel = (s: string) => t(`deliveryLog.state.${s}`, { defaultValue: s });
  const channelLabel = (c: string) => t(`deliveryLog.channel.${c}`, { defaultValue: c });

  return (
    <Stack>
      <Title order={1}>{t('deliveryLog.title')}</Title>
      <Text c="dimmed">{t('deliveryLog.intro')}</Text>
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={t('deliveryLog.stateFilter')}
          value={filters.status ?? ''}
          data={[{ value: '', label: t('common.all') }, ...DELIVERY_STATES.map((s) => ({ value: s, label: stateLabel(s) }))]}
          onChange={(e) => update({ status: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('deliveryLog.channelFilter')}
          value={filters.channel ?? ''}
          data={[{ value: '', label: t('common.all') }, ...DELIVERY_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))]}
          onChange={(e) => update({ channel: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('deliveryLog.receiptFilter')}
          value={filters.receipt ?? ''}
          data={[
            { value: '', label: t('common.all') },
            ...DELIVERY_RECEIPTS.map((r) => ({ value: r, label: t(`deliveryLog.receipt.${r}`) })),
          ]}
          onChange={(e) => update({ receipt: e.currentTarget.value })}
        />
      </Group>
      {retry.isSuccess && (
        <Alert color="green" role="status">
          {t('deliveryLog.retried')}
        </Alert>
      )}
      {retry.isError && <QueryError error={retry.error} />}
      {deliveries.isError && <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      {deliveries.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {deliveries.data && deliveries.data.items.length === 0 && <Text c="dimmed">{t('deliveryLog.none')}</Text>}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <>
          <Text data-testid="deliveries-count">
            {t('deliveryLog.count', { count: deliveries.data.total, formatted: fmt.number(deliveries.data.total) })}
          </Text>
          <ListTable<NotificationDeliveryDetails>
            items={deliveries.data.items}
            rowKey={(d) => d.id}
            rowTestId="delivery"
            testId="deliveries"
            minWidth={1000}
            columns={[
              {
                key: 'subject',
                label: t('deliveryLog.subject'),
                render: (d) => (
                  <>
                    <Text fw={500} dir="auto">
                      {d.subject}
                    </Text>
                    <Text size="xs" c="dimmed" dir="ltr" ff="monospace">
                      {d.type}
                    </Text>
                  </>
                ),
              },
              {
                key: 'recipient',
                label: t('deliveryLog.recipient'),
                render: (d) => (
                  <>
                    <Text size="sm" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                      {d.address ?? t('deliveryLog.inbox')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`deliveryLog.kind.${d.recipientKind}`, { defaultValue: d.recipientKind })} ·{' '}
                      {t(`language.${d.language}`, { defaultValue: d.language })}
                    </Text>
                  </>
                ),
              },
              { key: 'channel', label: t('deliveryLog.channelColumn'), render: (d) => channelLabel(d.channel) },
              {
                key: 'status',
                label: t('fields.status'),
                render: (d) => (
                  <>
                    <Badge color={STATE_COLOR[d.status] ?? 'gray'} variant="light" data-testid="delivery-status">
                      {stateLabel(d.status)}
                    </Badge>
                    {(d.status === 'queued' || d.status === 'failed') && (
                      <Text size="xs" c="dimmed">
                        {t('deliveryLog.nextAttemptAt', { when: fmt.dateTime(d.nextAttemptAt) })}
                      </Text>
                    )}
                    {d.receipt && (
                      <>
                        <Badge
                          color={RECEIPT_COLOR[d.receipt] ?? 'gray'}
                          variant="outline"
                          mt={4}
                          data-testid="delivery-receipt"
                        >
                          {t(`deliveryLog.receipt.${d.receipt}`, { defaultValue: d.receipt })}
                          {d.receiptError && ` · ${t('deliveryLog.receiptError', { code: d.receiptError })}`}
                        </Badge>
                        {d.receiptAt && (
                          <Text size="xs" c="dimmed">
                            {t('deliveryLog.receiptAt', { when: fmt.dateTime(d.receiptAt) })}
                          </Text>
                        )}
                      </>
                    )}
                  </>
                ),
              },
              { key: 'attempts', label: t('deliveryLog.attempts'), render: (d) => fmt.number(d.attempts) },
              {
                key: 'answer',
                label: t('deliveryLog.lastAnswer'),
                render: (d) =>
                  d.lastAnswer ? (
                    <Text size="xs" dir="auto" c={d.status === 'sent' ? undefined : 'red'} style={{ overflowWrap: 'anywhere' }}>
                      {d.lastAnswer}
                    </Text>
                  ) : (
                    t('common.none')
                  ),
              },
              {
                key: 'dates',
                label: t('deliveryLog.createdAt'),
                render: (d) => (
                  <>
                    <Text size="sm">{fmt.dateTime(d.createdAt)}</Text>
                    {d.sentAt && (
                      <Text size="xs" c="dimmed">
                        {t('deliveryLog.sentAt', { when: fmt.dateTime(d.sentAt) })}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                key: 'actions',
                label: t('deliveryLog.actions'),
                render: (d) =>
                  canRetryDelivery(d) ? (
                    <Button
                      size="xs"
                      variant="light"
                      loading={retry.isPending && retry.variables === d.id}
                      onClick={() => retry.mutate(d.id)}
                    >
                      {t('deliveryLog.retry')}
                    </Button>
                  ) : (
                    t('common.none')
                  ),
              },
            ]}
          />
          <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
        </>
      )}
    </Stack>
  );
}

export function DeliveriesRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <DeliveryLog />
    </RequireAccess>
  );
}
