import {
  Alert,
  CloseButton,
  createTheme,
  Drawer,
  Modal,
  MultiSelect,
  Notification,
  Pagination,
  PasswordInput,
  Select,
  TagsInput,
  type MantineThemeOverride,
} from '@mantine/core';
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
 */
export function translatedTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.close') };
  const clear = { 'aria-label': t('common.clear') };
  return createTheme({
    ...base,
    components: {
      PasswordInput: PasswordInput.extend({
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
      }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: close } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: close } }),
      Alert: Alert.extend({ defaultProps: { closeButtonLabel: t('common.close') } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: close } }),
      CloseButton: CloseButton.extend({ defaultProps: close }),
      Select: Select.extend({ defaultProps: { clearButtonProps: clear } }),
      MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps: clear } }),
      TagsInput: TagsInput.extend({ defaultProps: { clearButtonProps: clear } }),
      Pagination: Pagination.extend({
        defaultProps: {
          getControlProps: (control: 'first' | 'previous' | 'last' | 'next') => ({ 'aria-label': t(`pagination.${control}`) }),
          getItemProps: (page: number) => ({ 'aria-label': t('pagination.page', { page }) }),
        },
      }),
    },
  });
}
