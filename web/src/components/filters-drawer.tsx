import { Button, Drawer, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '@/components/filters-panel.module.css';

type Props = { opened: boolean; onClose: () => void; reset: ReactNode; children: ReactNode };

/** A list's filters on a phone: a drawer from the bottom, with "reset" and "show the results" (see FiltersPanel). */
export function FiltersDrawer({ opened, onClose, reset, children }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="bottom"
      size="auto"
      title={t('directory.filters')}
      closeButtonProps={{ 'aria-label': t('directory.closeFilters') }}
    >
      <Stack gap="sm" className={classes.drawerFilters} data-testid="filters-drawer">
        {children}
      </Stack>
      <Group justify="space-between" mt="lg">
        {reset ?? <span />}
        <Button onClick={onClose}>{t('directory.showResults')}</Button>
      </Group>
    </Drawer>
  );
}
