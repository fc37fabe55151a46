import { Alert, Anchor, Badge, Button, Card, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { NOTIFICATIONS_PAGE_SIZE, useNotifications } from '@/features/notifications/api/get-notifications';
import { useMarkRead } from '@/features/notifications/api/mark-read';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import type { NotificationDetails } from '@/lib/api/schema-types';

/** A link inside the SPA stays in it; the server writes absolute links only when it knows the SPA's address. */
function inAppPath(link: string): string {
  try {
    const url = new URL(link, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search : link;
  } catch {
    return link;
  }
}

function Message({ item }: { item: NotificationDetails }) {
  const { t, i18n } = useTranslation();
  const markRead = useMarkRead();
  const unread = !item.readAt;
  return (
    <Card withBorder padding="md" data-testid="notification" data-unread={unread ? 'true' : 'false'}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={unread ? 700 : 500} dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {item.subject}
          </Text>
          {unread && <Badge color="red">{t('notifications.unread')}</Badge>}
        </Group>
        <Text size="sm" c="dimmed">
          {formatDateTime(item.createdAt, i18n.language)}
        </Text>
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {item.body}
        </Text>
        <Group gap="sm" wrap="wrap">
          {item.link && (
            <Anchor component={Link} to={inAppPath(item.link)} size="sm">
              {t('notifications.open')}
            </Anchor>
          )}
          {unread && (
            <Button size="xs" variant="light" loading={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function Inbox() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useNotifications(page);
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / NOTIFICATIONS_PAGE_SIZE)) : 1;
  return (
    <Stack>
      <Title order={1}>{t('notifications.title')}</Title>
      {query.data && (
        <Text c="dimmed" data-testid="notifications-unread">
          {query.data.unread > 0
            ? t('notifications.unreadCount', { count: query.data.unread, formatted: formatNumber(query.data.unread, i18n.language) })
            : t('notifications.allRead')}
        </Text>
      )}
      {query.isPending && <PageLoader />}
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.items.length === 0 && (
        <Alert color="gray" title={t('notifications.emptyTitle')}>
          {t('notifications.emptyText')}
        </Alert>
      )}
      {query.data?.items.map((item) => <Message key={item.id} item={item} />)}
      {pages > 1 && <Pagination value={page} onChange={setPage} total={pages} />}
    </Stack>
  );
}

/** The signed-in person's inbox: what CoopHub told them, newest first. */
export function NotificationsRoute() {
  return (
    <RequireAccess allow={(me) => !!me}>
      <Inbox />
    </RequireAccess>
  );
}
