import { useCallback, useMemo } from 'react';
import { useSearchParamsUpdater } from '@/lib/url/use-search-params-updater';
import type { DirectoryFilters } from '@/features/cooperatives/api/get-cooperatives';

const KEYS = ['q', 'region', 'province', 'sector', 'status', 'womenLed', 'sort', 'page'] as const;

export function readFilters(params: URLSearchParams): DirectoryFilters {
  const page = Number(params.get('page') ?? '1');
  return {
    q: params.get('q') ?? undefined,
    region: params.get('region') ?? undefined,
    province: params.get('province') ?? undefined,
    sector: params.get('sector') ?? undefined,
    status: params.get('status') ?? undefined,
    womenLed: params.get('womenLed') === 'true' ? true : undefined,
    sort: params.get('sort') ?? undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The directory's filters live in the URL query, so every view is a shareable link. */
export function useDirectoryFilters() {
  const [params, change] = useSearchParamsUpdater();
  const filters = useMemo(() => readFilters(params), [params]);

  const update = useCallback(
    (patch: Partial<DirectoryFilters>) => {
      change((next) => {
        for (const key of KEYS) {
          if (!(key in patch)) continue;
          const value = patch[key];
          if (value === undefined || value === null || value === '' || value === false) next.delete(key);
          else next.set(key, String(value));
        }
        // Any change other than the page itself starts again at page 1.
        if (!('page' in patch)) next.delete('page');
        if (next.get('page') === '1') next.delete('page');
        return next;
      });
    },
    [change],
  );

  const reset = useCallback(() => change(() => new URLSearchParams()), [change]);
  return { filters, update, reset };
}
