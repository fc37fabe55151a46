import { toApiQuery, type DirectoryFilters } from '@/features/cooperatives/api/get-cooperatives';

/** The CSV export's address for the directory's current filters (a plain download link). */
export function exportCooperativesUrl(filters: DirectoryFilters): string {
  const query = toApiQuery(filters);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || key === 'Sort' || key === 'Page' || key === 'PageSize') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api/v1/cooperatives/export${qs ? `?${qs}` : ''}`;
}
