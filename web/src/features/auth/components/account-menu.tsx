import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMe } from '@/lib/auth/get-me';
import { useSignOut } from '@/features/auth/api/sign-out';

export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Button component={Link} to="/sign-in" size="xs" variant="light">
        {t('auth.signIn')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          maw={{ base: 120, sm: 260 }}
          aria-label={t('account.menuFor', { name: me.data.name })}
          title={me.data.name}
        >
          <Text span inherit truncate="end" dir="auto">
            {me.data.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {me.data.name}
        </Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('account.title')}
        </Menu.Item>
        <Menu.Item
          color="red"
          onClick={() =>
            signOut.mutate(undefined, {
              onSettled: () => {
                void navigate('/cooperatives');
              },
            })
          }
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
