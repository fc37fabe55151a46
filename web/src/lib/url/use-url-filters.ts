import { useCallback, useMemo } from 'react';
import { useSearchParamsUpdater } from '@/lib/url/use-search-params-updater';

export type UrlFilters<K extends string> = Partial<Record<K, string>> & { page?: number };

/**
 * A directory's filters kept in the page URL (so every view is a shareable link). Any change other
 * than the page starts again at page 1.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, change] = useSearchParamsUpdater();
  const keyList = keys.join(',');
  const filters = useMemo(() => {
    const out: Partial<Record<K, string>> & { page?: number } = {};
    for (const key of keyList.split(',') as K[]) {
      const value = params.get(key);
      if (value) (out as Record<string, string>)[key] = value;
    }
    const page = Number(params.get('page') ?? '1');
    out.page = Number.isInteger(page) && page > 1 ? page : 1;
    return out as UrlFilters<K>;
  }, [params, keyList]);

  const update = useCallback(
    (patch: Partial<Record<K | 'page', string | number | undefined | null>>) => {
      change((next) => {
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in patch) || next.get('page') === '1') next.delete('page');
        return next;
      });
    },
    [change],
  );

  const reset = useCallback(() => change(() => new URLSearchParams()), [change]);
  return { filters, update, reset };
}
