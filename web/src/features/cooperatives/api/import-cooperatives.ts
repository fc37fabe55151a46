import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { CooperativeImportReport } from '@/lib/api/schema-types';

export type ImportInput = { file: Blob; dryRun: boolean };

/**
 * Sends the CSV as the request body (text/csv). 200 → the report; 422 → a problem whose
 * extensions carry the same report (imported, rejected, errors by row), returned as a report.
 */
export async function importCooperatives({ file, dryRun }: ImportInput): Promise<CooperativeImportReport> {
  const { data, error, response } = await api.POST('/api/v1/cooperatives/import', {
    params: { query: { dryRun } },
    body: file as unknown as string,
    headers: { 'Content-Type': 'text/csv' },
    bodySerializer: (body) => body as unknown as BodyInit,
  });
  if (response.ok && data) return data;
  const problem = error as (Problem & Partial<CooperativeImportReport>) | undefined;
  if (response.status === 422 && problem && Array.isArray(problem.errors)) {
    return {
      imported: problem.imported ?? 0,
      rejected: problem.rejected ?? 0,
      dryRun,
      errors: problem.errors,
    };
  }
  throw new ApiError(response.status, problem);
}

export function useImportCooperatives() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCooperatives,
    onSuccess: (report) => {
      if (!report.dryRun && report.imported > 0) void queryClient.invalidateQueries({ queryKey: ['cooperatives'] });
    },
  });
}
