import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { isAdmin } from '@/lib/auth/permissions';
import { isAppLanguage } from '@/lib/i18n/i18n';
import { useCreateUser } from '@/features/users/api/create-user';
import { UserForm } from '@/features/users/components/user-form';

function CreateUser() {
  const { t, i18n } = useTranslation();
  const create = useCreateUser();
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>{t('admin.createUser')}</Title>
      <UserForm
        mode="create"
        initialValues={{
          email: '',
          displayName: '',
          language: isAppLanguage(i18n.language) ? i18n.language : 'ar',
          password: '',
          roles: ['staff'],
          regions: [],
          cooperatives: [],
          disabled: false,
        }}
        pending={create.isPending}
        error={create.error}
        onSubmit={({ disabled: _disabled, ...body }) =>
          create.mutate(body, { onSuccess: (u) => void navigate(`/admin/users/${u.id}`) })
        }
      />
    </Stack>
  );
}

export function UserCreateRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <CreateUser />
    </RequireAccess>
  );
}
