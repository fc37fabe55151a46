import { Loader, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's spinner, named "loading" in the reader's language. It is an indeterminate progress bar for assistive
 * technology: Mantine draws it as a plain span, which may not carry a label (axe: aria-prohibited-attr, serious).
 */
export function Busy({ size }: { size?: MantineSize }) {
  const { t } = useTranslation();
  return <Loader size={size} role="progressbar" aria-label={t('common.loading')} />;
}
