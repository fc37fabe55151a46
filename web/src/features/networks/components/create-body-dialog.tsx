import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, type BodyKind } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { useCreateNetworkBody } from '@/features/networks/api/create-network-body';

type Props = { networkId: string; opened: boolean; onClose: () => void };
type Values = { kind: BodyKind | null; nameAr: string; nameFr: string; purpose: string };

export function CreateBodyDialog({ networkId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateNetworkBody();
  const form = useForm<Values>({ initialValues: { kind: 'workingBody', nameAr: '', nameFr: '', purpose: '' } });
  const close = () => {
    create.reset();
    form.reset();
    onClose();
  };
  const general = unfieldedProblem(t, create.error);

  return (
    <Modal opened={opened} onClose={close} title={t('networks.createBody')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              networkId,
              body: {
                kind: v.kind ?? undefined,
                nameAr: v.nameAr.trim() || null,
                nameFr: v.nameFr.trim() || null,
                purpose: v.purpose.trim() || null,
              },
            },
            { onSuccess: close, onError: (e) => form.setErrors(fieldErrorsOf(e)) },
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
            label={t('networks.bodyKind')}
            required
            allowDeselect={false}
            data={BODY_KINDS.map((k) => ({ value: k, label: t(`bodyKind.${k}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps('nameAr')} />
          <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps('nameFr')} />
          <Textarea label={t('networks.purpose')} autosize minRows={2} {...form.getInputProps('purpose')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('networks.createBody')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
