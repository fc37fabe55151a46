import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { isAdmin } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useApiKeys } from '@/features/api-keys/api/get-api-keys';
import { useRevokeApiKey } from '@/features/api-keys/api/revoke-api-key';
import { CreateApiKeyForm } from '@/features/api-keys/components/create-api-key-form';

function ApiKeys() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  return (
    <Stack>
      <Title order={1}>{t('apiKeys.title')}</Title>
      {keys.isError && <QueryError error={keys.error} />}
      {keys.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {keys.data && keys.data.length === 0 && <Text c="dimmed">{t('apiKeys.none')}</Text>}
      {keys.data && keys.data.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('apiKeys.name')}</Table.Th>
                <Table.Th>{t('apiKeys.prefix')}</Table.Th>
                <Table.Th>{t('admin.roles')}</Table.Th>
                <Table.Th>{t('admin.regions')}</Table.Th>
                <Table.Th>{t('apiKeys.createdAt')}</Table.Th>
                <Table.Th>{t('apiKeys.lastUsedAt')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{k.name}</Table.Td>
                  <Table.Td dir="ltr" ff="monospace">
                    {k.prefix}
                  </Table.Td>
                  <Table.Td>{k.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</Table.Td>
                  <Table.Td>{k.regions.map((r) => (r === 'national' ? t('roles.national') : r)).join(', ')}</Table.Td>
                  <Table.Td>{fmt.dateTime(k.createdAt)}</Table.Td>
                  <Table.Td>{fmt.dateTime(k.lastUsedAt) || t('common.none')}</Table.Td>
                  <Table.Td>
                    {k.revokedAt ? (
                      <Badge color="gray">{t('apiKeys.revoked')}</Badge>
                    ) : (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        loading={revoke.isPending && revoke.variables === k.id}
                        onClick={() => {
                          if (window.confirm(t('apiKeys.confirmRevoke', { name: k.name }))) revoke.mutate(k.id);
                        }}
                      >
                        {t('apiKeys.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('apiKeys.create')}
        </Title>
        <CreateApiKeyForm />
      </Card>
    </Stack>
  );
}

export function ApiKeysRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <ApiKeys />
    </RequireAccess>
  );
}
