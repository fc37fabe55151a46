import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateCallCommand } from '@/lib/api/schema-types';

/** Opens a call in a program; times are Casablanca wall-clock times without an offset. */
export async function createCall(body: CreateCallCommand) {
  return unwrap(await api.POST('/api/v1/calls', { body }));
}

export function useCreateCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCall,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['calls'] }),
  });
}
