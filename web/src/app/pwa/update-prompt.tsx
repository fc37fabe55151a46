import { Affix, Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { applyUpdate } from '@/app/pwa/service-worker';

/** "A new version is ready", with the button that reloads into it. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  return (
    <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={300}>
      <Alert color="teal" variant="filled" role="status" data-testid="update-notice" maw={520} mx="auto">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm" c="white">
            {t('offline.updateReady')}
          </Text>
          <Button size="sm" variant="white" color="teal" onClick={() => void applyUpdate()}>
            {t('offline.updateAction')}
          </Button>
        </Group>
      </Alert>
    </Affix>
  );
}
