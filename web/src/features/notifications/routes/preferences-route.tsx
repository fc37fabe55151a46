import { Alert, Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { usePreferences, useUpdatePreferences } from '@/features/notifications/api/preferences';
import { isApiError } from '@/lib/api/problem';
import { formatDateTime } from '@/lib/i18n/format';
import type { NotificationPreference } from '@/lib/api/schema-types';

export const key = (p: { topic: string; channel: string }) => `${p.topic}/${p.channel}`;

/** A switch whose whole row is the target: at least 44 px high, the label included (a thumb on a phone). */
const switchStyles = {
  root: { minHeight: 44, display: 'flex', alignItems: 'center' },
  body: { alignItems: 'center', minHeight: 44 },
  labelWrapper: { justifyContent: 'center' },
  label: { cursor: 'pointer', paddingInlineStart: 12 },
} as const;

/** One topic × channel: a switch, or "always on" when it is locked; <c>error</c> is the server's refusal of this very switch. */
export function Cell({ cell, checked, onChange, error }: { cell: NotificationPreference; checked: boolean; onChange: (on: boolean) => void; error?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const channel = t(`notificationPreferences.channels.${cell.channel}`, { defaultValue: cell.channel });
  if (cell.locked) {
    // Not a switch: a disabled switch looks "off" in either direction; this one is on and stays on.
    return (
      <Group gap="sm" mih={44} data-testid={`preference-row-${key(cell)}`}>
        <Text>{channel}</Text>
        <Badge color="teal" variant="light">
          {t('notificationPreferences.alwaysOn')}
        </Badge>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Group>
    );
  }
  return (
    <Switch
      size="lg"
      styles={switchStyles}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
      label={channel}
      error={error}
      description={
        cell.source && cell.changedAt
            ? t('notificationPreferences.since', {
                date: formatDateTime(cell.changedAt, i18n.language),
                source: t(`notificationPreferences.sources.${cell.source}`, { defaultValue: cell.source }),
              })
            : undefined
      }
      data-testid={`preference-${key(cell)}`}
      wrapperProps={{ 'data-testid': `preference-row-${key(cell)}` }}
    />
  );
}

/**
 * The matrix as cards, one per topic (a fieldset with its hint), each channel a switch: the signed-in settings and the
 * contact's page behind the signed link.
 */
export function TopicCards({
  items,
  checked,
  onChange,
  errorOf,
}: {
  items: readonly NotificationPreference[];
  checked: (cell: NotificationPreference) => boolean;
  onChange: (cell: NotificationPreference, on: boolean) => void;
  errorOf?: (cellKey: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const topics = [...new Set(items.map((c) => c.topic))];
  return topics.map((topic) => (
    <Card key={topic} withBorder padding="md" component="fieldset" data-testid={`topic-${topic}`} style={{ margin: 0, minWidth: 0 }}>
      <Stack gap={4}>
        <Text component="legend" fw={700} p={0}>
          {t(`notificationPreferences.topics.${topic}`, { defaultValue: topic })}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`notificationPreferences.topicHints.${topic}`, { defaultValue: '' })}
        </Text>
        {items
          .filter((c) => c.topic === topic)
          .map((cell) => (
            <Cell key={key(cell)} cell={cell} checked={checked(cell)} error={errorOf?.(key(cell))} onChange={(on) => onChange(cell, on)} />
          ))}
      </Stack>
    </Card>
  ));
}

function PreferencesForm() {
  const { t } = useTranslation();
  const query = usePreferences();
  const update = useUpdatePreferences();
  const [draft, setDraft] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (query.data) setDraft(Object.fromEntries(query.data.items.map((c) => [key(c), c.enabled])));
  }, [query.data]);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const changed = query.data.items.some((c) => draft[key(c)] !== undefined && draft[key(c)] !== c.enabled);
  const save = () => {
    setSaved(false);
    const items = query.data.items.filter((c) => !c.locked).map((c) => ({ topic: c.topic, channel: c.channel, enabled: draft[key(c)] ?? c.enabled }));
    update.mutate(items, { onSuccess: () => setSaved(true) });
  };
  return (
    <Stack>
      <Text c="dimmed">{t('notificationPreferences.intro')}</Text>
      <TopicCards
        items={query.data.items}
        checked={(cell) => draft[key(cell)] ?? cell.enabled}
        onChange={(cell, on) => {
          setSaved(false);
          setDraft((d) => ({ ...d, [key(cell)]: on }));
        }}
      />
      {saved && !changed && (
        <Alert color="teal" role="status" title={t('notificationPreferences.savedTitle')}>
          {t('notificationPreferences.savedText')}
        </Alert>
      )}
      {update.isError && (
        <Alert color="red" role="alert">
          {isApiError(update.error) ? update.error.message : t('notificationPreferences.saveFailed')}
        </Alert>
      )}
      <Group>
        <Button size="md" mih={44} onClick={save} loading={update.isPending} disabled={!changed}>
          {t('notificationPreferences.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The signed-in person's choices (law 09-08): which topics reach them on which channel. */
export function PreferencesRoute() {
  const { t } = useTranslation();
  return (
    <RequireAccess allow={(me) => !!me}>
      <Stack>
        <Title order={1}>{t('notificationPreferences.title')}</Title>
        <PreferencesForm />
      </Stack>
    </RequireAccess>
  );
}
