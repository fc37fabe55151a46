import { Badge, Button, Group, Stack, TextInput, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from '@/components/filters-panel.module.css';
import { usePhone } from '@/components/use-phone';
import { useFormat } from '@/lib/i18n/format';
import { Busy } from '@/components/busy';

type SearchProps = {
  /** The search text in the URL. */
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
};

/** The search box and its button; on a phone it takes the whole width. */
export function SearchForm({ q: urlQ, onSearch, placeholder }: SearchProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [q, setQ] = useState(urlQ ?? '');
  useEffect(() => setQ(urlQ ?? ''), [urlQ]);
  return (
    <form
      role="search"
      className={phone ? classes.searchForm : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(q.trim() || undefined);
      }}
    >
      <Group align="end" gap="xs" wrap="nowrap">
        <TextInput
          label={t('directory.search')}
          placeholder={placeholder}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          type="search"
          w={phone ? undefined : 260}
          className={phone ? classes.searchInput : undefined}
        />
        <Button type="submit">{t('directory.searchButton')}</Button>
      </Group>
    </form>
  );
}

// The drawer (a modal: focus trap, scroll lock, portal, transitions) is downloaded when it is first opened, so the first
// visit of a list on a phone does not pay for it (issue 16).
const FiltersDrawer = lazy(async () => ({ default: (await import('@/components/filters-drawer')).FiltersDrawer }));

type Props = {
  /** Shown above the filters, also on a phone (usually the search form). */
  search?: ReactNode;
  /** The filter controls. */
  children: ReactNode;
  /** How many filters are set (the search text and the sort order excluded). */
  activeCount: number;
  onReset?: () => void;
};

/**
 * A list's filters: in a row on a wide screen; on a phone, behind a "Filters (n)" button that opens a drawer, so the
 * results start within the first screen.
 */
export function FiltersPanel({ search, children, activeCount, onReset }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const phone = usePhone();
  const [opened, { open, close }] = useDisclosure(false);
  // Once opened, the drawer stays mounted so that it can close with its transition.
  const [drawerUsed, setDrawerUsed] = useState(false);

  const reset = onReset && (
    <Button variant="subtle" onClick={onReset}>
      {t('directory.reset')}
    </Button>
  );

  if (!phone) {
    return (
      <Group align="end" gap="sm" wrap="wrap">
        {search}
        {children}
        {reset}
      </Group>
    );
  }

  return (
    <Stack gap="xs">
      {search}
      <Group gap="xs">
        <Button
          variant="default"
          onClick={() => {
            setDrawerUsed(true);
            open();
          }}
          aria-haspopup="dialog"
          data-testid="filters-button"
          rightSection={
            activeCount > 0 ? (
              <Badge size="sm" circle aria-hidden data-testid="filters-count">
                {fmt.number(activeCount)}
              </Badge>
            ) : undefined
          }
        >
          {t('directory.filters')}
          {activeCount > 0 && <VisuallyHidden>{` (${t('directory.activeFilters', { number: fmt.number(activeCount) })})`}</VisuallyHidden>}
        </Button>
        {activeCount > 0 && reset}
      </Group>
      {drawerUsed && (
        <Suspense fallback={<Busy size="sm" />}>
          <FiltersDrawer opened={opened} onClose={close} reset={reset}>
            {children}
          </FiltersDrawer>
        </Suspense>
      )}
    </Stack>
  );
}
