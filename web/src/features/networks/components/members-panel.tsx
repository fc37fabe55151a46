import { Anchor, Badge, Button, Group, Switch, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import type { NetworkMember } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { useNetworkMembers } from '@/features/networks/api/get-network-members';
import { AddMemberDialog } from '@/features/networks/components/add-member-dialog';
import { LeaveDialog } from '@/features/networks/components/leave-dialog';
import { LocalizedText } from '@/components/localized-text';

type Props = { networkId: string; canManage: boolean };

export function MembersPanel({ networkId, canManage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [showFormer, setShowFormer] = useState(false);
  const members = useNetworkMembers(networkId, !showFormer);
  const [addOpen, add] = useDisclosure(false);
  const [leaving, setLeaving] = useState<NetworkMember | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Switch
          label={t('networks.showFormer')}
          checked={showFormer}
          onChange={(e) => setShowFormer(e.currentTarget.checked)}
        />
        {canManage && <Button onClick={add.open}>{t('networks.addMember')}</Button>}
      </Group>
      {members.isError && <QueryError error={members.error} onRetry={() => void members.refetch()} />}
      {members.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {members.data && members.data.length === 0 && <Text c="dimmed">{t('networks.noMembers')}</Text>}
      {members.data && members.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="members-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('networks.memberType')}</Table.Th>
                <Table.Th>{t('networks.joinedOn')}</Table.Th>
                {showFormer && <Table.Th>{t('networks.leftOn')}</Table.Th>}
                {canManage && <Table.Th aria-label={t('networks.actions')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={m.memberType === 'cooperative' ? `/cooperatives/${m.memberId}` : `/organisations/${m.memberId}`}
                    >
                      <LocalizedText value={m} />
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={m.memberType === 'cooperative' ? 'teal' : 'blue'}>
                      {t(`memberType.${m.memberType}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{fmt.date(m.joinedOn)}</Table.Td>
                  {showFormer && (
                    <Table.Td>
                      {m.leftOn ? (
                        <>
                          {fmt.date(m.leftOn)}
                          {m.leaveReason && (
                            <Text size="xs" c="dimmed">
                              {m.leaveReason}
                            </Text>
                          )}
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  )}
                  {canManage && (
                    <Table.Td>
                      {!m.leftOn && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setLeaving(m)}
                          aria-label={t('networks.endMembershipOf', { name: fmt.name(m) })}
                        >
                          {t('networks.endMembership')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && (
        <>
          <AddMemberDialog networkId={networkId} opened={addOpen} onClose={add.close} />
          <LeaveDialog networkId={networkId} member={leaving} onClose={() => setLeaving(null)} />
        </>
      )}
    </Stack>
  );
}
