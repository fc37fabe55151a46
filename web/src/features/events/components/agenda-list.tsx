import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { titleOf } from '@/lib/i18n/format';
import type { AgendaItem } from '@/lib/api/schema-types';
import { LocalizedText } from '@/components/localized-text';

/** The agenda: local time (Casablanca) and what happens, in the UI language where given. */
export function AgendaList({ agenda }: { agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation();
  if (agenda.length === 0) return <Text c="dimmed">{t('events.agenda.none')}</Text>;
  return (
    <Table data-testid="event-agenda">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={100}>{t('events.agenda.time')}</Table.Th>
          <Table.Th>{t('events.agenda.item')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {agenda.map((item, i) => (
          <Table.Tr key={`${item.time ?? ''}-${i}`}>
            <Table.Td>
              <bdi>{item.time ?? '—'}</bdi>
            </Table.Td>
            <Table.Td>
              <LocalizedText value={titleOf(item)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
