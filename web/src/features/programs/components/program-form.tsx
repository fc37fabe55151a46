import { ActionIcon, Alert, Button, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectorySelect } from '@/components/directory-select';
import { isStaleError } from '@/components/stale-record-alert';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { PARTNER_ROLES } from '@/features/programs/api/constants';
import { problemMessage } from '@/lib/forms/problem-message';
import type { ProgramFormValues } from '@/features/programs/components/program-form-values';
import { useSearchable } from '@/lib/search/use-searchable';

/** One partner: the organisation (searched in the partner directory) and its role. */
function PartnerRow({ form, index }: { form: UseFormReturnType<ProgramFormValues>; index: number }) {
  const { t } = useTranslation();
  const row = form.values.partners[index]!;
  return (
    <Group align="end" gap="xs" wrap="wrap">
      <DirectorySelect
        kind="organisation"
        label={t('programs.form.partnerOrganisation')}
        texts={{ placeholder: t('programs.form.searchOrganisation'), nothingFound: t('programs.form.noOrganisation') }}
        required
        w={360}
        clearable={false}
        minChars={2}
        labels={row.organisationId ? { [row.organisationId]: row.label } : {}}
        onLabel={(_, label) => form.setFieldValue(`partners.${index}.label`, label)}
        value={row.organisationId}
        error={form.errors[`partners.${index}.organisationId`]}
        onChange={(value) => {
          form.setFieldValue(`partners.${index}.organisationId`, value);
          if (!value) form.setFieldValue(`partners.${index}.label`, '');
        }}
      />
      <Select
        label={t('programs.form.partnerRole')}
        required
        w={180}
        data={PARTNER_ROLES.map((r) => ({ value: r, label: t(`programs.partnerRole.${r}`) }))}
        {...form.getInputProps(`partners.${index}.role`)}
      />
      <ActionIcon
        variant="light"
        color="red"
        size="lg"
        aria-label={t('programs.form.removePartner', { index: index + 1 })}
        onClick={() => form.removeListItem('partners', index)}
      >
        ×
      </ActionIcon>
    </Group>
  );
}

type Props = {
  initialValues: ProgramFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ProgramFormValues) => void;
  extra?: ReactNode;
};

export function ProgramForm({ initialValues, submitLabel, pending, error, onSubmit, extra }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const form = useForm<ProgramFormValues>({ initialValues });
  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);
  const general = error && !isStaleError(error) ? problemMessage(t, 'programs', error) : null;
  const listError = (path: string) =>
    form.errors[path] ? (
      <Text c="red" size="sm">
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
        <Fieldset legend={<Title order={2} size="h4">{t('form.sectionIdentity')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('programs.code')} required dir="ltr" {...form.getInputProps('code')} />
            <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps('nameAr')} />
            <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps('nameFr')} />
            <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps('nameEn')} />
          </SimpleGrid>
          <TagsInput mt="sm" label={t('programs.goals')} description={t('programs.form.goalsHint')} {...form.getInputProps('goals')} />
          <SimpleGrid cols={{ base: 1, sm: 4 }} mt="sm">
            <NumberInput label={t('programs.budget')} min={0} {...form.getInputProps('budget')} />
            <TextInput label={t('programs.currency')} dir="ltr" maxLength={3} {...form.getInputProps('currency')} />
            <TextInput type="date" label={t('programs.startsOn')} {...form.getInputProps('startsOn')} />
            <TextInput type="date" label={t('programs.endsOn')} {...form.getInputProps('endsOn')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.form.sectionScope')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('programs.regions')}
              description={t('programs.form.regionsHint')}
              {...searchable}
              data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
              {...form.getInputProps('regions')}
            />
            <MultiSelect
              label={t('fields.sectors')}
              {...searchable}
              data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
              {...form.getInputProps('sectors')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.partners')}</Title>}>
          <Stack gap="xs">
            {form.values.partners.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('programs.noPartners')}
              </Text>
            )}
            {form.values.partners.map((_, i) => (
              <PartnerRow key={i} form={form} index={i} />
            ))}
            {listError('partners')}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => form.insertListItem('partners', { organisationId: null, role: 'partner', label: '' })}
            >
              {t('programs.form.addPartner')}
            </Button>
          </Stack>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.supportAxes')}</Title>}>
          <Stack gap="xs">
            {form.values.supportAxes.map((_, i) => (
              <Group key={i} align="end" gap="xs" wrap="wrap">
                <TextInput label={t('programs.form.key')} required dir="ltr" w={150} {...form.getInputProps(`supportAxes.${i}.code`)} />
                <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps(`supportAxes.${i}.nameAr`)} />
                <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps(`supportAxes.${i}.nameFr`)} />
                <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps(`supportAxes.${i}.nameEn`)} />
                <ActionIcon
                  variant="light"
                  color="red"
                  size="lg"
                  aria-label={t('programs.form.removeAxis', { index: i + 1 })}
                  onClick={() => form.removeListItem('supportAxes', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {listError('supportAxes')}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => form.insertListItem('supportAxes', { code: '', nameAr: '', nameFr: '', nameEn: '' })}
            >
              {t('programs.form.addAxis')}
            </Button>
          </Stack>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('programs.indicators')}</Title>}>
          <Stack gap="xs">
            {form.values.indicators.map((_, i) => (
              <Group key={i} align="end" gap="xs" wrap="wrap">
                <TextInput label={t('programs.form.key')} required dir="ltr" w={150} {...form.getInputProps(`indicators.${i}.code`)} />
                <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps(`indicators.${i}.nameAr`)} />
                <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps(`indicators.${i}.nameFr`)} />
                <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps(`indicators.${i}.nameEn`)} />
                <TextInput label={t('programs.unit')} w={90} {...form.getInputProps(`indicators.${i}.unit`)} />
                <NumberInput label={t('programs.target')} min={0} w={130} {...form.getInputProps(`indicators.${i}.target`)} />
                <ActionIcon
                  variant="light"
                  color="red"
                  size="lg"
                  aria-label={t('programs.form.removeIndicator', { index: i + 1 })}
                  onClick={() => form.removeListItem('indicators', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {listError('indicators')}
            <Button
              variant="light"
              w="fit-content"
              onClick={() =>
                form.insertListItem('indicators', { code: '', nameAr: '', nameFr: '', nameEn: '', unit: '', target: '' })
              }
            >
              {t('programs.form.addIndicator')}
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
