import { Alert, Anchor, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { RequireAccess } from '@/components/require-access';
import { isAdmin } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useUser } from '@/features/users/api/get-user';
import { useUpdateUser } from '@/features/users/api/update-user';
import { UserForm } from '@/features/users/components/user-form';

function EditUser() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useUser(id);
  const update = useUpdateUser();
  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={isAdmin}
      heading={({ user }) => (
        <>
          <Anchor component={Link} to="/admin/users" size="sm">
            {t('admin.backToUsers')}
          </Anchor>
          <Title order={1}>{user.displayName}</Title>
          <Text size="sm" c="dimmed">
            {t('admin.lastSignIn')}: {fmt.dateTime(user.lastSignInAt) || t('common.none')}
            {user.lockedUntil && ` · ${t('admin.lockedUntil', { date: fmt.dateTime(user.lockedUntil) })}`}
          </Text>
          {update.isSuccess && (
            <Alert color="teal" role="status">
              {t('admin.saved')}
            </Alert>
          )}
        </>
      )}
    >
      {({ user, etag }, stale) => (
        <UserForm
          key={`${user.id}-${user.version}`}
          mode="edit"
          initialValues={{
            email: user.email,
            displayName: user.displayName,
            language: user.language,
            password: '',
            roles: user.roles,
            regions: user.regions,
            cooperatives: user.cooperatives,
            disabled: user.disabled,
          }}
          pending={update.isPending}
          error={update.error}
          extraAlert={stale}
          onSubmit={({ displayName, language, roles, regions, cooperatives, disabled }) =>
            update.mutate(
              { id, etag: etag ?? '', body: { displayName, language, roles, regions, cooperatives, disabled } },
              { onSuccess: () => void query.refetch() },
            )
          }
        />
      )}
    </EditRecordPage>
  );
}

/** Administrators only: the account is not even read for anyone else. */
export function UserEditRoute() {
  return (
    <RequireAccess allow={isAdmin}>
      <EditUser />
    </RequireAccess>
  );
}
