import { Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnline } from '@/lib/offline/use-online';
import { Busy } from '@/components/busy';

export function PageLoader() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Busy />
        {/* Offline, a page never seen before waits for the network (its requests are paused, not failed). */}
        {!online && <Text c="dimmed">{t('offline.waiting')}</Text>}
      </Stack>
    </Center>
  );
}
