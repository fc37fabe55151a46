import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export type AuditFilters = { entityType?: string; entityId?: string; actor?: string; from?: string; to?: string; page?: number };
export const AUDIT_PAGE_SIZE = 25;

export async function getAudit(f: AuditFilters, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/audit', {
      params: {
        query: {
          EntityType: f.entityType || undefined,
          EntityId: f.entityId || undefined,
          Actor: f.actor || undefined,
          From: f.from ? `${f.from}T00:00:00Z` : undefined,
          To: f.to ? `${f.to}T23:59:59Z` : undefined,
          Page: f.page ?? 1,
          PageSize: AUDIT_PAGE_SIZE,
        },
      },
      signal,
    }),
  );
}

export const getAuditQueryOptions = (f: AuditFilters) =>
  queryOptions({ queryKey: ['audit', f], queryFn: ({ signal }) => getAudit(f, signal), placeholderData: keepPreviousData });

export function useAudit(f: AuditFilters) {
  return useQuery(getAuditQueryOptions(f));
}
