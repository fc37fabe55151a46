import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

/** The donor report: applications by status, beneficiaries, support by axis and kind, indicators against targets. */
export async function getProgramReport(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/programs/{id}/report', { params: { path: { id } }, signal }));
}

export const getProgramReportQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['programs', 'detail', id, 'report'], queryFn: ({ signal }) => getProgramReport(id, signal) });

export function useProgramReport(id: string) {
  return useQuery(getProgramReportQueryOptions(id));
}

/** The same report as a CSV download (a plain link). */
export function programReportCsvUrl(id: string): string {
  return `/api/v1/programs/${id}/report.csv`;
}
