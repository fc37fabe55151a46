import { Suspense, useDeferredValue, useState, type ReactNode } from 'react';
import badges from '@/components/fit-badges.module.css';
import classes from '@/components/list-table.module.css';
import { preloadable, wideScreen } from '@/components/preloadable';
import { PHONE_QUERY, usePhone } from '@/components/use-phone';
import { Busy } from '@/components/busy';

export type ListColumn<T> = {
  key: string;
  label: ReactNode;
  render: (row: T) => ReactNode;
  /** Left out of the phone card (e.g. a detail the card's title already shows). */
  hideOnCard?: boolean;
};

export type ListTableProps<T> = {
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

/*
 * The table view is its own chunk: Mantine's Table brings its scroll container, and with it the positioning library
 * (~22 KB on the wire), which a phone never shows (issue 16). On a wider screen it is fetched as soon as this module
 * loads, beside the list's data.
 */
const tableView = preloadable(async () => (await import('@/components/list-table-view')).ListTableView);
const TableView = tableView.Component as <T>(props: ListTableProps<T>) => ReactNode;
if (wideScreen(PHONE_QUERY)) void tableView.preload().catch(() => undefined);

// On a cold start, the first list of a visit mounts with the rows a phone's first screen shows (with its count and its
// pager), and the others follow as a transition.
const FIRST_ROWS = 4;

// Only the first list of a visit starts short: the rows of a list opened later are usually in the cache (going back to
// the directory from a cooperative), and must all be there when it mounts, or the browser cannot put the reader back
// where she was in the list.
let coldStart = true;

/**
 * A list shown as a table on a wider screen and as a stack of cards on a phone (under ~600 px), so every column
 * (name, region, sector, status…) stays visible without scrolling sideways.
 */
export function ListTable<T>({ items, rowKey, columns, minWidth = 700, caption, rowTestId, testId }: ListTableProps<T>) {
  const phone = usePhone();
  // The rows render as a transition: React builds them in slices and the phone answers a tap in between, instead of
  // one task of a third of a second when a page of results arrives (Lighthouse's total blocking time, issue 16).
  const [startShort] = useState(() => {
    const first = coldStart;
    coldStart = false;
    return first;
  });
  const shown = useDeferredValue(items, startShort ? items.slice(0, FIRST_ROWS) : items);
  const [first, ...rest] = columns;
  if (!first) return null;

  if (phone) {
    // Plain elements styled by list-table.module.css: a page of cards is a few hundred elements, and each Mantine
    // Card, Stack or Text costs a slow phone a render of its own styles and props.
    return (
      <ul className={`${classes.cards} ${badges.fit}`} data-testid={testId} data-view="cards">
        {shown.map((row) => (
          <li key={rowKey(row)} className={classes.card} data-testid={rowTestId}>
            <div className={classes.field}>{first.render(row)}</div>
            <div className={classes.fields}>
              {rest
                .filter((c) => !c.hideOnCard)
                .map((c) => (
                  <div key={c.key} className={classes.field}>
                    <div className={classes.label}>{c.label}</div>
                    <div>{c.render(row)}</div>
                  </div>
                ))}
            </div>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Suspense fallback={<Busy size="sm" />}>
      <TableView items={shown} rowKey={rowKey} columns={columns} minWidth={minWidth} caption={caption} rowTestId={rowTestId} testId={testId} />
    </Suspense>
  );
}
