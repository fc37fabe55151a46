import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PROJECT_STATUSES, type ProjectStatus } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { unfieldedProblem } from '@/lib/forms/problem-message';
import { useFormat } from '@/lib/i18n/format';
import { useSectors } from '@/lib/reference/get-sectors';
import { useCreateNetworkProject } from '@/features/networks/api/create-network-project';
import { useNetworkMembers } from '@/features/networks/api/get-network-members';
import { useSearchable } from '@/lib/search/use-searchable';

type Props = { networkId: string; opened: boolean; onClose: () => void };
type Values = {
  title: string;
  description: string;
  sector: string | null;
  memberships: string[];
  startedOn: string;
  status: ProjectStatus | null;
};

export function CreateProjectDialog({ networkId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const sectors = useSectors().data;
  const members = useNetworkMembers(networkId, true);
  const create = useCreateNetworkProject();
  const form = useForm<Values>({
    initialValues: { title: '', description: '', sector: null, memberships: [], startedOn: '', status: 'planned' },
  });
  const close = () => {
    create.reset();
    form.reset();
    onClose();
  };
  const general = unfieldedProblem(t, create.error);

  return (
    <Modal opened={opened} onClose={close} title={t('impact.createProject')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          create.mutate(
            {
              networkId,
              body: {
                title: v.title.trim() || null,
                description: v.description.trim() || null,
                sector: v.sector,
                memberships: v.memberships,
                startedOn: v.startedOn || null,
                status: v.status ?? undefined,
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
          <TextInput label={t('impact.projectTitle')} required dir="auto" {...form.getInputProps('title')} />
          <Textarea label={t('impact.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('fields.sector')}
              clearable
              {...searchable}
              comboboxProps={{ withinPortal: true }}
              data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
              {...form.getInputProps('sector')}
            />
            <TextInput type="date" label={t('impact.startedOn')} {...form.getInputProps('startedOn')} />
            <Select
              label={t('fields.status')}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              data={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projectStatus.${s}`) }))}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('impact.involvedMembers')}
            {...searchable}
            comboboxProps={{ withinPortal: true }}
            data={(members.data ?? []).map((m) => ({ value: m.id, label: fmt.name(m) }))}
            {...form.getInputProps('memberships')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('impact.createProject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
