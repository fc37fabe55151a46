import { ActionIcon, Alert, Button, Fieldset, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import type { NetworkProject } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { problemDetail } from '@/lib/forms/problem-message';
import { todayInCasablanca } from '@/lib/i18n/format';
import { num, type NumberInputValue } from '@/lib/forms/form-values';
import { useRecordImpactAssessment } from '@/features/networks/api/record-impact-assessment';

type Props = { networkId: string; project: NetworkProject | null; onClose: () => void };
type Values = {
  assessedOn: string;
  jobs: NumberInputValue;
  womenInvolved: NumberInputValue;
  youthInvolved: NumberInputValue;
  revenue: NumberInputValue;
  investment: NumberInputValue;
  environmental: { name: string; value: NumberInputValue; unit: string }[];
  note: string;
};

export function RecordAssessmentDialog({ networkId, project, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRecordImpactAssessment();
  const form = useForm<Values>({
    initialValues: {
      assessedOn: todayInCasablanca(),
      jobs: '',
      womenInvolved: '',
      youthInvolved: '',
      revenue: '',
      investment: '',
      environmental: [],
      note: '',
    },
  });
  const close = () => {
    record.reset();
    form.reset();
    onClose();
  };
  const error = record.error;
  const general =
    error && Object.keys(fieldErrorsOf(error)).length === 0
      ? isApiError(error) && error.problem.code === 'network.assessment_exists'
        ? t('impact.assessmentExists')
        : problemDetail(t, error)
      : null;

  return (
    <Modal opened={project !== null} onClose={close} size="lg" title={t('impact.recordFor', { project: project?.title ?? '' })}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          if (!project) return;
          record.mutate(
            {
              networkId,
              projectId: project.id,
              body: {
                assessedOn: v.assessedOn || null,
                jobs: num(v.jobs),
                womenInvolved: num(v.womenInvolved),
                youthInvolved: num(v.youthInvolved),
                revenue: num(v.revenue),
                investment: num(v.investment),
                environmental: v.environmental.map((e) => ({ name: e.name.trim() || null, value: num(e.value), unit: e.unit.trim() || null })),
                note: v.note.trim() || null,
              },
            },
            { onSuccess: close, onError: (e) => form.setErrors(fieldErrorsOf(e)) },
          );
        })}
      >
        <Stack>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <TextInput type="date" label={t('impact.assessedOn')} required {...form.getInputProps('assessedOn')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('impact.metrics.jobs')} min={0} allowDecimal={false} {...form.getInputProps('jobs')} />
            <NumberInput label={t('impact.metrics.womenInvolved')} min={0} allowDecimal={false} {...form.getInputProps('womenInvolved')} />
            <NumberInput label={t('impact.metrics.youthInvolved')} min={0} allowDecimal={false} {...form.getInputProps('youthInvolved')} />
            <NumberInput label={t('impact.metrics.revenue')} min={0} {...form.getInputProps('revenue')} />
            <NumberInput label={t('impact.metrics.investment')} min={0} {...form.getInputProps('investment')} />
          </SimpleGrid>
          <Fieldset legend={t('impact.environmental')}>
            <Stack gap="xs">
              {form.values.environmental.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('impact.noEnvironmental')}
                </Text>
              )}
              {form.values.environmental.map((_, i) => (
                <Group key={i} align="end" gap="xs" wrap="wrap">
                  <TextInput label={t('impact.indicatorName')} {...form.getInputProps(`environmental.${i}.name`)} />
                  <NumberInput label={t('impact.indicatorValue')} w={120} {...form.getInputProps(`environmental.${i}.value`)} />
                  <TextInput label={t('impact.indicatorUnit')} w={100} {...form.getInputProps(`environmental.${i}.unit`)} />
                  <ActionIcon
                    variant="light"
                    color="red"
                    size="lg"
                    aria-label={t('impact.removeIndicator', { index: i + 1 })}
                    onClick={() => form.removeListItem('environmental', i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="light"
                w="fit-content"
                onClick={() => form.insertListItem('environmental', { name: '', value: '', unit: '' })}
              >
                {t('impact.addIndicator')}
              </Button>
            </Stack>
          </Fieldset>
          <Textarea label={t('impact.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('impact.record')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
