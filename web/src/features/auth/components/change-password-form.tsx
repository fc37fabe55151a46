import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { useChangePassword } from '@/features/auth/api/change-password';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      confirm: (value, values) => (value !== values.newPassword ? t('account.passwordsDiffer') : null),
    },
  });
  const unmapped = unfieldedProblem(t, change.error);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
        change.mutate(
          { currentPassword, newPassword },
          {
            onSuccess: () => form.reset(),
            onError: (e) => form.setErrors(fieldErrorsOf(e)),
          },
        ),
      )}
    >
      <Stack maw={420}>
        {change.isSuccess && (
          <Alert color="green" role="status">
            {t('account.passwordChanged')}
          </Alert>
        )}
        {unmapped && (
          <Alert color="red" role="alert">
            {unmapped}
          </Alert>
        )}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordRule')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
