import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMandate } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import { useEndMandate } from '@/features/networks/api/end-mandate';

type Props = {
  networkId: string;
  mandate: NetworkMandate | null;
  onClose: () => void;
  /** Called with the ended mandate (its new termEnd) after the server accepted it. */
  onEnded?: (mandate: NetworkMandate) => void;
};

/**
 * Ends a mandate before its term (resignation, replacement): its last day defaults to today in Casablanca.
 * Mount it with `key={mandate?.id}` so the date starts again from today for each mandate.
 */
export function EndMandateDialog({ networkId, mandate, onClose, onEnded }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [endedOn, setEndedOn] = useState(todayInCasablanca());
  const end = useEndMandate();
  const errors = fieldErrorsOf(end.error);
  const close = () => {
    end.reset();
    onClose();
  };
  const general = unfieldedProblem(t, end.error);
  const name = mandate ? fmt.name({ nameAr: mandate.holderNameAr, nameFr: mandate.holderNameFr }) : '';

  return (
    // Above the appoint dialog, from which it can also be opened.
    <Modal opened={mandate !== null} onClose={close} zIndex={300} title={t('networks.endMandateOf', { name })}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!mandate) return;
          end.mutate(
            { networkId, mandateId: mandate.id, body: { endedOn: endedOn || null } },
            {
              onSuccess: (ended) => {
                onEnded?.(ended);
                close();
              },
            },
          );
        }}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          {mandate && (
            <Text size="sm">
              {t('networks.endMandateCurrent', {
                role: t(`mandateRole.${mandate.role}`),
                from: fmt.date(mandate.termStart),
                to: fmt.date(mandate.termEnd),
              })}
            </Text>
          )}
          <TextInput
            type="date"
            label={t('networks.endedOn')}
            description={t('networks.endedOnHint')}
            required
            value={endedOn}
            onChange={(e) => setEndedOn(e.currentTarget.value)}
            error={errors.endedOn}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={end.isPending}>
              {t('networks.endMandate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
