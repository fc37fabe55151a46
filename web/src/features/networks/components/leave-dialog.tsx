import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMember } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import { useEndNetworkMembership } from '@/features/networks/api/end-network-membership';

type Props = { networkId: string; member: NetworkMember | null; onClose: () => void };

export function LeaveDialog({ networkId, member, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [leftOn, setLeftOn] = useState(todayInCasablanca());
  const [reason, setReason] = useState('');
  const leave = useEndNetworkMembership();
  const errors = fieldErrorsOf(leave.error);
  const close = () => {
    leave.reset();
    setReason('');
    onClose();
  };
  const general = unfieldedProblem(t, leave.error);

  return (
    <Modal opened={member !== null} onClose={close} title={t('networks.endMembershipOf', { name: fmt.name(member) })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!member) return;
          leave.mutate(
            { networkId, membershipId: member.id, body: { leftOn: leftOn || null, reason: reason.trim() || null } },
            { onSuccess: close },
          );
        }}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('networks.leftOn')}
            required
            value={leftOn}
            onChange={(e) => setLeftOn(e.currentTarget.value)}
            error={errors.leftOn}
          />
          <Textarea
            label={t('networks.leaveReason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={leave.isPending}>
              {t('networks.endMembership')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
