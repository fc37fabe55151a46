import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestPasswordResetCommand, ResetPasswordCommand, SignUpCommand, VerifyAccountCommand } from '@/lib/api/schema-types';

/** Creates an account waiting for its address; the answer is the same whether or not the address had one. */
export function useSignUp() {
  return useMutation({ mutationFn: async (body: SignUpCommand) => unwrap(await api.POST('/api/v1/auth/sign-up', { body })) });
}

/** Confirms a new account with the link's token, or the address and the 6-digit code. */
export function useVerifyAccount() {
  return useMutation({ mutationFn: async (body: VerifyAccountCommand) => unwrap(await api.POST('/api/v1/auth/verify', { body })) });
}

/** Sends a reset link and code to the address if it has an account; the same answer either way. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: async (body: RequestPasswordResetCommand) => unwrap(await api.POST('/api/v1/auth/password-reset', { body })) });
}

/** Sets a new password with the link's token, or the address and the code; every session of the account ends. */
export function useResetPassword() {
  return useMutation({ mutationFn: async (body: ResetPasswordCommand) => unwrap(await api.POST('/api/v1/auth/password-reset/confirm', { body })) });
}
