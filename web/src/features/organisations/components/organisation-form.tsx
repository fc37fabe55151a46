import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionProvinceSelects } from '@/components/region-province-selects';
import { isApiError } from '@/lib/api/problem';
import { ORGANISATION_KINDS } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { formProblem } from '@/lib/forms/problem-message';
import type { OrganisationFormValues } from '@/features/organisations/components/organisation-form-values';

type Props = {
  initialValues: OrganisationFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: OrganisationFormValues) => void;
  /** Shown above the fields (stale record, duplicate candidates…). */
  extra?: ReactNode;
  /** Errors the caller explains itself (412, 409 candidates) are not repeated as a general alert. */
  handledStatuses?: number[];
};

export function OrganisationForm({ initialValues, submitLabel, pending, error, onSubmit, extra, handledStatuses = [] }: Props) {
  const { t } = useTranslation();
  const form = useForm<OrganisationFormValues>({ initialValues });

  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);

  const handled = isApiError(error) && handledStatuses.includes(error.status);
  const general = handled ? null : formProblem(t, error);

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
            <Select
              label={t('organisations.kind')}
              required
              data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('organisations.acronym')} dir="auto" {...form.getInputProps('acronym')} />
            <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps('nameAr')} />
            <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps('nameFr')} />
            <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps('nameEn')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('form.sectionPlace')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <RegionProvinceSelects form={form} clearable regionDescription={t('organisations.regionHint')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('form.sectionContact')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('fields.phone')} type="tel" dir="ltr" {...form.getInputProps('contact.phone')} />
            <TextInput label={t('fields.email')} type="email" dir="ltr" {...form.getInputProps('contact.email')} />
            <TextInput label={t('fields.website')} type="url" dir="ltr" {...form.getInputProps('contact.website')} />
          </SimpleGrid>
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
