import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useResetPassword } from '@/features/auth/api/account-codes';
import { EmailAndCodeFields, SignInNext } from '@/components/account-code-parts';
import { isApiError } from '@/lib/api/problem';
import { addressFieldErrorsOf, toAccountAddress } from '@/features/auth/api/account-address';

/**
 * Chooses a new password: with the e-mail's link (its token in the address) or with the address (or number) and the
 * 6-digit code, which an SMS's link fills in (`?phone=…&code=…`).
 * Every session of the account ends; the person signs in again with the new password.
 */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const reset = useResetPassword();
  const form = useForm({
    initialValues: { email: params.get('phone') ?? params.get('email') ?? '', code: params.get('code') ?? '', newPassword: '', confirm: '' },
    validate: {
      newPassword: (value) => (value.length < 12 ? t('account.passwordRule') : null),
      confirm: (value, values) => (value !== values.newPassword ? t('account.passwordsDiffer') : null),
    },
  });
  const tokenRefused = isApiError(reset.error) ? reset.error.fieldErrors.token?.join(' ') : undefined;
  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('resetPassword.title')}
        </Title>
        {reset.isSuccess ? (
          <SignInNext title={t('resetPassword.doneTitle')}>{t('resetPassword.done')}</SignInNext>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit(({ confirm: _confirm, email, ...values }) =>
              reset.mutate(token ? { token, newPassword: values.newPassword } : { ...toAccountAddress(email), ...values }, {
                onError: (e) => form.setErrors(addressFieldErrorsOf(e)),
              }),
            )}
          >
            <Stack>
              {tokenRefused && (
                <Alert color="red" role="alert">
                  {tokenRefused}{' '}
                  <Link to="/forgot-password">{t('resetPassword.askAgain')}</Link>
                </Alert>
              )}
              {!token && (
                <>
                  <Text size="sm">{t('resetPassword.codeExplain')}</Text>
                  <EmailAndCodeFields email={form.getInputProps('email')} code={form.getInputProps('code')} />
                </>
              )}
              <PasswordInput
                label={t('account.newPassword')}
                description={t('account.passwordRule')}
                autoComplete="new-password"
                required
                {...form.getInputProps('newPassword')}
              />
              <PasswordInput label={t('account.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
              <Button type="submit" size="md" mih={44} loading={reset.isPending}>
                {t('resetPassword.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
