import { Alert, Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import type { ApplicationDetails } from '@/lib/api/schema-types';
import { useOverrideEligibility } from '@/features/programs/api/override-eligibility';
import { problemMessage } from '@/lib/forms/problem-message';

type Props = { application: ApplicationDetails | null; name: string; onClose: () => void };

/**
 * Staff decide eligibility against the automatic check (before review starts), with a reason kept in the history.
 * Mount it with `key` per application so the choice starts from the opposite of the current state.
 */
export function EligibilityOverrideDialog({ application, name, onClose }: Props) {
  const { t } = useTranslation();
  const [eligible, setEligible] = useState(application?.status !== 'eligible' ? 'yes' : 'no');
  const [reason, setReason] = useState('');
  const override = useOverrideEligibility();
  const close = () => {
    override.reset();
    onClose();
  };
  const errors = fieldErrorsOf(override.error);
  const general = errors.reason ? null : problemMessage(t, 'programs', override.error);

  return (
    <Modal opened={application !== null} onClose={close} title={t('programs.override.title', { name })} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!application) return;
          override.mutate({ id: application.id, eligible: eligible === 'yes', reason: reason.trim() }, { onSuccess: close });
        }}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Radio.Group label={t('programs.override.decision')} value={eligible} onChange={setEligible} required>
            <Stack gap={6} mt="xs">
              <Radio value="yes" label={t('programs.override.eligible')} />
              <Radio value="no" label={t('programs.override.ineligible')} />
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('programs.override.reason')}
            required
            autosize
            minRows={3}
            dir="auto"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={override.isPending} disabled={reason.trim().length === 0}>
              {t('programs.override.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
