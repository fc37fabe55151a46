import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/offline/use-online';

export function PageLoader() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader aria-label={t('common.loading')} />
        {/* Offline, a page never seen before waits for the network (its requests are paused, not failed). */}
        {!online && <Text c="dimmed">{t('offline.waiting')}</Text>}
      </Stack>
    </Center>
  );
}
