import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ChangeRegistryContactConsentCommand } from '@/lib/api/schema-types';

/** How a contact can express a consent staff record (ADR 0024), as ChangeRegistryContactConsent accepts them. */
export const CONSENT_METHODS = ['signed-form', 'phone-call', 'in-person', 'written-message'] as const;
export const CONSENT_CHANNELS = ['email', 'sms'] as const;

export const registryContactConsentKeys = {
  of: (cooperativeId: string) => ['notifications', 'registry-contact-consent', cooperativeId] as const,
};

/** A cooperative's registry contact's consent to announcements, per channel, with its proof (staff of its region). */
export async function getRegistryContactConsent(cooperativeId: string, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/notifications/registry-contacts/{cooperativeId}/consent', {
      params: { path: { cooperativeId } },
      signal,
    }),
  );
}

export function useRegistryContactConsent(cooperativeId: string) {
  return useQuery({
    queryKey: registryContactConsentKeys.of(cooperativeId),
    queryFn: ({ signal }) => getRegistryContactConsent(cooperativeId, signal),
  });
}

export type ChangeRegistryContactConsentInput = { cooperativeId: string; body: ChangeRegistryContactConsentCommand };

/** Records that the contact gave or withdrew consent on the channels named, how and when; the answer is the new state. */
export async function changeRegistryContactConsent({ cooperativeId, body }: ChangeRegistryContactConsentInput) {
  return unwrap(
    await api.POST('/api/v1/notifications/registry-contacts/{cooperativeId}/consent', {
      params: { path: { cooperativeId } },
      body,
    }),
  );
}

export function useChangeRegistryContactConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeRegistryContactConsent,
    onSuccess: (consent) => queryClient.setQueryData(registryContactConsentKeys.of(consent.cooperativeId), consent),
  });
}
