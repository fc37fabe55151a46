import { Anchor, Badge, Button, Group, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { ROLES } from '@/components/scope-inputs';
import { isAdmin } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { USERS_PAGE_SIZE, useUsers, type UsersFilters } from '@/features/users/api/get-users';

function UsersList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filters, setFilters] = useState<UsersFilters>({ page: 1 });
  const [q, setQ] = useState('');
  const users = useUsers(filters);
  const pages = Math.max(1, Math.ceil((users.data?.total ?? 0) / USERS_PAGE_SIZE));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('admin.usersTitle')}</Title>
        <Button component={Link} to="/admin/users/new">
          {t('admin.createUser')}
        </Button>
      </Group>
      <Group align="end">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setFilters((f) => ({ ...f, q: q.trim() || undefined, page: 1 }));
          }}
        >
          <Group align="end" gap="xs">
            <TextInput label={t('directory.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} type="search" />
            <Button type="submit">{t('directory.searchButton')}</Button>
          </Group>
        </form>
        <Select
          label={t('admin.role')}
          clearable
          placeholder={t('common.all')}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={filters.role ?? null}
          onChange={(role) => setFilters((f) => ({ ...f, role: role ?? undefined, page: 1 }))}
        />
      </Group>
      {users.isError && <QueryError error={users.error} />}
      {users.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {users.data && (
        <>
          <Text>{t('admin.userCount', { count: users.data.total, formatted: fmt.number(users.data.total) })}</Text>
          <Table.ScrollContainer minWidth={700}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.displayName')}</Table.Th>
                  <Table.Th>{t('auth.email')}</Table.Th>
                  <Table.Th>{t('admin.roles')}</Table.Th>
                  <Table.Th>{t('admin.regions')}</Table.Th>
                  <Table.Th>{t('admin.lastSignIn')}</Table.Th>
                  <Table.Th>{t('fields.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/admin/users/${u.id}`}>
                        {u.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td dir="ltr">{u.email}</Table.Td>
                    <Table.Td>{u.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ')}</Table.Td>
                    <Table.Td>{u.regions.map((r) => (r === 'national' ? t('roles.national') : r)).join(', ')}</Table.Td>
                    <Table.Td>{fmt.dateTime(u.lastSignInAt)}</Table.Td>
                    <Table.Td>
                      {u.disabled ? (
                        <Badge color="gray">{t('admin.disabled')}</Badge>
                      ) : (
                        <Badge color="teal" variant="light">
                          {t('admin.enabled')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
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

export function UsersRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <UsersList />
    </RequireAccess>
  );
}
