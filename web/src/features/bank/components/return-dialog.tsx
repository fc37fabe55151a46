import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useTransitionIdea } from '@/features/bank/api/transition-idea';
import { problemMessage } from '@/lib/forms/problem-message';

type Props = {
  /** The idea to return; the dialog is open while it is set. */
  idea: { id: string; title: string } | null;
  onClose: () => void;
  onReturned?: () => void;
};

/** Curation: returns a submitted idea to its author with the comments saying what to change (required). */
export function ReturnDialog({ idea, onClose, onReturned }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const move = useTransitionIdea();
  const serverErrors = fieldErrorsOf(move.error);
  const general = Object.keys(serverErrors).length > 0 ? null : problemMessage(t, 'bank', move.error);
  const close = () => {
    move.reset();
    setComment('');
    setMissing(false);
    onClose();
  };

  return (
    <Modal opened={idea !== null} onClose={close} title={t('bank.curation.returnTitle', { title: idea?.title ?? '' })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!idea) return;
          if (!comment.trim()) {
            setMissing(true);
            return;
          }
          move.mutate(
            { id: idea.id, body: { to: 'returned', comment: comment.trim() } },
            {
              onSuccess: () => {
                close();
                onReturned?.();
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('bank.curation.returnText')}</Text>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Textarea
            label={t('bank.curation.comment')}
            required
            autosize
            minRows={3}
            dir="auto"
            value={comment}
            onChange={(e) => {
              setComment(e.currentTarget.value);
              if (e.currentTarget.value.trim()) setMissing(false);
            }}
            error={missing ? t('bank.curation.commentRequired') : serverErrors.comment}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={move.isPending}>
              {t('bank.curation.return')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
