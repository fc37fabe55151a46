import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';

export async function getLegalForms() {
  return unwrap(await api.GET('/api/v1/reference/legal-forms'));
}

export const getLegalFormsQueryOptions = () =>
  queryOptions({ queryKey: ['reference', 'legal-forms'], queryFn: getLegalForms, staleTime: Infinity });

export function useLegalForms() {
  return useQuery(getLegalFormsQueryOptions());
}
