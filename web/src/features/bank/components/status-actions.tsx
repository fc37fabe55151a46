import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaleRecordAlert, isStaleError } from '@/components/stale-record-alert';
import type { CompetitionDetails, CompetitionStatus } from '@/lib/api/schema-types';
import { competitionCommandFrom, useUpdateCompetition } from '@/features/bank/api/save-competition';
import { problemMessage } from '@/lib/forms/problem-message';

/** A competition's life: draft → open → judging → results published; each step can be undone (the last one first). */
const FORWARD: Partial<Record<CompetitionStatus, CompetitionStatus>> = {
  draft: 'open',
  open: 'judging',
  judging: 'resultsPublished',
};
const BACK: Partial<Record<CompetitionStatus, CompetitionStatus>> = {
  open: 'draft',
  judging: 'open',
  resultsPublished: 'judging',
};

type Props = { competition: CompetitionDetails; etag: string | null; onReload: () => void };

/** Staff running the competition move it along, after confirming (the whole competition is sent with If-Match). */
export function StatusActions({ competition, etag, onReload }: Props) {
  const { t } = useTranslation();
  const update = useUpdateCompetition();
  const [move, setMove] = useState<{ from: CompetitionStatus; to: CompetitionStatus } | null>(null);
  const forward = FORWARD[competition.status];
  const back = BACK[competition.status];
  const general = isStaleError(update.error) ? null : problemMessage(t, 'bank', update.error);
  const close = () => {
    update.reset();
    setMove(null);
  };

  return (
    <>
      <Group gap="xs">
        {forward && (
          <Button onClick={() => setMove({ from: competition.status, to: forward })}>
            {t(`bank.competitions.move.${competition.status}_${forward}`)}
          </Button>
        )}
        {back && (
          <Button variant="subtle" color="gray" onClick={() => setMove({ from: competition.status, to: back })}>
            {t(`bank.competitions.move.${competition.status}_${back}`)}
          </Button>
        )}
      </Group>
      <Modal
        opened={move !== null}
        onClose={close}
        title={move ? t(`bank.competitions.move.${move.from}_${move.to}`) : ''}
      >
        <Stack>
          <Text size="sm">{move && t(`bank.competitions.moveText.${move.from}_${move.to}`)}</Text>
          <StaleRecordAlert
            error={update.error}
            onReload={() => {
              close();
              onReload();
            }}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={update.isPending}
              onClick={() =>
                move &&
                update.mutate(
                  { id: competition.id, etag: etag ?? '', body: competitionCommandFrom(competition, { status: move.to }) },
                  { onSuccess: close },
                )
              }
            >
              {t('bank.competitions.confirmMove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
