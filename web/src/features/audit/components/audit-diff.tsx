import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffJson } from '@/features/audit/components/json-diff';

export function AuditDiff({ before, after }: { before?: string | null; after?: string | null }) {
  const { t } = useTranslation();
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = diffJson(before, after).filter((r) => !onlyChanged || r.changed);
  return (
    <Stack gap="xs">
      <Checkbox label={t('audit.onlyChanged')} checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('audit.noChanges')}
        </Text>
      ) : (
        <Table withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.field')}</Table.Th>
              <Table.Th>{t('audit.before')}</Table.Th>
              <Table.Th>{t('audit.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.path}>
                <Table.Td dir="ltr" ff="monospace">
                  {r.path}
                </Table.Td>
                <Table.Td className={r.changed && r.before !== undefined ? 'diff-removed' : undefined} dir="auto">
                  {r.before ?? '—'}
                </Table.Td>
                <Table.Td className={r.changed && r.after !== undefined ? 'diff-added' : undefined} dir="auto">
                  {r.after ?? '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
