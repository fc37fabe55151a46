import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, antiforgeryHeader } from '@/lib/api/client';
import { ApiError, unwrap, type Problem } from '@/lib/api/problem';
import type { ClaimDecision, ClaimDetails } from '@/lib/api/schema-types';
import { meQueryKey } from '@/lib/auth/get-me';
import { noteWrite } from '@/lib/api/fresh-after-write';

export const claimKeys = {
  all: ['claims'] as const,
  mine: ['claims', 'mine'] as const,
  queue: (page: number) => ['claims', 'queue', page] as const,
  managers: (cooperativeId: string) => ['claims', 'managers', cooperativeId] as const,
};

export type ClaimInput = {
  registrationNumber: string;
  proof?: File;
  /** Called with 0–100 as the certificate leaves the phone. */
  onProgress?: (percent: number) => void;
};

/**
 * Sends the claim as a multipart form with XMLHttpRequest (fetch reports no upload progress): the registration number,
 * and the certificate when the registry has no contact for the cooperative.
 */
export async function claimCooperative(input: ClaimInput): Promise<ClaimDetails> {
  const form = new FormData();
  form.append('registrationNumber', input.registrationNumber);
  if (input.proof) form.append('proof', input.proof, input.proof.name);
  const { headerName, token } = await antiforgeryHeader();
  return new Promise<ClaimDetails>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/cooperative-claims');
    xhr.withCredentials = true;
    xhr.setRequestHeader(headerName, token);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) input.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201) {
        noteWrite();
        resolve(body as ClaimDetails);
      } else reject(new ApiError(xhr.status, body as Problem | undefined));
    };
    xhr.onerror = () => reject(new ApiError(0, undefined));
    xhr.send(form);
  });
}

export function useClaimCooperative() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: claimCooperative, onSuccess: () => void queryClient.invalidateQueries({ queryKey: claimKeys.mine }) });
}

/** The code proves the claim: the answer comes with a fresh session cookie, so the caller is read again. */
export function useProveClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ claimId, code }: { claimId: string; code: string }) =>
      unwrap(await api.POST('/api/v1/cooperative-claims/{claimId}/code', { params: { path: { claimId } }, body: { code } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: claimKeys.mine });
    },
  });
}

/** The signed-in account's own claims, newest first. */
export function useMyClaims(enabled = true) {
  return useQuery({
    queryKey: claimKeys.mine,
    enabled,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cooperative-claims', { params: { query: { mine: true, pageSize: 50 } }, signal })),
  });
}

/** Staff: the claims of their regions waiting for a decision, oldest first. */
export function useClaimQueue(page: number) {
  return useQuery({
    queryKey: claimKeys.queue(page),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/cooperative-claims', { params: { query: { page, pageSize: 20 } }, signal })),
  });
}

export function useDecideClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ claimId, decision, reason }: { claimId: string; decision: ClaimDecision; reason?: string }) =>
      unwrap(await api.POST('/api/v1/cooperative-claims/{claimId}/decision', { params: { path: { claimId } }, body: { decision, reason: reason ?? null } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: claimKeys.all }),
  });
}

/** The accounts managing a cooperative (its managers and staff of its region may read them). */
export function useCooperativeManagers(cooperativeId: string) {
  return useQuery({
    queryKey: claimKeys.managers(cooperativeId),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/cooperatives/{cooperativeId}/managers', { params: { path: { cooperativeId } }, signal })),
  });
}

/** The signed-in manager leaves; her session continues without the cooperative. */
export function useLeaveCooperative(cooperativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE('/api/v1/cooperatives/{cooperativeId}/managers/me', { params: { path: { cooperativeId } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      await queryClient.invalidateQueries({ queryKey: claimKeys.managers(cooperativeId) });
    },
  });
}

/** Staff take a manager off the cooperative. */
export function useRevokeManager(cooperativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      unwrap(await api.DELETE('/api/v1/cooperatives/{cooperativeId}/managers/{userId}', { params: { path: { cooperativeId, userId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: claimKeys.managers(cooperativeId) }),
  });
}
