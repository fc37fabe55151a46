import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RegisterCooperativeCommand } from '@/lib/api/schema-types';

export async function registerCooperative(body: RegisterCooperativeCommand) {
  return unwrap(await api.POST('/api/v1/cooperatives', { body }));
}

export function useRegisterCooperative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerCooperative,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cooperatives'] }),
  });
}
