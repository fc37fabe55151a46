import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, type Problem } from '@/lib/api/problem';
import type { Language } from '@/lib/api/schema-types';

export async function changeLanguage(language: Language): Promise<void> {
  const { error, response } = await api.PUT('/api/v1/users/me/language', { body: { language } });
  if (!response.ok) throw new ApiError(response.status, error as Problem | undefined);
}

export function useChangeLanguage() {
  return useMutation({ mutationFn: changeLanguage });
}
