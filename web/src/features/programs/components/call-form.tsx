import { ActionIcon, Alert, Badge, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleError } from '@/components/stale-record-alert';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { CALL_STATUSES, COOPERATIVE_STATUS_RULES } from '@/features/programs/api/constants';
import { problemMessage } from '@/lib/forms/problem-message';
import { type CallFormValues, weightsTotal } from '@/features/programs/components/call-form-values';
import { useSearchable } from '@/lib/search/use-searchable';

type Props = {
  initialValues: CallFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: CallFormValues) => void;
  extra?: ReactNode;
};

/** A call's texts, dates (Casablanca time), places, rules, required documents and weighted criteria (live total). */
export function CallForm({ initialValues, submitLabel, pending, error, onSubmit, extra }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const form = useForm<CallFormValues>({
    initialValues,
    validate: {
      criteria: (criteria) =>
        criteria.length === 0
          ? t('programs.callForm.criteriaRequired')
          : weightsTotal(criteria) !== 100
            ? t('programs.callForm.weightsMustSum')
            : null,
    },
  });
  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);
  const general = error && !isStaleError(error) ? problemMessage(t, 'programs', error) : null;
  const total = weightsTotal(form.values.criteria);
  const chosenRegions = form.values.rules.regions;
  const provinces = (regions ?? [])
    .filter((r) => chosenRegions.length === 0 || chosenRegions.includes(r.code))
    .flatMap((r) => r.provinces.map((p) => ({ value: p.code, label: fmt.name(p) })));
  const listError = (path: string) =>
    form.errors[path] ? (
      <Text c="red" size="sm" role="alert">
        {form.errors[path]}
      </Text>
    ) : null;

  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <Stack>
        {extra}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Fieldset legend={<Title order={2} size="h4">{t('programs.callForm.sectionText')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('programs.callForm.titleAr')} dir="rtl" lang="ar" {...form.getInputProps('titleAr')} />
            <TextInput label={t('programs.callForm.titleFr')} dir="ltr" lang="fr" {...form.getInputProps('titleFr')} />
            <TextInput label={t('programs.callForm.titleEn')} dir="ltr" lang="en" {...form.getInputProps('titleEn')} />
            <Textarea label={t('programs.callForm.descriptionAr')} dir="rtl" lang="ar" autosize minRows={3} {...form.getInputProps('descriptionAr')} />
            <Textarea label={t('programs.callForm.descriptionFr')} dir="ltr" lang="fr" autosize minRows={3} {...form.getInputProps('descriptionFr')} />
            <Textarea label={t('programs.callForm.descriptionEn')} dir="ltr" lang="en" autosize minRows={3} {...form.getInputProps('descriptionEn')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.callForm.sectionDates')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 4 }}>
            <TextInput
              type="datetime-local"
              label={t('programs.callForm.opensAt')}
              description={t('programs.callForm.casablancaHint')}
              required
              {...form.getInputProps('opensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('programs.callForm.closesAt')}
              description={t('programs.callForm.casablancaHint')}
              required
              {...form.getInputProps('closesAt')}
            />
            <NumberInput label={t('programs.calls.places')} required min={1} allowDecimal={false} {...form.getInputProps('places')} />
            <Select
              label={t('fields.status')}
              required
              allowDeselect={false}
              data={CALL_STATUSES.map((s) => ({ value: s, label: t(`programs.callStatus.${s}`) }))}
              {...form.getInputProps('status')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.calls.whoCanApply')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('fields.sectors')}
              description={t('programs.callForm.emptyMeansAll')}
              {...searchable}
              data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
              {...form.getInputProps('rules.sectors')}
            />
            <MultiSelect
              label={t('programs.regions')}
              description={t('programs.callForm.emptyMeansAll')}
              {...searchable}
              data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
              {...form.getInputProps('rules.regions')}
            />
            <MultiSelect
              label={t('programs.callForm.provinces')}
              description={t('programs.callForm.emptyMeansAll')}
              {...searchable}
              data={provinces}
              {...form.getInputProps('rules.provinces')}
            />
            <MultiSelect
              label={t('programs.callForm.statuses')}
              data={COOPERATIVE_STATUS_RULES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              {...form.getInputProps('rules.statuses')}
            />
            <NumberInput label={t('programs.callForm.minAgeMonths')} min={0} allowDecimal={false} {...form.getInputProps('rules.minAgeMonths')} />
            <NumberInput label={t('programs.callForm.minMembers')} min={1} allowDecimal={false} {...form.getInputProps('rules.minMembers')} />
            <NumberInput
              label={t('programs.callForm.maxPreviousAwards')}
              min={0}
              allowDecimal={false}
              {...form.getInputProps('rules.maxPreviousAwards')}
            />
            <Checkbox
              mt="lg"
              label={t('programs.callForm.womenLedOnly')}
              {...form.getInputProps('rules.womenLedOnly', { type: 'checkbox' })}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.calls.documents')}</Title>}>
          <Stack gap="xs">
            {form.values.documents.map((_, i) => (
              <Group key={i} align="end" gap="xs" wrap="wrap">
                <TextInput label={t('programs.form.key')} required dir="ltr" w={150} {...form.getInputProps(`documents.${i}.key`)} />
                <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps(`documents.${i}.nameAr`)} />
                <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps(`documents.${i}.nameFr`)} />
                <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps(`documents.${i}.nameEn`)} />
                <Checkbox
                  mb={8}
                  label={t('programs.calls.mandatory')}
                  {...form.getInputProps(`documents.${i}.mandatory`, { type: 'checkbox' })}
                />
                <ActionIcon
                  variant="light"
                  color="red"
                  size="lg"
                  aria-label={t('programs.callForm.removeDocument', { index: i + 1 })}
                  onClick={() => form.removeListItem('documents', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {listError('documents')}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => form.insertListItem('documents', { key: '', nameAr: '', nameFr: '', nameEn: '', mandatory: true })}
            >
              {t('programs.callForm.addDocument')}
            </Button>
          </Stack>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.calls.criteria')}</Title>}>
          <Stack gap="xs">
            {form.values.criteria.map((_, i) => (
              <Group key={i} align="end" gap="xs" wrap="wrap">
                <TextInput label={t('programs.form.key')} required dir="ltr" w={150} {...form.getInputProps(`criteria.${i}.key`)} />
                <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps(`criteria.${i}.nameAr`)} />
                <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps(`criteria.${i}.nameFr`)} />
                <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps(`criteria.${i}.nameEn`)} />
                <NumberInput
                  label={t('programs.calls.weight')}
                  required
                  min={1}
                  max={100}
                  allowDecimal={false}
                  w={110}
                  {...form.getInputProps(`criteria.${i}.weight`)}
                />
                <ActionIcon
                  variant="light"
                  color="red"
                  size="lg"
                  aria-label={t('programs.callForm.removeCriterion', { index: i + 1 })}
                  onClick={() => form.removeListItem('criteria', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group gap="sm">
              <Badge size="lg" color={total === 100 ? 'teal' : 'red'} variant="light" data-testid="weights-total" aria-live="polite">
                {t('programs.callForm.weightsTotal', { total: fmt.number(total) })}
              </Badge>
            </Group>
            {listError('criteria')}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => form.insertListItem('criteria', { key: '', nameAr: '', nameFr: '', nameEn: '', weight: '' })}
            >
              {t('programs.callForm.addCriterion')}
            </Button>
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
