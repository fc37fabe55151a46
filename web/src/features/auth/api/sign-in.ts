import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, resetAntiforgeryToken } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { SignInCommand } from '@/lib/api/schema-types';
import { meQueryKey } from '@/lib/auth/get-me';
import { setSessionHint } from '@/lib/auth/session-hint';
import { changeLanguage } from '@/features/auth/api/change-language';
import { adoptAccountLanguage, hasRememberedLanguage, i18n, isAppLanguage } from '@/lib/i18n/i18n';

export async function signIn(input: SignInCommand) {
  const me = unwrap(await api.POST('/api/v1/auth/sign-in', { body: input }));
  resetAntiforgeryToken();
  setSessionHint();
  return me;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async (me) => {
      adoptAccountLanguage(me.language);
      // A language chosen in this browser wins over the account's; the account learns it, so the server's messages
      // (and the e-mails it sends later) are in the language on the screen.
      const shown = i18n.language;
      if (hasRememberedLanguage() && isAppLanguage(shown) && me.language !== shown && me.actorType === 'user') {
        await changeLanguage(shown).catch(() => undefined);
      }
      await queryClient.invalidateQueries();
      await queryClient.refetchQueries({ queryKey: meQueryKey });
    },
  });
}
