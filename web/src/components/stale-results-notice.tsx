import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/offline/use-online';
import { isSavedCopy } from '@/lib/offline/saved-copy';

type List = { data?: unknown; isPlaceholderData?: boolean; fetchStatus?: string; refetch?: () => unknown };

/**
 * Offline, a list may show results that are not the ones asked for: the previous search's (kept on screen while the
 * new one waits for the network) or the copy saved at the last connection. Say which, instead of letting the old
 * list pass for the answer to the new term (ADR 0019). Online, a list coming back may show its saved copy while the
 * fresh one is on its way, or keep it when the link was too slow to bring one (lib/offline/saved-copy.ts): say that
 * too, with a way to try again.
 */
export function StaleResultsNotice({ list, term }: { list: List; term: string | undefined }) {
  const { t } = useTranslation();
  const online = useOnline();
  if (online && isSavedCopy(list.data)) {
    const updating = list.fetchStatus === 'fetching';
    return (
      <Alert color="gray" variant="light" role="status" data-testid="saved-copy">
        <Group justify="space-between" gap="xs">
          <span>{t(updating ? 'offline.refreshing' : 'offline.notRefreshed')}</span>
          {!updating && list.refetch && (
            <Button size="xs" variant="light" onClick={() => void list.refetch?.()}>
              {t('common.retry')}
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  if (online || !list.data) return null;
  const previous = list.isPlaceholderData || list.fetchStatus === 'paused';
  const text = previous
    ? term
      ? t('offline.staleSearch', { term })
      : t('offline.staleSearchNoTerm')
    : t('offline.savedCopy');
  return (
    <Alert color="orange" variant="light" role="status" data-testid="stale-results">
      {text}
    </Alert>
  );
}
