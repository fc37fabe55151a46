import { Alert, Button, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What the confirmation and reset pages end with: the outcome, and the way to sign in. */
export function SignInNext({ title, children, next }: { title: string; children: ReactNode; next?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="teal" role="status" title={title}>
        {children}
      </Alert>
      <Button component={Link} to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'} size="md" mih={44}>
        {t('auth.signIn')}
      </Button>
    </>
  );
}

/** The address and the 6-digit code from the e-mail (or the number and the code from the SMS), for whoever cannot follow its link on this device. */
export function EmailAndCodeFields({ email, code }: { email: GetInputPropsReturnType; code: GetInputPropsReturnType }) {
  return (
    <>
      <AccountAddressField address={email} />
      <CodeField code={code} />
    </>
  );
}

/**
 * "E-mail address or mobile number" in one field: one thing to understand on a small screen, and the keyboard that
 * has both `@` and the digits. Both are written left to right, so what is typed is LTR even in Arabic (the label keeps
 * the page's direction).
 */
export function AccountAddressField({ address, autoComplete = 'username' }: { address: GetInputPropsReturnType; autoComplete?: string }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('auth.emailOrPhone')}
      description={t('auth.emailOrPhoneHint')}
      type="text"
      inputMode="email"
      styles={{ input: { direction: 'ltr' } }}
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      autoComplete={autoComplete}
      required
      {...address}
    />
  );
}

/** The 6-digit code field alone (a claim's code goes to the registry's contact, not to the account's address). */
export function CodeField({ code, label }: { code: GetInputPropsReturnType; label?: string }) {
  const { t } = useTranslation();
  return <TextInput label={label ?? t('verifyAccount.code')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required {...code} />;
}
