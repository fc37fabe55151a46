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
          entityType: f.entityType || undefined,
          entityId: f.entityId || undefined,
          actor: f.actor || undefined,
          from: f.from ? `${f.from}T00:00:00Z` : undefined,
          to: f.to ? `${f.to}T23:59:59Z` : undefined,
          page: f.page ?? 1,
          pageSize: AUDIT_PAGE_SIZE,
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
