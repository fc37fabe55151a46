import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { etagOf } from '@/lib/api/versioned';
import { applicationQueryKey } from '@/features/programs/api/get-application';
import { invalidateApplicationViews } from '@/features/programs/api/invalidate';

export type SubmitApplicationInput = { id: string; etag: string | null };

/**
 * Files a draft before the deadline: eligibility is checked at once (the answer is eligible or ineligible with its
 * reasons). 422 application.documents_missing lists `missingDocuments`; 409 call.closed after the deadline.
 */
export async function submitApplication({ id, etag }: SubmitApplicationInput) {
  const result = await api.POST('/api/v1/applications/{id}/submit', {
    params: { path: { id } },
    headers: etag ? { 'If-Match': etag } : {},
  });
  return { application: unwrap(result), etag: etagOf(result) };
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitApplication,
    onSuccess: (data, { id }) => {
      queryClient.setQueryData(applicationQueryKey(id), data);
      invalidateApplicationViews(queryClient);
    },
  });
}
