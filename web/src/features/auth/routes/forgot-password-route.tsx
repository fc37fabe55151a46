import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '@/features/auth/api/account-codes';
import { isApiError } from '@/lib/api/problem';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

/** "Forgot your password?": a link and a 6-digit code go to the address if it has an account (the answer does not say). */
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
            <Alert color="teal" role="status" title={t('forgotPassword.sentTitle')}>
              {request.data.message}
            </Alert>
            <Button component={Link} to={`/reset-password?email=${encodeURIComponent(form.values.email)}`} size="md" mih={44}>
              {t('forgotPassword.haveCode')}
            </Button>
          </>
        ) : (
          <form
            noValidate
            onSubmit={form.onSubmit((values) => request.mutate(values, { onError: (e) => form.setErrors(fieldErrorsOf(e)) }))}
          >
            <Stack>
              <Text size="sm">{t('forgotPassword.intro')}</Text>
              {request.isError && (!isApiError(request.error) || request.error.status !== 400) && (
                <Alert color="red" role="alert">
                  {isApiError(request.error) ? request.error.message : t('common.errorText')}
                </Alert>
              )}
              <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
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
