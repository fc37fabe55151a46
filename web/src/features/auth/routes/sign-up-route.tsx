import { Alert, Button, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { AccountAddressField } from '@/components/account-code-parts';
import { addressFieldErrorsOf, addressQuery, isPhoneAddress, toAccountAddress } from '@/features/auth/api/account-address';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignUp } from '@/features/auth/api/account-codes';
import { isApiError } from '@/lib/api/problem';
import type { Language } from '@/lib/api/schema-types';
import { i18n, isAppLanguage } from '@/lib/i18n/i18n';

/**
 * Anyone creates their own account with an e-mail address or a Moroccan mobile number and a password; the address is
 * confirmed by the link or the 6-digit code sent there, the number by a 6-digit code by SMS (the next page). The answer is the same whether or not the address had an account.
 */
export function SignUpRoute() {
  const { t } = useTranslation();
  const signUp = useSignUp();
  const shown = i18n.language;
  const form = useForm({
    initialValues: { email: '', displayName: '', password: '', language: (isAppLanguage(shown) ? shown : 'ar') as Language },
    validate: { password: (value) => (value.length < 12 ? t('account.passwordRule') : null) },
  });
  const done = signUp.data;
  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('signUp.title')}
        </Title>
        {done ? (
          <>
            <Alert color="teal" role="status" title={isPhoneAddress(form.values.email) ? t('signUp.sentSmsTitle') : t('signUp.sentTitle')}>
              {done.message}
            </Alert>
            <Button component={Link} to={`/verify-account?${addressQuery(form.values.email)}`} size="md" mih={44}>
              {t('signUp.haveCode')}
            </Button>
          </>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit(({ email, ...values }) =>
              signUp.mutate({ ...values, ...toAccountAddress(email) }, { onError: (e) => form.setErrors(addressFieldErrorsOf(e)) }),
            )}
          >
            <Stack>
              <Text size="sm">{t('signUp.intro')}</Text>
              {signUp.isError && (!isApiError(signUp.error) || signUp.error.status !== 400) && (
                <Alert color="red" role="alert">
                  {isApiError(signUp.error) ? signUp.error.message : t('common.errorText')}
                </Alert>
              )}
              <TextInput label={t('signUp.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
              <AccountAddressField address={form.getInputProps('email')} />
              <PasswordInput
                label={t('auth.password')}
                description={t('account.passwordRule')}
                autoComplete="new-password"
                required
                {...form.getInputProps('password')}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="sign-up-language">
                  {t('signUp.language')}
                </Text>
                <SegmentedControl
                  aria-labelledby="sign-up-language"
                  data={[
                    { value: 'ar', label: 'العربية' },
                    { value: 'fr', label: 'Français' },
                    { value: 'en', label: 'English' },
                  ]}
                  {...form.getInputProps('language')}
                />
              </Stack>
              <Button type="submit" size="md" mih={44} loading={signUp.isPending}>
                {t('signUp.submit')}
              </Button>
              <Button component={Link} to="/sign-in" variant="subtle" size="md" mih={44}>
                {t('signUp.haveAccount')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
