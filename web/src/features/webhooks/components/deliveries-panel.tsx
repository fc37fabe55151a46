import { Alert, Badge, Button, Code, Collapse, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useFormat } from '@/lib/i18n/format';
import type { WebhookDetails } from '@/lib/api/schema-types';
import { DELIVERIES_PAGE_SIZE, useDeliveries, type DeliveryFilters } from '@/features/webhooks/api/get-deliveries';
import { useRedeliver } from '@/features/webhooks/api/redeliver';
import { DELIVERY_STATUSES, type DeliveryStatus } from '@/features/webhooks/api/constants';
import { prettyPayload } from '@/features/webhooks/components/payload';

const STATUS_COLOR: Record<string, string> = { pending: 'blue', delivered: 'green', dead: 'red', cancelled: 'gray' };

/** The delivery log of one subscription: filter by status, read the payload, send one again. */
export function DeliveriesPanel({ webhook }: { webhook: WebhookDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filters, setFilters] = useState<DeliveryFilters>({ page: 1 });
  const [openPayload, setOpenPayload] = useState<string | null>(null);
  const deliveries = useDeliveries(webhook.id, filters);
  const redeliver = useRedeliver();
  const pages = Math.max(1, Math.ceil((deliveries.data?.total ?? 0) / DELIVERIES_PAGE_SIZE));
  const statusLabel = (s: string) => t(`webhooks.deliveryStatus.${s}`, { defaultValue: s });
  return (
    <Stack gap="sm" data-testid="deliveries-panel">
      <Group justify="space-between" align="end">
        <Title order={3} size="h5">
          {t('webhooks.deliveries.title')}
        </Title>
        <Select
          label={t('webhooks.deliveries.statusFilter')}
          w={220}
          allowDeselect={false}
          value={filters.status ?? 'all'}
          data={[
            { value: 'all', label: t('common.all') },
            ...DELIVERY_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
          onChange={(v) => setFilters({ status: !v || v === 'all' ? undefined : (v as DeliveryStatus), page: 1 })}
        />
      </Group>
      {redeliver.isSuccess && (
        <Alert color="green" role="status">
          {t('webhooks.deliveries.redelivered')}
        </Alert>
      )}
      {redeliver.isError && <QueryError error={redeliver.error} />}
      {deliveries.isError && <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      {deliveries.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {deliveries.data && deliveries.data.items.length === 0 && <Text c="dimmed">{t('webhooks.deliveries.none')}</Text>}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <>
          <Text size="sm">
            {t('webhooks.deliveries.count', { count: deliveries.data.total, formatted: fmt.number(deliveries.data.total) })}
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks.deliveries.eventType')}</Table.Th>
                  <Table.Th>{t('fields.status')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.attempts')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.lastResult')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.createdAt')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.deliveredAt')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data.items.map((d) => (
                  <Fragment key={d.id}>
                    <Table.Tr>
                      <Table.Td dir="ltr" ff="monospace" fz="xs">
                        {d.eventType}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[d.status] ?? 'gray'} variant="light">
                          {statusLabel(d.status)}
                        </Badge>
                        {d.status === 'pending' && (
                          <Text size="xs" c="dimmed">
                            {t('webhooks.deliveries.nextAttemptAt', { when: fmt.dateTime(d.nextAttemptAt) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{fmt.number(d.attempts)}</Table.Td>
                      <Table.Td>
                        {d.lastStatusCode != null && <Text size="sm">HTTP {d.lastStatusCode}</Text>}
                        {d.lastError && (
                          <Text size="xs" c="red" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                            {d.lastError}
                          </Text>
                        )}
                        {d.lastStatusCode == null && !d.lastError && t('common.none')}
                      </Table.Td>
                      <Table.Td>{fmt.dateTime(d.createdAt)}</Table.Td>
                      <Table.Td>{fmt.dateTime(d.deliveredAt) || t('common.none')}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-expanded={openPayload === d.id}
                            onClick={() => setOpenPayload(openPayload === d.id ? null : d.id)}
                          >
                            {openPayload === d.id ? t('webhooks.deliveries.hidePayload') : t('webhooks.deliveries.showPayload')}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            disabled={!webhook.active}
                            loading={redeliver.isPending && redeliver.variables?.deliveryId === d.id}
                            onClick={() => redeliver.mutate({ webhookId: webhook.id, deliveryId: d.id })}
                          >
                            {t('webhooks.deliveries.redeliver')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                    <Table.Tr style={openPayload === d.id ? undefined : { display: 'none' }}>
                      <Table.Td colSpan={7} p={openPayload === d.id ? undefined : 0}>
                        <Collapse expanded={openPayload === d.id}>
                          <Code block dir="ltr" aria-label={t('webhooks.deliveries.payload')}>
                            {prettyPayload(d.payload)}
                          </Code>
                        </Collapse>
                      </Table.Td>
                    </Table.Tr>
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Pagination total={pages} value={filters.page ?? 1} onChange={(page) => setFilters((f) => ({ ...f, page }))} />
          )}
        </>
      )}
    </Stack>
  );
}
