import { Alert, Button, Checkbox, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScopeInputs } from '@/components/scope-inputs';
import { isStaleError } from '@/components/stale-record-alert';
import { LANGUAGES, type Language } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';

export type UserFormValues = {
  email: string;
  displayName: string;
  language: Language;
  password: string;
  roles: string[];
  regions: string[];
  cooperatives: string[];
  disabled: boolean;
};

type Props = {
  mode: 'create' | 'edit';
  initialValues: UserFormValues;
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
  extraAlert?: ReactNode;
};

export function UserForm({ mode, initialValues, pending, error, onSubmit, extraAlert }: Props) {
  const { t } = useTranslation();
  const form = useForm<UserFormValues>({ initialValues });
  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each server answer once
  }, [error]);
  const general = isStaleError(error) ? null : unfieldedProblem(t, error);
  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <Stack maw={560}>
        {extraAlert}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <TextInput
          label={t('auth.email')}
          type="email"
          dir="ltr"
          required
          disabled={mode === 'edit'}
          {...form.getInputProps('email')}
        />
        <TextInput label={t('admin.displayName')} required {...form.getInputProps('displayName')} />
        <Select
          label={t('language.label')}
          allowDeselect={false}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          {...form.getInputProps('language')}
        />
        {mode === 'create' && (
          <PasswordInput
            label={t('auth.password')}
            description={t('account.passwordRule')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
        )}
        <ScopeInputs form={form} />
        {mode === 'edit' && (
          <Checkbox label={t('admin.disabled')} {...form.getInputProps('disabled', { type: 'checkbox' })} />
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {mode === 'create' ? t('admin.createUser') : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
