import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useVerifyAccount } from '@/features/auth/api/account-codes';
import { EmailAndCodeFields, SignInNext } from '@/components/account-code-parts';
import { isApiError } from '@/lib/api/problem';
import { addressFieldErrorsOf, toAccountAddress } from '@/features/auth/api/account-address';

/**
 * Confirms a new account: from the e-mail's link (the token is in the address; opening the page changes nothing until
 * the button, since mail scanners follow links), or by typing the address (or number) and the 6-digit code — which an
 * SMS's link fills in (`?phone=…&code=…`), leaving only the button to press.
 */
export function VerifyAccountRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyAccount();
  const form = useForm({ initialValues: { email: params.get('phone') ?? params.get('email') ?? '', code: params.get('code') ?? '' } });
  const refused = !verify.isError ? null : isApiError(verify.error) ? (verify.error.fieldErrors.token?.join(' ') ?? verify.error.message) : t('common.errorText');
  return (
    <Paper maw={460} mx="auto" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('verifyAccount.title')}
        </Title>
        {verify.isSuccess ? (
          <SignInNext title={t('verifyAccount.doneTitle')} next="/claim">
            {t('verifyAccount.done')}
          </SignInNext>
        ) : token ? (
          <>
            <Text>{t('verifyAccount.explain')}</Text>
            {refused && (
              <Alert color="red" role="alert">
                {refused}
              </Alert>
            )}
            <Button size="md" mih={44} loading={verify.isPending} onClick={() => verify.mutate({ token })}>
              {t('verifyAccount.confirm')}
            </Button>
          </>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit(({ email, code }) =>
              verify.mutate({ ...toAccountAddress(email), code }, { onError: (e) => form.setErrors(addressFieldErrorsOf(e)) }),
            )}
          >
            <Stack>
              <Text size="sm">{t('verifyAccount.codeExplain')}</Text>
              <EmailAndCodeFields email={form.getInputProps('email')} code={form.getInputProps('code')} />
              <Button type="submit" size="md" mih={44} loading={verify.isPending}>
                {t('verifyAccount.confirm')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
