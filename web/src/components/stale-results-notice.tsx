import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/offline/use-online';
import { isSavedCopy } from '@/lib/offline/saved-copy';

type List = { data?: unknown; isPlaceholderData?: boolean; fetchStatus?: string };

/**
 * Offline, a list may show results that are not the ones asked for: the previous search's (kept on screen while the
 * new one waits for the network) or the copy saved at the last connection. Say which, instead of letting the old
 * list pass for the answer to the new term (ADR 0019). Online, a list coming back shows its saved copy while the
 * fresh one is on its way (lib/offline/saved-copy.ts): say that too, until the answer replaces it.
 */
export function StaleResultsNotice({ list, term }: { list: List; term: string | undefined }) {
  const { t } = useTranslation();
  const online = useOnline();
  if (online && isSavedCopy(list.data) && list.fetchStatus === 'fetching')
    return (
      <Alert color="gray" variant="light" role="status" data-testid="saved-copy">
        {t('offline.refreshing')}
      </Alert>
    );
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
