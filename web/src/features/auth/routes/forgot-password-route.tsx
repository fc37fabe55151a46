import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { AccountAddressField } from '@/components/account-code-parts';
import { addressFieldErrorsOf, addressQuery, isPhoneAddress, toAccountAddress } from '@/features/auth/api/account-address';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '@/features/auth/api/account-codes';
import { isApiError } from '@/lib/api/problem';

/** "Forgot your password?": a link and a 6-digit code go to the address (a code by SMS to the number) if it has an account (the answer does not say). */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ initialValues: { email: '' } });
  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('forgotPassword.title')}
        </Title>
        {request.data ? (
          <>
            <Alert color="teal" role="status" title={isPhoneAddress(form.values.email) ? t('signUp.sentSmsTitle') : t('forgotPassword.sentTitle')}>
              {request.data.message}
            </Alert>
            <Button component={Link} to={`/reset-password?${addressQuery(form.values.email)}`} size="md" mih={44}>
              {t('forgotPassword.haveCode')}
            </Button>
          </>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              request.mutate(toAccountAddress(values.email), { onError: (e) => form.setErrors(addressFieldErrorsOf(e)) }),
            )}
          >
            <Stack>
              <Text size="sm">{t('forgotPassword.intro')}</Text>
              {request.isError && (!isApiError(request.error) || request.error.status !== 400) && (
                <Alert color="red" role="alert">
                  {isApiError(request.error) ? request.error.message : t('common.errorText')}
                </Alert>
              )}
              <AccountAddressField address={form.getInputProps('email')} />
              <Button type="submit" size="md" mih={44} loading={request.isPending}>
                {t('forgotPassword.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
