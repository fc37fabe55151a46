import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { countActive } from '@/components/active-filters';
import { FiltersPanel, SearchForm } from '@/components/filters-panel';
import { preloadable, wideScreen } from '@/components/preloadable';
import { PHONE_QUERY } from '@/components/use-phone';
import type { DirectoryFilters } from '@/features/cooperatives/api/get-cooperatives';
import { Busy } from '@/components/busy';

export { SORTS } from '@/features/cooperatives/components/directory-sorts';

// The selects (comboboxes, popovers, their positioning code) are a chunk of their own: on a phone they wait for the
// filters drawer to open; a wider screen, which shows them at once, fetches them as soon as this module loads.
const controls = preloadable(
  async () => (await import('@/features/cooperatives/components/directory-filter-controls')).DirectoryFilterControls,
);
const DirectoryFilterControls = controls.Component;
if (wideScreen(PHONE_QUERY)) void controls.preload().catch(() => undefined);

type Props = { filters: DirectoryFilters; onChange: (patch: Partial<DirectoryFilters>) => void; onReset: () => void };

export function DirectoryFiltersBar({ filters, onChange, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <FiltersPanel
      search={<SearchForm q={filters.q} onSearch={(q) => onChange({ q })} placeholder={t('directory.searchPlaceholder')} />}
      activeCount={countActive(filters, ['region', 'province', 'sector', 'status', 'womenLed'])}
      onReset={onReset}
    >
      <Suspense fallback={<Busy size="sm" />}>
        <DirectoryFilterControls filters={filters} onChange={onChange} />
      </Suspense>
    </FiltersPanel>
  );
}
