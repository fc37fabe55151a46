import { Alert, Badge, Button, Card, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalizedText } from '@/components/localized-text';
import { QueryError } from '@/components/query-error';
import type { NetworkBody, NetworkMandate } from '@/lib/api/schema-types';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import { EXPIRING_WITHIN_DAYS, useExpiringMandates } from '@/features/networks/api/get-expiring-mandates';
import { useNetworkBodies } from '@/features/networks/api/get-network-bodies';
import { AppointMandateDialog } from '@/features/networks/components/appoint-mandate-dialog';
import { CreateBodyDialog } from '@/features/networks/components/create-body-dialog';
import { EndMandateDialog } from '@/features/networks/components/end-mandate-dialog';

type Props = { networkId: string; canManage: boolean };

const KIND_ORDER = { generalAssembly: 0, executiveBureau: 1, workingBody: 2 } as const;
const ROLE_ORDER = { president: 0, vicePresident: 1, secretaryGeneral: 2, treasurer: 3, coordinator: 4, member: 5 } as const;

/** Current mandates first (by rank), then the others from the most recent term. */
function sortMandates(mandates: NetworkMandate[]): NetworkMandate[] {
  return [...mandates].sort((a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    if (a.current) return ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
    return b.termStart.localeCompare(a.termStart);
  });
}

export function BodiesPanel({ networkId, canManage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const bodies = useNetworkBodies(networkId);
  const expiring = useExpiringMandates(networkId);
  const [createOpen, create] = useDisclosure(false);
  const [appointIn, setAppointIn] = useState<NetworkBody | null>(null);
  const [ending, setEnding] = useState<NetworkMandate | null>(null);
  const today = todayInCasablanca();
  const expiringIds = new Set((expiring.data ?? []).map((m) => m.id));
  const holder = (m: NetworkMandate) => fmt.name({ nameAr: m.holderNameAr, nameFr: m.holderNameFr });

  if (bodies.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (bodies.isError) return <QueryError error={bodies.error} onRetry={() => void bodies.refetch()} />;
  const sorted = [...bodies.data].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  return (
    <Stack>
      {expiring.data && expiring.data.length > 0 && (
        <Alert color="yellow" title={t('networks.expiringTitle', { count: EXPIRING_WITHIN_DAYS, formatted: fmt.number(EXPIRING_WITHIN_DAYS) })} data-testid="expiring-mandates">
          <List size="sm">
            {expiring.data.map((m) => (
              <List.Item key={m.id}>
                {t('networks.expiringItem', { role: t(`mandateRole.${m.role}`), name: holder(m), date: fmt.date(m.termEnd) })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {canManage && (
        <Group>
          <Button variant="light" onClick={create.open}>
            {t('networks.createBody')}
          </Button>
        </Group>
      )}
      {sorted.length === 0 && <Text c="dimmed">{t('networks.noBodies')}</Text>}
      {sorted.map((body) => {
        const mandates = sortMandates(body.mandates);
        return (
          <Card withBorder key={body.id} data-testid="network-body">
            <Group justify="space-between" align="start" mb="sm">
              <div>
                <Title order={3} size="h4">
                  <LocalizedText value={body} empty={t(`bodyKind.${body.kind}`)} />
                </Title>
                <Badge variant="outline" size="sm" mt={4}>
                  {t(`bodyKind.${body.kind}`)}
                </Badge>
                {body.purpose && (
                  <Text size="sm" c="dimmed" mt={4}>
                    <LocalizedText value={body.purpose} />
                  </Text>
                )}
              </div>
              {canManage && (
                <Button size="xs" onClick={() => setAppointIn(body)}>
                  {t('networks.appoint')}
                </Button>
              )}
            </Group>
            {mandates.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('networks.noMandates')}
              </Text>
            ) : (
              <Timeline bulletSize={18} lineWidth={2} active={mandates.filter((m) => m.current).length - 1}>
                {mandates.map((m) => {
                  const isCurrentPresident = m.current && m.role === 'president';
                  const soon = expiringIds.has(m.id);
                  return (
                    <Timeline.Item
                      key={m.id}
                      color={isCurrentPresident ? 'orange' : m.current ? 'teal' : 'gray'}
                      data-testid={isCurrentPresident ? 'current-president' : undefined}
                      title={
                        <Group gap="xs">
                          <Text fw={isCurrentPresident ? 700 : 600}>
                            {m.title || t(`mandateRole.${m.role}`)}
                          </Text>
                          {isCurrentPresident && (
                            <Badge color="orange" size="sm">
                              {t('networks.currentPresident')}
                            </Badge>
                          )}
                          {!m.current && (
                            <Badge color="gray" variant="light" size="sm">
                              {m.termStart > today ? t('networks.upcoming') : t('networks.past')}
                            </Badge>
                          )}
                          {soon && (
                            <Badge color="yellow" size="sm">
                              {t('networks.expiresSoon')}
                            </Badge>
                          )}
                        </Group>
                      }
                    >
                      <Text size="sm">
                        <LocalizedText value={{ nameAr: m.holderNameAr, nameFr: m.holderNameFr }} />
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('networks.term', { from: fmt.date(m.termStart), to: fmt.date(m.termEnd) })}
                      </Text>
                      {canManage && m.current && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          mt={4}
                          aria-label={t('networks.endMandateFor', { role: m.title || t(`mandateRole.${m.role}`), name: holder(m) })}
                          onClick={() => setEnding(m)}
                        >
                          {t('networks.endMandate')}
                        </Button>
                      )}
                    </Timeline.Item>
                  );
                })}
              </Timeline>
            )}
          </Card>
        );
      })}
      {canManage && (
        <>
          <CreateBodyDialog networkId={networkId} opened={createOpen} onClose={create.close} />
          <AppointMandateDialog networkId={networkId} body={appointIn} onClose={() => setAppointIn(null)} />
          <EndMandateDialog key={ending?.id ?? 'none'} networkId={networkId} mandate={ending} onClose={() => setEnding(null)} />
        </>
      )}
    </Stack>
  );
}
