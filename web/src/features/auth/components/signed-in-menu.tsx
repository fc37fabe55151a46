import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '@/features/auth/api/sign-out';

/** The signed-in person's menu: their account, and sign out (loaded only once someone is signed in). */
export function SignedInMenu({ name }: { name: string }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" maw={{ base: 120, sm: 260 }} aria-label={t('account.menuFor', { name })} title={name}>
          <Text span inherit truncate="end" dir="auto">
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {name}
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
