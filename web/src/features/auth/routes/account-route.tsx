import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { useMe } from '@/lib/auth/get-me';
import { AccountAddresses } from '@/features/auth/components/account-addresses';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

export function AccountRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  // The SMS that proves a number added to the account links here with its code (`?code=…`).
  const [search] = useSearchParams();
  const code = search.get('code') ?? undefined;
  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <Stack>
      <Title order={1}>{t('account.title')}</Title>
      <Text>{me.data.name}</Text>
      <Group gap="xs">
        {me.data.roles.map((r) => (
          <Badge key={r} variant="light">
            {t(`roles.${r}`, { defaultValue: r })}
          </Badge>
        ))}
        {me.data.regions.map((r) => (
          <Badge key={r} variant="outline">
            {r === 'national' ? t('roles.national') : r}
          </Badge>
        ))}
      </Group>
      {me.data.actorType === 'user' && <AccountAddresses me={me.data} initialCode={code && /^[0-9]{6}$/.test(code) ? code : undefined} />}
      <Anchor component={Link} to="/account/notifications" data-testid="account-notification-preferences">
        {t('notificationPreferences.title')}
      </Anchor>
      <Title order={2} size="h3">
        {t('account.changePassword')}
      </Title>
      <ChangePasswordForm />
    </Stack>
  );
}
