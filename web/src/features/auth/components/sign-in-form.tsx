import { Alert, Anchor, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/lib/api/problem';
import { AccountAddressField } from '@/components/account-code-parts';
import { addressFieldErrorsOf, addressQuery, toAccountAddress } from '@/features/auth/api/account-address';
import { useSignIn } from '@/features/auth/api/sign-in';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm({ initialValues: { email: '', password: '' } });

  const error = signIn.error;
  const message = !error
    ? null
    : isApiError(error) && error.status === 401
      ? t('auth.invalidCredentials')
      : isApiError(error) && error.status === 429
        ? t('auth.tooManyAttempts')
        : isApiError(error) && error.status === 403
          ? error.message
        : isApiError(error) && error.status === 400
          ? null
          : t('common.errorText');

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        signIn.mutate({ ...toAccountAddress(values.email), password: values.password }, {
          onSuccess: onSignedIn,
          onError: (e) => form.setErrors(addressFieldErrorsOf(e)),
        });
      })}
    >
      <Stack>
        {message && (
          <Alert color="red" role="alert">
            {message}
            {isApiError(error) && error.status === 403 && (
              <>
                {' '}
                <Anchor component={Link} to={`/verify-account?${addressQuery(form.values.email)}`}>
                  {t('signUp.haveCode')}
                </Anchor>
              </>
            )}
          </Alert>
        )}
        <AccountAddressField address={form.getInputProps('email')} />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={signIn.isPending}>
          {t('auth.signIn')}
        </Button>
        <Group justify="space-between" gap="xs">
          <Button component={Link} to="/forgot-password" variant="subtle" size="sm" mih={44} px="xs">
            {t('auth.forgotPassword')}
          </Button>
          <Button component={Link} to="/sign-up" variant="subtle" size="sm" mih={44} px="xs">
            {t('auth.createAccount')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
