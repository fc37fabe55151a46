import { Alert, Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionProvinceSelects } from '@/components/region-province-selects';
import { isStaleError } from '@/components/stale-record-alert';
import { NETWORK_KINDS, NETWORK_SCOPES, NETWORK_STATUSES, type NetworkScope } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { formProblem } from '@/lib/forms/problem-message';
import { useFormat } from '@/lib/i18n/format';
import { useSectors } from '@/lib/reference/get-sectors';
import type { NetworkFormValues } from '@/features/networks/components/network-form-values';
import { useSearchable } from '@/lib/search/use-searchable';

type Props = {
  initialValues: NetworkFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: NetworkFormValues) => void;
  extra?: ReactNode;
};

export function NetworkForm({ initialValues, submitLabel, pending, error, onSubmit, extra }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const sectors = useSectors().data;
  const form = useForm<NetworkFormValues>({ initialValues });

  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);

  const scope = form.values.scope;
  const needsRegion = scope !== 'national';
  const needsProvince = scope === 'local' || scope === 'provincial';
  const general = isStaleError(error) ? null : formProblem(t, error);

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
              label={t('networks.kind')}
              required
              allowDeselect={false}
              data={NETWORK_KINDS.map((k) => ({ value: k, label: t(`networkKind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('fields.status')}
              required
              allowDeselect={false}
              data={NETWORK_STATUSES.map((s) => ({ value: s, label: t(`networkStatus.${s}`) }))}
              {...form.getInputProps('status')}
            />
            <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps('nameAr')} />
            <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps('nameFr')} />
            <TextInput label={t('fields.nameEn')} dir="ltr" lang="en" {...form.getInputProps('nameEn')} />
            <TextInput label={t('organisations.acronym')} dir="auto" {...form.getInputProps('acronym')} />
            <MultiSelect
              label={t('fields.sectors')}
              {...searchable}
              data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
              {...form.getInputProps('sectors')}
            />
            <TextInput type="date" label={t('fields.foundedOn')} {...form.getInputProps('foundedOn')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('networks.sectionScope')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('networks.scope')}
              required
              data={NETWORK_SCOPES.map((s) => ({ value: s, label: t(`networkScope.${s}`) }))}
              {...form.getInputProps('scope')}
              onChange={(value) => {
                form.setFieldValue('scope', value as NetworkScope | null);
                if (value === 'national') form.setFieldValue('regionCode', null);
                if (value === 'national' || value === 'regional') form.setFieldValue('provinceCode', null);
              }}
            />
            <RegionProvinceSelects
              form={form}
              clearable
              regionRequired={needsRegion}
              regionDisabled={!needsRegion}
              provinceRequired={needsProvince}
              provinceDisabled={!needsProvince}
              provinceWanted={needsProvince}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('networks.foundingAssembly')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('networks.heldOn')} {...form.getInputProps('foundingAssembly.heldOn')} />
            <TextInput label={t('networks.place')} dir="auto" {...form.getInputProps('foundingAssembly.place')} />
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
