import { createTheme, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

const base = {
  primaryColor: 'teal',
  // Shade 9 in the light scheme: white on it, and it on white, pass WCAG AA contrast (4.5:1); shade 8 did not.
  primaryShade: 9,
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Naskh Arabic', Arial, sans-serif",
  defaultRadius: 'sm',
  focusRing: 'auto',
} satisfies MantineThemeOverride;

/** The theme without translated labels (nothing rendered reads it before the catalogue is loaded). */
export const theme = createTheme(base);

/**
 * The theme with the labels Mantine writes itself ("Toggle password visibility", close and clear buttons, the
 * pagination controls) in the UI language. Rebuilt when the language changes (see AppProvider).
 * Touch-target sizes live in global.css (`@media (pointer: coarse)`): they are CSS, not props.
 * Plain objects, not `Component.extend(...)`: extend would import each component into the entry chunk (Modal, Drawer,
 * Pagination, the comboboxes…), which a phone would download before the first screen (issue 16).
 */
export function translatedTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.close') };
  const clear = { 'aria-label': t('common.clear') };
  return createTheme({
    ...base,
    components: {
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
      },
      Modal: { defaultProps: { closeButtonProps: close } },
      Drawer: { defaultProps: { closeButtonProps: close } },
      Alert: { defaultProps: { closeButtonLabel: t('common.close') } },
      Notification: { defaultProps: { closeButtonProps: close } },
      CloseButton: { defaultProps: close },
      Select: { defaultProps: { clearButtonProps: clear } },
      MultiSelect: { defaultProps: { clearButtonProps: clear } },
      TagsInput: { defaultProps: { clearButtonProps: clear } },
      Pagination: {
        defaultProps: {
          getControlProps: (control: 'first' | 'previous' | 'last' | 'next') => ({ 'aria-label': t(`pagination.${control}`) }),
          getItemProps: (page: number) => ({ 'aria-label': t('pagination.page', { page }) }),
        },
      },
    },
  });
}
