import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUnsubscribe } from '@/features/notifications/api/unsubscribe';
import { isApiError } from '@/lib/api/problem';

/** What a result names, in the reader's words: "e-mails about events". */
function useWhat() {
  const { t } = useTranslation();
  return (topic: string, channel: string) =>
    t('unsubscribe.what', {
      channel: t(`notificationPreferences.channelsPlural.${channel}`, { defaultValue: channel }),
      topic: t(`notificationPreferences.topics.${topic}`, { defaultValue: topic }),
    });
}

/** After the one-click result: the page of every topic × channel, opened with the same signed token (no sign-in). */
function ManageLink({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={`/unsubscribe/preferences?token=${encodeURIComponent(token)}`} size="md" mih={44} variant="subtle">
      {t('unsubscribe.manage')}
    </Button>
  );
}

/**
 * The page an e-mail's "stop these messages" link opens, without signing in. Opening it changes nothing (mail
 * scanners follow links): the reader confirms with the button; "undo" takes it back.
 */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const stop = useUnsubscribe();
  const what = useWhat();
  const result = stop.data;
  if (!token) {
    return (
      <Stack>
        <Title order={1}>{t('unsubscribe.title')}</Title>
        <Alert color="red" role="alert">
          {t('unsubscribe.noToken')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack maw={640}>
      <Title order={1}>{t('unsubscribe.title')}</Title>
      {!result && (
        <Card withBorder padding="lg">
          <Stack>
            <Text>{t('unsubscribe.explain')}</Text>
            <Group>
              <Button size="md" mih={44} color="red" loading={stop.isPending} onClick={() => stop.mutate({ token })}>
                {t('unsubscribe.confirm')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
      {result && !result.enabled && (
        <Alert color="teal" role="status" title={t('unsubscribe.doneTitle')}>
          <Stack gap="sm">
            <Text>{t('unsubscribe.done', { what: what(result.topic, result.channel) })}</Text>
            <Group>
              <Button size="md" mih={44} variant="light" loading={stop.isPending} onClick={() => stop.mutate({ token, enabled: true })}>
                {t('unsubscribe.undo')}
              </Button>
              <ManageLink token={token} />
            </Group>
          </Stack>
        </Alert>
      )}
      {result?.enabled && (
        <Alert color="blue" role="status" title={t('unsubscribe.restoredTitle')}>
          <Stack gap="sm">
            <Text>{t('unsubscribe.restored', { what: what(result.topic, result.channel) })}</Text>
            <Group>
              <ManageLink token={token} />
            </Group>
          </Stack>
        </Alert>
      )}
      {stop.isError && (
        <Alert color="red" role="alert">
          {isApiError(stop.error) ? stop.error.message : t('unsubscribe.failed')}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('unsubscribe.allChoices')}{' '}
        <Anchor component={Link} to="/account/notifications">
          {t('unsubscribe.allChoicesLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
