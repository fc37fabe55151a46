import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import type { ApplicationDetails, ApplicationStatus } from '@/lib/api/schema-types';
import { useTransitionApplication } from '@/features/programs/api/transition-application';
import { problemMessage } from '@/lib/forms/problem-message';

/** The moves that go through this dialog; all but completion carry a reason. */
export type DecisionMove = Extract<ApplicationStatus, 'selected' | 'waitlisted' | 'rejected' | 'withdrawn' | 'completed'>;

export type Decision = { applicationId: string; name: string; to: DecisionMove };

type Props = {
  decision: Decision | null;
  /** The call's places, to explain a refused selection. */
  places?: number;
  onClose: () => void;
  /** After the server accepted the move, with the application promoted from the waitlist if any. */
  onDone?: (promoted: ApplicationDetails | undefined) => void;
};

const RED: readonly DecisionMove[] = ['rejected', 'withdrawn'];

/**
 * Select / waitlist / reject / withdraw an application with the reason the server requires; a full call (409
 * call.places_full) or a move the state machine refuses is explained in the dialog.
 * Mount it with `key` per decision so the reason starts empty.
 */
export function DecisionDialog({ decision, places, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const move = useTransitionApplication();
  const close = () => {
    move.reset();
    setReason('');
    onClose();
  };
  const error = move.error;
  const allowed =
    isApiError(error) && Array.isArray(error.problem.allowed)
      ? (error.problem.allowed as string[]).map((s) => t(`programs.applicationStatus.${s}`)).join(t('programs.listSeparator'))
      : '';
  const fieldErrors = fieldErrorsOf(error);
  const general = fieldErrors.reason && Object.keys(fieldErrors).length === 1 ? null : problemMessage(t, 'programs', error, { places, allowed });
  const needsReason = decision?.to !== 'completed';

  return (
    <Modal
      opened={decision !== null}
      onClose={close}
      title={decision ? t(`programs.decision.title.${decision.to}`, { name: decision.name }) : ''}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!decision) return;
          move.mutate(
            { id: decision.applicationId, to: decision.to, reason },
            {
              onSuccess: (result) => {
                onDone?.(result.promoted ?? undefined);
                close();
              },
            },
          );
        }}
      >
        <Stack>
          {general && (
            <Alert
              color={isApiError(error) && error.problem.code === 'call.places_full' ? 'orange' : 'red'}
              role="alert"
              title={isApiError(error) && error.problem.code === 'call.places_full' ? t('programs.decision.placesFullTitle') : undefined}
              data-testid="decision-error"
            >
              {general}
            </Alert>
          )}
          <Textarea
            label={t('programs.decision.reason')}
            description={needsReason ? t('programs.decision.reasonHint') : undefined}
            required={needsReason}
            autosize
            minRows={3}
            dir="auto"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={decision && RED.includes(decision.to) ? 'red' : undefined}
              loading={move.isPending}
              disabled={needsReason && reason.trim().length === 0}
            >
              {decision ? t(`programs.decision.submit.${decision.to}`) : ''}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
