import { Card, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import badges from '@/components/fit-badges.module.css';
import classes from '@/components/list-table.module.css';
import { usePhone } from '@/components/use-phone';

export type ListColumn<T> = {
  key: string;
  label: ReactNode;
  render: (row: T) => ReactNode;
  /** Left out of the phone card (e.g. a detail the card's title already shows). */
  hideOnCard?: boolean;
};

type Props<T> = {
  items: readonly T[];
  rowKey: (row: T) => string;
  /** The first column is the card's title on a phone; the others follow as "label: value" lines. */
  columns: readonly ListColumn<T>[];
  /** The table's minimum width on a wider screen (it scrolls inside its own box below that). */
  minWidth?: number;
  caption?: ReactNode;
  /** data-testid of each table row and each card. */
  rowTestId?: string;
  testId?: string;
};

/**
 * A list shown as a table on a wider screen and as a stack of cards on a phone (under ~600 px), so every column
 * (name, region, sector, status…) stays visible without scrolling sideways.
 */
export function ListTable<T>({ items, rowKey, columns, minWidth = 700, caption, rowTestId, testId }: Props<T>) {
  const phone = usePhone();
  const [first, ...rest] = columns;
  if (!first) return null;

  if (phone) {
    return (
      <Stack component="ul" gap="sm" className={`${classes.cards} ${badges.fit}`} data-testid={testId} data-view="cards">
        {items.map((row) => (
          <Card key={rowKey(row)} component="li" withBorder padding="sm" className={classes.card} data-testid={rowTestId}>
            <div className={classes.field}>{first.render(row)}</div>
            <Stack gap={6} mt="xs">
              {rest
                .filter((c) => !c.hideOnCard)
                .map((c) => (
                  <div key={c.key} className={classes.field}>
                    <Text size="xs" c="dimmed" fw={500}>
                      {c.label}
                    </Text>
                    <div>{c.render(row)}</div>
                  </div>
                ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={minWidth}>
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
    </Table.ScrollContainer>
  );
}
