import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { opened: boolean; pending: boolean; onConfirm: () => void; onClose: () => void };

/** "Submit the application?": once submitted it cannot change, and eligibility is checked at once. */
export function SubmitDialog({ opened, pending, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('programs.submit.title')} centered>
      <Stack>
        <Text size="sm">{t('programs.submit.text')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={pending}>
            {t('programs.submit.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
