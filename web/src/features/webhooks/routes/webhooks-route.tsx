import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { isAdmin } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useWebhooks } from '@/features/webhooks/api/get-webhooks';
import { WEBHOOK_EVENT_TYPES } from '@/features/webhooks/api/constants';
import { CreateWebhookForm } from '@/features/webhooks/components/create-webhook-form';
import { DeactivateWebhookButton } from '@/features/webhooks/components/deactivate-webhook-button';
import { DeliveriesPanel } from '@/features/webhooks/components/deliveries-panel';

function Webhooks() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const hooks = useWebhooks();
  const [open, setOpen] = useState<string | null>(null);
  const eventLabel = (value: string) => {
    const known = WEBHOOK_EVENT_TYPES.find((e) => e.value === value);
    return known ? t(`webhooks.events.${known.key}`) : value;
  };
  return (
    <Stack>
      <Title order={1}>{t('webhooks.title')}</Title>
      <Text c="dimmed">{t('webhooks.intro')}</Text>
      {hooks.isError && <QueryError error={hooks.error} onRetry={() => void hooks.refetch()} />}
      {hooks.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {hooks.data && hooks.data.length === 0 && <Text c="dimmed">{t('webhooks.none')}</Text>}
      {hooks.data && hooks.data.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('webhooks.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.url')}</Table.Th>
                <Table.Th>{t('webhooks.eventTypes')}</Table.Th>
                <Table.Th>{t('fields.region')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('webhooks.createdAt')}</Table.Th>
                <Table.Th>{t('webhooks.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {hooks.data.map((h) => (
                <Fragment key={h.id}>
                  <Table.Tr data-testid={`webhook-${h.id}`}>
                    <Table.Td>
                      <Text size="sm" dir="ltr" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {h.url}
                      </Text>
                      {h.description && (
                        <Text size="xs" c="dimmed" dir="auto">
                          {h.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {h.eventTypes.map((e) => (
                          <Badge key={e} variant="light" title={e}>
                            {eventLabel(e)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {h.regionCode ? fmt.name(findRegion(regions, h.regionCode)) || h.regionCode : t('webhooks.allRegions')}
                    </Table.Td>
                    <Table.Td>
                      {h.active ? (
                        <Badge color="green">{t('webhooks.active')}</Badge>
                      ) : (
                        <Badge color="gray">{t('webhooks.inactive')}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{fmt.dateTime(h.createdAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-expanded={open === h.id}
                          onClick={() => setOpen(open === h.id ? null : h.id)}
                        >
                          {open === h.id ? t('webhooks.hideDeliveries') : t('webhooks.showDeliveries')}
                        </Button>
                        {h.active && <DeactivateWebhookButton webhook={h} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {open === h.id && (
                    <Table.Tr>
                      <Table.Td colSpan={6}>
                        <DeliveriesPanel webhook={h} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('webhooks.create')}
        </Title>
        <CreateWebhookForm />
      </Card>
    </Stack>
  );
}

export function WebhooksRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <Webhooks />
    </RequireAccess>
  );
}
