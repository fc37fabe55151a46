import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { COOPERATIVE_STATUSES, type CooperativeStatus } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { todayInCasablanca } from '@/lib/i18n/format';
import { useChangeStatus } from '@/features/cooperatives/api/change-status';

type Props = {
  opened: boolean;
  onClose: () => void;
  id: string;
  etag: string | null;
  current: CooperativeStatus;
};

export function StatusChangeDialog({ opened, onClose, id, etag, current }: Props) {
  const { t } = useTranslation();
  const change = useChangeStatus();
  const form = useForm({
    initialValues: { status: '' as string, effectiveOn: todayInCasablanca(), reason: '' },
    validate: {
      status: (v) => (v ? null : t('validation.required')),
      effectiveOn: (v) => (v ? null : t('validation.required')),
    },
  });
  const error = change.error;
  const general =
    error && isApiError(error)
      ? error.status === 412
        ? t('errors.stale')
        : Object.keys(fieldErrorsOf(error)).length === 0
          ? (error.problem.detail ?? t('common.errorText'))
          : null
      : error
        ? t('common.errorText')
        : null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('statusChange.title')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          change.mutate(
            {
              id,
              etag,
              body: {
                status: values.status as CooperativeStatus,
                effectiveOn: values.effectiveOn,
                reason: values.reason.trim() || undefined,
              },
            },
            {
              onSuccess: () => {
                form.reset();
                onClose();
              },
              onError: (e) => form.setErrors(fieldErrorsOf(e)),
            },
          ),
        )}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Select
            label={t('statusChange.newStatus')}
            required
            data={COOPERATIVE_STATUSES.filter((s) => s !== current).map((s) => ({ value: s, label: t(`status.${s}`) }))}
            {...form.getInputProps('status')}
          />
          <TextInput
            type="date"
            label={t('statusChange.effectiveOn')}
            required
            {...form.getInputProps('effectiveOn')}
          />
          <Textarea label={t('statusChange.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('statusChange.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
