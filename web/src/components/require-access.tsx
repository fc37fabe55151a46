import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import type { Me } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';

/** Renders children when the caller is signed in and passes `allow`; else sign-in or a refusal. */
export function RequireAccess({ allow, children }: { allow: (me: Me) => boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!allow(me.data))
    return (
      <Alert color="red" role="alert">
        {t('common.forbidden')}
      </Alert>
    );
  return <>{children}</>;
}
