import { Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A left-to-right run (registration number, code, phone number) inside text that may be right to left: a `<bdi>`
 * laid out LTR that never wraps at its hyphens (global.css `.latin-run`), so `01-2014-000041` never reads
 * "-01-2014 / 000041" in Arabic.
 */
export function LatinRun({ children, monospace = false, ...props }: TextProps & { children: ReactNode; monospace?: boolean }) {
  return (
    <Text component="bdi" dir="ltr" className="latin-run" ff={monospace ? 'monospace' : undefined} inherit={!props.size} {...props}>
      {children}
    </Text>
  );
}
