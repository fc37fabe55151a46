import { Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { isAdmin } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { AUDIT_PAGE_SIZE, useAudit, type AuditFilters } from '@/features/audit/api/get-audit';
import { AuditDiff } from '@/features/audit/components/audit-diff';

function AuditLog() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [filters, setFilters] = useState<AuditFilters>({ page: 1 });
  const [open, setOpen] = useState<string | null>(null);
  const audit = useAudit(filters);
  const form = useForm({ initialValues: { entityType: '', entityId: '', actor: '', from: '', to: '' } });
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / AUDIT_PAGE_SIZE));
  return (
    <Stack>
      <Title order={1}>{t('audit.title')}</Title>
      <form onSubmit={form.onSubmit((v) => setFilters({ ...v, page: 1 }))}>
        <Group align="end" wrap="wrap">
          <TextInput label={t('audit.entityType')} placeholder="cooperative" dir="ltr" {...form.getInputProps('entityType')} />
          <TextInput label={t('audit.entityId')} dir="ltr" {...form.getInputProps('entityId')} />
          <TextInput label={t('audit.actor')} {...form.getInputProps('actor')} />
          <TextInput type="date" label={t('audit.from')} {...form.getInputProps('from')} />
          <TextInput type="date" label={t('audit.to')} {...form.getInputProps('to')} />
          <Button type="submit">{t('audit.filter')}</Button>
        </Group>
      </form>
      {audit.isError && <QueryError error={audit.error} />}
      {audit.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {audit.data && (
        <>
          <Text>{t('audit.count', { count: audit.data.total, formatted: fmt.number(audit.data.total) })}</Text>
          <Table.ScrollContainer minWidth={800}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.when')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.operation')}</Table.Th>
                  <Table.Th>{t('audit.entity')}</Table.Th>
                  <Table.Th>{t('audit.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((e) => (
                  <Fragment key={e.id}>
                    <Table.Tr>
                      <Table.Td>{fmt.dateTime(e.occurredAt)}</Table.Td>
                      <Table.Td>
                        {e.actorName}{' '}
                        <Text span c="dimmed" size="xs">
                          ({e.actorType})
                        </Text>
                      </Table.Td>
                      <Table.Td dir="ltr">{e.operation}</Table.Td>
                      <Table.Td dir="ltr" ff="monospace" fz="xs">
                        {e.entityType}
                        {e.entityId ? ` ${e.entityId}` : ''}
                      </Table.Td>
                      <Table.Td>
                        {(e.before || e.after) && (
                          <Button
                            size="xs"
                            variant="subtle"
                            aria-expanded={open === e.id}
                            onClick={() => setOpen(open === e.id ? null : e.id)}
                          >
                            {open === e.id ? t('audit.hide') : t('audit.show')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {open === e.id && (
                      <Table.Tr>
                        <Table.Td colSpan={5}>
                          <AuditDiff before={e.before} after={e.after} />
                        </Table.Td>
                      </Table.Tr>
                    )}
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

export function AuditRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <AuditLog />
    </RequireAccess>
  );
}
