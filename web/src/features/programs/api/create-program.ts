import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CreateProgramCommand } from '@/lib/api/schema-types';

export async function createProgram(body: CreateProgramCommand) {
  return unwrap(await api.POST('/api/v1/programs', { body }));
}

export function useCreateProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgram,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['programs'] }),
  });
}
