import { Alert, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import type { ProgramDetails, SupportKind } from '@/lib/api/schema-types';
import { useApplicationSupport } from '@/features/programs/api/get-application-support';
import { useRecordOutcome } from '@/features/programs/api/record-outcome';
import { useRecordSupport } from '@/features/programs/api/record-support';
import { SUPPORT_KINDS } from '@/features/programs/api/constants';
import { problemMessage } from '@/lib/forms/problem-message';
import { num } from '@/lib/forms/form-values';
import { LocalizedText } from '@/components/localized-text';
import { ScrollTable } from '@/components/scroll-table';

type DialogProps = { applicationId: string; program: ProgramDetails; opened: boolean; onClose: () => void };

function RecordSupportDialog({ applicationId, program, opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const record = useRecordSupport();
  const form = useForm({
    initialValues: {
      axis: null as string | null,
      kind: null as SupportKind | null,
      amount: '' as number | string,
      deliveredOn: todayInCasablanca(),
      description: '',
    },
  });
  const close = () => {
    record.reset();
    form.reset();
    onClose();
  };
  const general = problemMessage(t, 'programs', record.error);
  return (
    <Modal opened={opened} onClose={close} title={t('programs.support.recordSupport')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          record.mutate(
            {
              id: applicationId,
              body: {
                axis: v.axis,
                kind: v.kind ?? undefined,
                amount: num(v.amount),
                deliveredOn: v.deliveredOn || null,
                description: v.description.trim() || null,
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
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('programs.support.axis')}
              required
              comboboxProps={{ withinPortal: true }}
              data={program.supportAxes.map((a) => ({ value: a.code, label: fmt.name(a) || a.code }))}
              {...form.getInputProps('axis')}
            />
            <Select
              label={t('programs.support.kind')}
              required
              comboboxProps={{ withinPortal: true }}
              data={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`programs.supportKind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <NumberInput label={t('programs.support.amount', { currency: program.currency })} min={0} {...form.getInputProps('amount')} />
            <TextInput type="date" label={t('programs.support.deliveredOn')} required {...form.getInputProps('deliveredOn')} />
          </SimpleGrid>
          <Textarea label={t('programs.support.description')} autosize minRows={2} dir="auto" {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('programs.support.recordSupport')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RecordOutcomeDialog({ applicationId, program, opened, onClose }: DialogProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const record = useRecordOutcome();
  const form = useForm({
    initialValues: { indicator: null as string | null, value: '' as number | string, measuredOn: todayInCasablanca(), note: '' },
  });
  const close = () => {
    record.reset();
    form.reset();
    onClose();
  };
  const general = problemMessage(t, 'programs', record.error);
  return (
    <Modal opened={opened} onClose={close} title={t('programs.support.recordOutcome')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          record.mutate(
            {
              id: applicationId,
              body: { indicator: v.indicator, value: num(v.value), measuredOn: v.measuredOn || null, note: v.note.trim() || null },
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
            label={t('programs.support.indicator')}
            required
            comboboxProps={{ withinPortal: true }}
            data={program.indicators.map((i) => ({ value: i.code, label: fmt.name(i) || i.code }))}
            {...form.getInputProps('indicator')}
          />
          <SimpleGrid cols={2}>
            <NumberInput label={t('programs.support.value')} required min={0} {...form.getInputProps('value')} />
            <TextInput type="date" label={t('programs.support.measuredOn')} required {...form.getInputProps('measuredOn')} />
          </SimpleGrid>
          <Textarea label={t('programs.support.note')} autosize minRows={2} dir="auto" {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('programs.support.recordOutcome')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type Props = { applicationId: string; program: ProgramDetails; canManage: boolean };

/** Support delivered to a beneficiary and outcomes measured; staff running the program record them. */
export function SupportPanel({ applicationId, program, canManage }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const support = useApplicationSupport(applicationId);
  const [supportOpen, supportDialog] = useDisclosure(false);
  const [outcomeOpen, outcomeDialog] = useDisclosure(false);
  const axisName = (code: string) => fmt.name(program.supportAxes.find((a) => a.code === code)) || code;
  const indicator = (code: string) => program.indicators.find((i) => i.code === code);

  return (
    <Card withBorder data-testid="support-panel">
      <Title order={2} size="h4" mb="sm">
        {t('programs.support.title')}
      </Title>
      {support.isError && <QueryError error={support.error} onRetry={() => void support.refetch()} />}
      {support.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {support.data && (
        <Stack>
          <div>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5">
                {t('programs.support.support')}
              </Title>
              {canManage && (
                <Button size="xs" variant="light" onClick={supportDialog.open}>
                  {t('programs.support.recordSupport')}
                </Button>
              )}
            </Group>
            {support.data.support.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('programs.support.noSupport')}
              </Text>
            ) : (
              <ScrollTable minWidth={560}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('programs.support.deliveredOn')}</Table.Th>
                      <Table.Th>{t('programs.support.axis')}</Table.Th>
                      <Table.Th>{t('programs.support.kind')}</Table.Th>
                      <Table.Th>{t('programs.support.amount', { currency: program.currency })}</Table.Th>
                      <Table.Th>{t('programs.support.description')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {support.data.support.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>{fmt.date(s.deliveredOn)}</Table.Td>
                        <Table.Td>{axisName(s.axis)}</Table.Td>
                        <Table.Td>{t(`programs.supportKind.${s.kind}`)}</Table.Td>
                        <Table.Td>{s.amount != null ? fmt.number(s.amount) : '—'}</Table.Td>
                        <Table.Td dir="auto">{s.description ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </div>
          <div>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5">
                {t('programs.support.outcomes')}
              </Title>
              {canManage && program.indicators.length > 0 && (
                <Button size="xs" variant="light" onClick={outcomeDialog.open}>
                  {t('programs.support.recordOutcome')}
                </Button>
              )}
            </Group>
            {support.data.outcomes.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('programs.support.noOutcomes')}
              </Text>
            ) : (
              <ScrollTable minWidth={480}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('programs.support.measuredOn')}</Table.Th>
                      <Table.Th>{t('programs.support.indicator')}</Table.Th>
                      <Table.Th>{t('programs.support.value')}</Table.Th>
                      <Table.Th>{t('programs.support.note')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {support.data.outcomes.map((o) => {
                      const i = indicator(o.indicator);
                      return (
                        <Table.Tr key={o.id}>
                          <Table.Td>{fmt.date(o.measuredOn)}</Table.Td>
                          <Table.Td>
                            <LocalizedText value={i} empty={o.indicator} />
                          </Table.Td>
                          <Table.Td>
                            {fmt.number(o.value)} {i?.unit ?? ''}
                          </Table.Td>
                          <Table.Td dir="auto">{o.note ?? '—'}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </div>
        </Stack>
      )}
      {canManage && (
        <>
          <RecordSupportDialog applicationId={applicationId} program={program} opened={supportOpen} onClose={supportDialog.close} />
          <RecordOutcomeDialog applicationId={applicationId} program={program} opened={outcomeOpen} onClose={outcomeDialog.close} />
        </>
      )}
    </Card>
  );
}
