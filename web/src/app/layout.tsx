import { Anchor, Burger, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { PageMeta } from '@/app/page-meta';
import { OfflineNotice, UpdateNotice } from '@/app/pwa/app-notices';
import { RouteBoundary } from '@/app/route-error';
import classes from '@/app/layout.module.css';
import badges from '@/components/fit-badges.module.css';
import { PageLoader } from '@/components/page-loader';
import { usePhone } from '@/components/use-phone';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { LanguageSwitch } from '@/features/auth/components/language-switch';
import { ClaimPrompt } from '@/features/claims/components/claim-prompt';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useMe } from '@/lib/auth/get-me';
import { isAdmin, isStaff } from '@/lib/auth/permissions';

type Item = { to: string; label: string; end?: boolean };

export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const me = useMe().data;
  const location = useLocation();
  const phone = usePhone();

  const items: Item[] = [
    { to: '/cooperatives', label: t('nav.directory'), end: true },
    { to: '/networks', label: t('nav.networks') },
    { to: '/organisations', label: t('nav.organisations') },
    { to: '/programs', label: t('nav.programs') },
    { to: '/calls', label: t('nav.calls') },
    { to: '/ideas', label: t('nav.ideas') },
    { to: '/competitions', label: t('nav.competitions') },
    { to: '/events', label: t('nav.events') },
    { to: '/dashboard', label: t('nav.dashboard') },
  ];
  if (me) items.push({ to: '/my-registrations', label: t('nav.myRegistrations') });
  if (me?.actorType === 'user' && !isStaff(me)) items.push({ to: '/claim', label: t('nav.claim') });
  if (isStaff(me)) {
    items.push({ to: '/reviews', label: t('nav.reviews') });
    items.push({ to: '/cooperatives/new', label: t('nav.register') });
    items.push({ to: '/cooperatives/import', label: t('nav.import') });
    items.push({ to: '/admin/announcements', label: t('announcements.nav') });
    items.push({ to: '/admin/claims', label: t('nav.claimsQueue') });
  }
  if (isAdmin(me)) {
    items.push({ to: '/admin/users', label: t('nav.users') });
    items.push({ to: '/admin/api-keys', label: t('nav.apiKeys') });
    items.push({ to: '/admin/audit', label: t('nav.audit') });
    items.push({ to: '/admin/webhooks', label: t('nav.webhooks') });
    items.push({ to: '/admin/notifications', label: t('deliveryLog.nav') });
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className={classes.header}>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Anchor component={Link} to="/cooperatives" underline="never" c="inherit">
              <Title order={2} size={phone ? 'h4' : 'h3'} style={{ whiteSpace: 'nowrap' }}>
                {t('app.title')}
              </Title>
            </Anchor>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" miw={0}>
            <LanguageSwitch />
            <NotificationBell />
            <AccountMenu />
          </Group>
        </Group>
      </header>
      <div className={classes.navbar} data-opened={opened || undefined}>
        <Stack gap={2} component="nav" aria-label={t('nav.main')}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              to={item.to}
              end={item.end}
              onClick={close}
              className={classes.navLink}
              data-active={(item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)) || undefined}
            >
              {item.label}
            </NavLink>
          ))}
        </Stack>
      </div>
      <main id="main" tabIndex={-1} className={`${classes.main} ${badges.fit}`}>
        <OfflineNotice />
        <ClaimPrompt />
        <RouteBoundary resetKey={location.pathname}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </RouteBoundary>
      </main>
      <UpdateNotice />
      <PageMeta />
    </>
  );
}
