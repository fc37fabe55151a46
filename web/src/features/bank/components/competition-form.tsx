import { ActionIcon, Alert, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleError } from '@/components/stale-record-alert';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useIdeathons } from '@/features/bank/api/get-ideathons';
import { COMPETITION_STATUSES } from '@/features/bank/api/constants';
import { problemMessage } from '@/lib/forms/problem-message';
import type { CompetitionFormValues } from '@/features/bank/components/competition-form-values';
import { useSearchable } from '@/lib/search/use-searchable';

const KEY = /^[a-z0-9][a-z0-9_-]{0,39}$/;

type Props = {
  initialValues: CompetitionFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: CompetitionFormValues) => void;
  extra?: ReactNode;
};

/** A competition: titles, the ideathon event, the entry window (Casablanca time), criteria with weights summing to 100, tie rule. */
export function CompetitionForm({ initialValues, submitLabel, pending, error, onSubmit, extra }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data;
  const events = useIdeathons();
  const form = useForm<CompetitionFormValues>({
    initialValues,
    validate: {
      titleAr: (v, values) => (!v.trim() && !values.titleFr.trim() ? t('bank.form.titleRequired') : null),
      eventId: (v) => (v ? null : t('validation.required')),
      opensAt: (v) => (v ? null : t('validation.required')),
      closesAt: (v, values) =>
        !v ? t('validation.required') : values.opensAt && v <= values.opensAt ? t('bank.competitionForm.closesAfterOpens') : null,
      criteria: {
        key: (v) => (KEY.test(v.trim()) ? null : t('bank.competitionForm.keyInvalid')),
        nameAr: (v, values, path) => {
          const row = values.criteria[Number(path.split('.')[1])];
          return !v.trim() && !row?.nameFr.trim() ? t('bank.competitionForm.nameRequired') : null;
        },
        weight: (v) => (v === '' || Number(v) < 1 || Number(v) > 100 ? t('bank.competitionForm.weightRange') : null),
      },
    },
  });

  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);

  const sum = form.values.criteria.reduce((s, c) => s + (Number(c.weight) || 0), 0);
  const keys = form.values.criteria.map((c) => c.key.trim()).filter(Boolean);
  const general = error && !isStaleError(error) ? problemMessage(t, 'bank', error) : null;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (sum !== 100) {
          form.setFieldError('criteria', t('bank.competitionForm.weightsSum', { sum: fmt.number(sum) }));
          return;
        }
        onSubmit(values);
      })}
    >
      <Stack>
        {extra}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Fieldset legend={<Title order={2} size="h4">{t('bank.competitionForm.sectionWhat')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('bank.form.titleAr')} dir="rtl" lang="ar" {...form.getInputProps('titleAr')} />
            <TextInput label={t('bank.form.titleFr')} dir="ltr" lang="fr" {...form.getInputProps('titleFr')} />
            <Select
              label={t('bank.competitionForm.event')}
              description={t('bank.competitionForm.eventHint')}
              required
              {...searchable}
              nothingFoundMessage={t('bank.competitionForm.noEvent')}
              data={(events.data?.items ?? []).map((e) => ({
                value: e.id,
                label: `${fmt.name(titleOf(e))} — ${formatWallClock(e.startsAt, fmt.language)}`,
              }))}
              {...form.getInputProps('eventId')}
            />
            <Select
              label={t('fields.region')}
              description={t('bank.competitionForm.regionHint')}
              clearable
              {...searchable}
              data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
              {...form.getInputProps('regionCode')}
            />
            <TextInput
              type="datetime-local"
              label={t('bank.competitionForm.opensAt')}
              required
              {...form.getInputProps('opensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('bank.competitionForm.closesAt')}
              description={t('bank.competitions.casablancaTime')}
              required
              {...form.getInputProps('closesAt')}
            />
            <Select
              label={t('fields.status')}
              allowDeselect={false}
              data={COMPETITION_STATUSES.map((s) => ({ value: s, label: t(`bank.competitionStatus.${s}`) }))}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('bank.competitions.description')}
            autosize
            minRows={2}
            dir="auto"
            {...form.getInputProps('description')}
          />
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('bank.competitions.criteria')}</Title>}>
          <Stack gap="xs">
            <Text size="sm" c={sum === 100 ? 'dimmed' : 'red'} data-testid="weights-sum">
              {t('bank.competitionForm.weightsTotal', { sum: fmt.number(sum) })}
            </Text>
            {typeof form.errors.criteria === 'string' && (
              <Text size="sm" c="red" role="alert">
                {form.errors.criteria}
              </Text>
            )}
            {form.values.criteria.map((_, index) => {
              const n = fmt.number(index + 1);
              return (
                <Group key={index} align="start" wrap="wrap">
                  <TextInput label={t('bank.competitionForm.key', { index: n })} dir="ltr" w={170} {...form.getInputProps(`criteria.${index}.key`)} />
                  <TextInput
                    label={t('bank.competitionForm.nameAr', { index: n })}
                    dir="rtl"
                    w={200}
                    {...form.getInputProps(`criteria.${index}.nameAr`)}
                  />
                  <TextInput
                    label={t('bank.competitionForm.nameFr', { index: n })}
                    dir="ltr"
                    w={200}
                    {...form.getInputProps(`criteria.${index}.nameFr`)}
                  />
                  <NumberInput
                    label={t('bank.competitionForm.weight', { index: n })}
                    min={1}
                    max={100}
                    allowDecimal={false}
                    allowNegative={false}
                    w={110}
                    {...form.getInputProps(`criteria.${index}.weight`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={26}
                    disabled={form.values.criteria.length <= 1}
                    aria-label={t('bank.competitionForm.removeCriterion', { index: n })}
                    onClick={() => form.removeListItem('criteria', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              );
            })}
            {form.values.criteria.length < 12 && (
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => form.insertListItem('criteria', { key: '', nameAr: '', nameFr: '', weight: '' })}
                >
                  {t('bank.competitionForm.addCriterion')}
                </Button>
              </Group>
            )}
            <Select
              label={t('bank.competitionForm.tieBreak')}
              description={t('bank.competitionForm.tieBreakHint')}
              w={320}
              data={keys.map((k) => ({
                value: k,
                label: fmt.name(form.values.criteria.find((c) => c.key.trim() === k)) || k,
              }))}
              {...form.getInputProps('tieBreakCriterion')}
            />
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
