import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdoptIdea } from '@/features/bank/api/adopt-idea';
import { CooperativePicker } from '@/components/cooperative-picker';
import { problemMessage } from '@/lib/forms/problem-message';
import { pickerTexts } from '@/features/bank/components/bank-text';

type Props = { ideaId: string; opened: boolean; onClose: () => void };

/** Records that a cooperative (one the caller manages, or one of a staff member's region) takes up the idea. */
export function AdoptDialog({ ideaId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const [cooperativeId, setCooperativeId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const adopt = useAdoptIdea();
  const general = problemMessage(t, 'bank', adopt.error);
  const close = () => {
    adopt.reset();
    setCooperativeId(null);
    setMissing(false);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('bank.adoption.title')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!cooperativeId) {
            setMissing(true);
            return;
          }
          adopt.mutate(
            { ideaId, cooperativeId },
            // The idea and its adopters (keys under the idea's) are read again.
            { onSuccess: close },
          );
        }}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <CooperativePicker
            label={t('bank.adoption.cooperative')}
            required
            value={cooperativeId}
            also={cooperativeId}
            texts={pickerTexts(t)}
            onChange={(id) => {
              setCooperativeId(id);
              setMissing(false);
            }}
            error={missing ? t('bank.adoption.cooperativeRequired') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={adopt.isPending}>
              {t('bank.adoption.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
