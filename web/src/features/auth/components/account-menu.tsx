import { Button, Menu } from '@mantine/core';
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
        <Button size="xs" variant="light" aria-label={t('account.menuFor', { name: me.data.name })}>
          {me.data.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
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
