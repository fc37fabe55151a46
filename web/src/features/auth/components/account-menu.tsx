import { Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '@/lib/auth/get-me';

// The menu (a popover, with its positioning code) only for a signed-in person: an anonymous visit does not download it.
const SignedInMenu = lazy(async () => ({ default: (await import('@/features/auth/components/signed-in-menu')).SignedInMenu }));

export function AccountMenu() {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <Button component={Link} to="/sign-in" size="xs" variant="light">
        {t('auth.signIn')}
      </Button>
    );
  }
  return (
    <Suspense fallback={null}>
      <SignedInMenu name={me.data.name} />
    </Suspense>
  );
}
