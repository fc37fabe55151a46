import { Paper, Text } from '@mantine/core';

/** A key figure: its label above it, in a bordered card (the dashboard, a program's donor report). */
export function Kpi({ label, value, size = 28 }: { label: string; value: string; size?: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={size} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
