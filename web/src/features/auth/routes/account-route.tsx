import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { useMe } from '@/lib/auth/get-me';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

export function AccountRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to="/sign-in?next=/account" replace />;
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
