import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionProvinceSelects } from '@/components/region-province-selects';
import { isStaleError } from '@/components/stale-record-alert';
import { isApiError } from '@/lib/api/problem';
import { CAPACITY_NEEDS } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { formProblem } from '@/lib/forms/problem-message';
import { useFormat } from '@/lib/i18n/format';
import { useLegalForms } from '@/lib/reference/get-legal-forms';
import { useSectors } from '@/lib/reference/get-sectors';
import {
  CONTACT_LANGUAGES,
  foldListErrors,
  type CooperativeFormValues,
} from '@/features/cooperatives/components/cooperative-form-values';
import { useSearchable } from '@/lib/search/use-searchable';

type Props = {
  initialValues: CooperativeFormValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Fields a cooperative manager may not change (registration number, region, province). */
  lockPlace?: boolean;
  onSubmit: (values: CooperativeFormValues) => void;
  extraAlert?: ReactNode;
  /** Registering: staff may record the contact's consent to announcements. */
  withConsent?: boolean;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Fieldset legend={<Title order={2} size="h4">{title}</Title>}>
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

export function CooperativeForm({
  initialValues,
  submitLabel,
  pending,
  error,
  lockPlace,
  onSubmit,
  extraAlert,
  withConsent,
}: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const sectors = useSectors().data;
  const legalForms = useLegalForms().data;
  const form = useForm<CooperativeFormValues>({
    initialValues,
    validate: {
      sectors: (v) => (v.length > 5 ? t('validation.maxSectors') : null),
    },
  });

  // Server-side validation: each message on its own field.
  useEffect(() => {
    if (!error) return;
    const errors = foldListErrors(fieldErrorsOf(error));
    if (isApiError(error) && error.status === 409 && !errors.registrationNumber && error.problem.code?.includes('registration')) {
      errors.registrationNumber = error.problem.detail ?? t('validation.duplicateRegistration');
    }
    form.setErrors(errors);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);

  const general = isStaleError(error) ? null : formProblem(t, error);

  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <Stack>
        {extraAlert}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Section title={t('form.sectionIdentity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.registrationNumber')}
              required
              disabled={lockPlace}
              dir="ltr"
              {...form.getInputProps('registrationNumber')}
            />
            <Select
              label={t('fields.legalForm')}
              data={(legalForms ?? []).map((l) => ({ value: l.code, label: fmt.name(l) }))}
              {...form.getInputProps('legalForm')}
            />
            <TextInput label={t('fields.nameAr')} dir="rtl" lang="ar" {...form.getInputProps('nameAr')} />
            <TextInput label={t('fields.nameFr')} dir="ltr" lang="fr" {...form.getInputProps('nameFr')} />
            <TextInput type="date" label={t('fields.foundedOn')} {...form.getInputProps('foundedOn')} />
            <MultiSelect
              label={t('fields.sectors')}
              description={t('form.sectorsHint')}
              required
              {...searchable}
              maxValues={5}
              data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
              {...form.getInputProps('sectors')}
            />
          </SimpleGrid>
          <Textarea label={t('fields.activities')} autosize minRows={2} {...form.getInputProps('activities')} />
          <TagsInput
            label={t('fields.products')}
            description={t('form.productsHint')}
            {...form.getInputProps('products')}
          />
        </Section>

        <Section title={t('form.sectionPlace')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <RegionProvinceSelects
              form={form}
              regionRequired
              regionDisabled={lockPlace}
              provinceRequired
              provinceDisabled={lockPlace}
            />
            <TextInput label={t('fields.commune')} {...form.getInputProps('commune')} />
            <TextInput label={t('fields.address')} {...form.getInputProps('address')} />
          </SimpleGrid>
        </Section>

        <Section title={t('form.sectionMembers')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('fields.membersTotal')} required min={0} allowDecimal={false} {...form.getInputProps('members.total')} />
            <NumberInput label={t('fields.membersWomen')} min={0} allowDecimal={false} {...form.getInputProps('members.women')} />
            <NumberInput label={t('fields.membersYouth')} min={0} allowDecimal={false} {...form.getInputProps('members.youth')} />
          </SimpleGrid>
          <Checkbox label={t('fields.womenLed')} {...form.getInputProps('womenLed', { type: 'checkbox' })} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label={t('fields.boardSize')} min={0} allowDecimal={false} {...form.getInputProps('board.size')} />
            <TextInput label={t('fields.managerRole')} {...form.getInputProps('board.managerRole')} />
          </SimpleGrid>
        </Section>

        <Section title={t('form.sectionCertifications')}>
          {form.values.certifications.length === 0 && <Text c="dimmed">{t('detail.noCertifications')}</Text>}
          {form.values.certifications.map((_, i) => (
            <Group key={i} align="end" gap="xs" wrap="wrap">
              <TextInput label={t('fields.certificationName')} {...form.getInputProps(`certifications.${i}.name`)} />
              <TextInput label={t('fields.issuer')} {...form.getInputProps(`certifications.${i}.issuer`)} />
              <TextInput type="date" label={t('fields.obtainedOn')} {...form.getInputProps(`certifications.${i}.obtainedOn`)} />
              <TextInput type="date" label={t('fields.expiresOn')} {...form.getInputProps(`certifications.${i}.expiresOn`)} />
              <ActionIcon
                variant="light"
                color="red"
                size="lg"
                aria-label={t('form.removeCertification', { index: i + 1 })}
                onClick={() => form.removeListItem('certifications', i)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() => form.insertListItem('certifications', { name: '', issuer: '', obtainedOn: '', expiresOn: '' })}
          >
            {t('form.addCertification')}
          </Button>
          <Checkbox.Group label={t('fields.needs')} {...form.getInputProps('needs')}>
            <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
              {CAPACITY_NEEDS.map((n) => (
                <Checkbox key={n} value={n} label={t(`needs.${n}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Section>

        <Section title={t('form.sectionContact')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('fields.phone')} type="tel" dir="ltr" {...form.getInputProps('contact.phone')} />
            <TextInput label={t('fields.email')} type="email" dir="ltr" {...form.getInputProps('contact.email')} />
            <TextInput label={t('fields.website')} type="url" dir="ltr" {...form.getInputProps('contact.website')} />
          </SimpleGrid>
          <Select
            label={t('fields.contactLanguage')}
            description={t('form.contactLanguageHint')}
            data={CONTACT_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            clearable
            w={{ base: '100%', sm: 'fit-content' }}
            {...form.getInputProps('contact.language')}
          />
          {withConsent && (
            <Checkbox
              label={t('form.contactConsent')}
              description={t('form.contactConsentHint')}
              {...form.getInputProps('contactConsent', { type: 'checkbox' })}
            />
          )}
        </Section>

        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
