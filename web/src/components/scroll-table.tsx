import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own box below its minimum width (a phone). The box can take the keyboard's
 * focus and is named after the table, so a person without a touch screen or mouse can scroll it too (axe:
 * scrollable-region-focusable).
 */
export function ScrollTable({ minWidth, label, children }: { minWidth: number; label?: string; children: ReactNode }) {
  return (
    <Table.ScrollContainer minWidth={minWidth} scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': label } }}>
      {children}
    </Table.ScrollContainer>
  );
}
