import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { eventKeys } from '@/features/events/api/keys';

/** "abcd efgh-…" as typed or pasted → "ABCDEFGH…": codes are upper-case letters and digits. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/** A registration and its event by self-service code, without signing in (rate-limited by the API). */
export async function getRegistrationByCode(code: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/v1/registrations/{code}', { params: { path: { code } }, signal }));
}

export const getRegistrationByCodeQueryOptions = (code: string) =>
  queryOptions({
    queryKey: eventKeys.byCode(code),
    queryFn: ({ signal }) => getRegistrationByCode(code, signal),
    enabled: code.length > 0,
    // Each read counts against the per-address limit on code look-ups: read once, not on every focus.
    staleTime: 60_000,
    retry: false,
  });

export function useRegistrationByCode(code: string) {
  return useQuery(getRegistrationByCodeQueryOptions(code));
}

export async function cancelByCode(code: string) {
  return unwrap(await api.POST('/api/v1/registrations/{code}/cancel', { params: { path: { code } } }));
}

/** Cancels with the code; the answer lists the waitlisted registrations that took the freed seat. */
export function useCancelByCode() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelByCode,
    onSuccess: (result, code) => {
      queryClient.setQueryData(eventKeys.byCode(code), (old: Awaited<ReturnType<typeof getRegistrationByCode>> | undefined) =>
        old ? { ...old, registration: result.registration } : old,
      );
      // The registration shown is already up to date (no second look-up by code): seats and lists are read again.
      void queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
  });
}
