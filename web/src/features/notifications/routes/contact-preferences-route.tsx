import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { useContactPreferences, useUpdateContactPreferences } from '@/features/notifications/api/contact-preferences';
import { key, TopicCards } from '@/features/notifications/routes/preferences-route';
import { isApiError } from '@/lib/api/problem';

/**
 * The preferences of whoever a message's signed link names (a cooperative's registry contact has no account), without
 * signing in: the token of the unsubscribe link is the credential. Every topic × channel she can be reached on; the
 * server's refusal of a switch (items[i].enabled or .channel) shows on that switch.
 */
export function ContactPreferencesRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const query = useContactPreferences(token);
  const update = useUpdateContactPreferences();
  const [draft, setDraft] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState(false);
  const [sent, setSent] = useState<string[]>([]);
  useEffect(() => {
    if (query.data) setDraft(Object.fromEntries(query.data.items.map((c) => [key(c), c.enabled])));
  }, [query.data]);
  if (!token) {
    return (
      <Stack>
        <Title order={1}>{t('contactPreferences.title')}</Title>
        <Alert color="red" role="alert">
          {t('unsubscribe.noToken')}
        </Alert>
      </Stack>
    );
  }
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    return (
      <Stack maw={640}>
        <Title order={1}>{t('contactPreferences.title')}</Title>
        <Alert color="red" role="alert">
          {isApiError(query.error) ? (query.error.fieldErrors.token?.[0] ?? query.error.message) : t('unsubscribe.failed')}
        </Alert>
      </Stack>
    );
  }
  const data = query.data;
  const changed = data.items.some((c) => draft[key(c)] !== undefined && draft[key(c)] !== c.enabled);
  // The server names a refused switch by its place in what was sent: items[i].enabled or items[i].channel.
  const fieldErrors = update.isError && isApiError(update.error) ? update.error.fieldErrors : {};
  const errorOf = (cellKey: string) => {
    const i = sent.indexOf(cellKey);
    if (i < 0) return undefined;
    return fieldErrors[`items[${i}].enabled`]?.[0] ?? fieldErrors[`items[${i}].channel`]?.[0] ?? fieldErrors[`items[${i}].topic`]?.[0];
  };
  const hasFieldErrors = Object.keys(fieldErrors).some((f) => f.startsWith('items['));
  const save = () => {
    setSaved(false);
    const cells = data.items.filter((c) => !c.locked);
    setSent(cells.map(key));
    update.mutate(
      { token, items: cells.map((c) => ({ topic: c.topic, channel: c.channel, enabled: draft[key(c)] ?? c.enabled })) },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <Stack maw={640}>
      <Title order={1}>{t('contactPreferences.title')}</Title>
      <Text c="dimmed">{t('contactPreferences.intro')}</Text>
      <TopicCards
        items={data.items}
        checked={(cell) => draft[key(cell)] ?? cell.enabled}
        errorOf={errorOf}
        onChange={(cell, on) => {
          setSaved(false);
          setDraft((d) => ({ ...d, [key(cell)]: on }));
        }}
      />
      {saved && !changed && (
        <Alert color="teal" role="status" title={t('contactPreferences.savedTitle')}>
          {t('contactPreferences.savedText')}
        </Alert>
      )}
      {update.isError && (
        <Alert color="red" role="alert">
          {hasFieldErrors
            ? t('contactPreferences.fixErrors')
            : isApiError(update.error)
              ? (update.error.fieldErrors.token?.[0] ?? update.error.message)
              : t('contactPreferences.saveFailed')}
        </Alert>
      )}
      <Group>
        <Button size="md" mih={44} onClick={save} loading={update.isPending} disabled={!changed}>
          {t('contactPreferences.save')}
        </Button>
      </Group>
    </Stack>
  );
}
