import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCooperativeManagers, useLeaveCooperative, useRevokeManager } from '@/features/claims/api/claims';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';

/**
 * A cooperative's managers on its page: "leave" for the signed-in manager herself, "revoke" for staff of its region
 * (and admins). Shown to those who may read the list (its managers, staff of its region).
 */
export function CooperativeManagers({ cooperativeId }: { cooperativeId: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const managers = useCooperativeManagers(cooperativeId);
  const leave = useLeaveCooperative(cooperativeId);
  const revoke = useRevokeManager(cooperativeId);
  if (!managers.data) return null;
  // Only its managers and staff of its region read the list (anyone else gets 404 and sees nothing): staff here are its region's.
  const staff = isStaff(me);
  const failed = leave.error ?? revoke.error;
  return (
    <Stack gap="xs" data-testid="cooperative-managers">
      <Title order={2} size="h4">
        {t('claims.managersTitle')}
      </Title>
      {leave.isSuccess && (
        <Alert color="teal" role="status">
          {t('claims.left')}
        </Alert>
      )}
      {managers.data.length === 0 && <Text c="dimmed">{t('claims.noManagers')}</Text>}
      {managers.data.map((m) => (
        <Card key={m.id} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>{m.displayName}</Text>
              <Text size="sm" c="dimmed" dir="ltr" ta="start">
                {m.email}
              </Text>
            </Stack>
            {m.id === me?.id ? (
              <Button color="red" variant="light" size="md" mih={44} loading={leave.isPending} onClick={() => leave.mutate()}>
                {t('claims.leave')}
              </Button>
            ) : (
              staff && (
                <Button color="red" variant="light" size="md" mih={44} loading={revoke.isPending && revoke.variables === m.id} onClick={() => revoke.mutate(m.id)}>
                  {t('claims.revoke')}
                </Button>
              )
            )}
          </Group>
        </Card>
      ))}
      {failed && (
        <Alert color="red" role="alert">
          {isApiError(failed) ? failed.message : t('common.errorText')}
        </Alert>
      )}
    </Stack>
  );
}
