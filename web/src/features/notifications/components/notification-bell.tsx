import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BELL_REFRESH_MS, useNotifications } from '@/features/notifications/api/get-notifications';
import { useMe } from '@/lib/auth/get-me';
import { formatNumber } from '@/lib/i18n/format';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: a link to the inbox, with the number of unread messages (nothing for an anonymous visitor). */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const inbox = useNotifications(1, { enabled: !!me, refetchInterval: BELL_REFRESH_MS });
  if (!me) return null;
  const unread = inbox.data?.unread ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread, formatted: formatNumber(unread, i18n.language) }) : t('notifications.bell');
  return (
    <Indicator
      disabled={unread === 0}
      label={formatNumber(Math.min(unread, 99), i18n.language)}
      size={16}
      offset={4}
      color="red"
      data-testid="notification-count"
    >
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label} title={label}>
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
