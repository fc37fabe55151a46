import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useRegisterCooperative } from '@/features/cooperatives/api/register-cooperative';
import { CooperativeForm } from '@/features/cooperatives/components/cooperative-form';
import { commandFrom, emptyCooperative } from '@/features/cooperatives/components/cooperative-form-values';

export function RegisterRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const register = useRegisterCooperative();
  const navigate = useNavigate();
  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to="/sign-in?next=/cooperatives/new" replace />;
  if (!isStaff(me.data)) return <Alert color="red">{t('common.forbidden')}</Alert>;
  return (
    <Stack>
      <Title order={1}>{t('form.registerTitle')}</Title>
      <CooperativeForm
        initialValues={emptyCooperative}
        submitLabel={t('form.register')}
        withConsent
        pending={register.isPending}
        error={register.error}
        onSubmit={(values) =>
          register.mutate(commandFrom(values), {
            onSuccess: (created) => void navigate(`/cooperatives/${created.id}`),
          })
        }
      />
    </Stack>
  );
}
