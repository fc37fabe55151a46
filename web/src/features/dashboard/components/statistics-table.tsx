import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperativeStatistics } from '@/lib/api/schema-types';
import { useFormat } from '@/lib/i18n/format';
import { ScrollTable } from '@/components/scroll-table';

export function StatisticsTable({ stats, caption }: { stats: CooperativeStatistics; caption: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <ScrollTable minWidth={480} label={caption}>
      <Table striped withTableBorder captionSide="top">
        <caption>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`dashboard.groupBy.${stats.groupBy}`)}</Table.Th>
            <Table.Th>{t('dashboard.cooperatives')}</Table.Th>
            <Table.Th>{t('dashboard.members')}</Table.Th>
            <Table.Th>{t('dashboard.women')}</Table.Th>
            <Table.Th>{t('dashboard.youth')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{fmt.name(r) || r.key}</Table.Td>
              <Table.Td>{fmt.number(r.cooperatives)}</Table.Td>
              <Table.Td>{fmt.number(r.members)}</Table.Td>
              <Table.Td>{fmt.number(r.women)}</Table.Td>
              <Table.Td>{fmt.number(r.youth)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('dashboard.total')}</Table.Th>
            <Table.Th>{fmt.number(stats.totals.cooperatives)}</Table.Th>
            <Table.Th>{fmt.number(stats.totals.members)}</Table.Th>
            <Table.Th>{fmt.number(stats.totals.women)}</Table.Th>
            <Table.Th>{fmt.number(stats.totals.youth)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollTable>
  );
}
