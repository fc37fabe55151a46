import { Table } from '@mantine/core';
import badges from '@/components/fit-badges.module.css';
import type { ListTableProps } from '@/components/list-table';
import { ScrollTable } from '@/components/scroll-table';

/** ListTable on a wider screen: a table that scrolls inside its own box below its minimum width. */
export function ListTableView<T>({ items, rowKey, columns, minWidth = 700, caption, rowTestId, testId }: ListTableProps<T>) {
  return (
    <ScrollTable minWidth={minWidth} label={typeof caption === 'string' ? caption : undefined}>
      <Table striped highlightOnHover className={badges.fit} data-testid={testId} data-view="table">
        {caption && <caption>{caption}</caption>}
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key}>{c.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={rowTestId}>
              {columns.map((c) => (
                <Table.Td key={c.key}>{c.render(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
