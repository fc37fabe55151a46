import { ActionIcon, Alert, Button, Fieldset, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaleError } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { SDGS } from '@/features/bank/api/constants';
import { CooperativePicker } from '@/components/cooperative-picker';
import { problemMessage } from '@/lib/forms/problem-message';
import { pickerTexts } from '@/features/bank/components/bank-text';
import type { IdeaFormValues } from '@/features/bank/components/idea-form-values';
import { useSearchable } from '@/lib/search/use-searchable';

export type IdeaSubmitMode = 'draft' | 'submit';

type Props = {
  initialValues: IdeaFormValues;
  /** On edit the cooperative is fixed (shown, not chosen). */
  cooperativeName?: string;
  creating: boolean;
  pending: IdeaSubmitMode | null;
  error: unknown;
  onSubmit: (values: IdeaFormValues, mode: IdeaSubmitMode) => void;
  extra?: ReactNode;
};

/** An idea's fields; "save the draft" or "save and submit it for curation". */
export function IdeaForm({ initialValues, cooperativeName, creating, pending, error, onSubmit, extra }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const me = useMe().data;
  const sectors = useSectors().data;
  const regions = useRegions().data;
  const staff = isStaff(me);
  const form = useForm<IdeaFormValues>({
    initialValues,
    validate: {
      cooperativeId: (v) => (creating && !staff && !v ? t('bank.form.cooperativeRequired') : null),
      titleAr: (v, values) => (!v.trim() && !values.titleFr.trim() ? t('bank.form.titleRequired') : null),
      problem: (v) => (v.trim() ? null : t('validation.required')),
      solution: (v) => (v.trim() ? null : t('validation.required')),
      sectors: (v) => (v.length < 1 || v.length > 5 ? t('validation.maxSectors') : null),
      attachments: {
        url: (v, values, path) => {
          const index = Number(path.split('.')[1]);
          const row = values.attachments[index];
          if (!row || (!v.trim() && !row.label.trim())) return null;
          return /^https?:\/\/\S+$/i.test(v.trim()) ? null : t('bank.form.urlInvalid');
        },
      },
    },
  });

  useEffect(() => {
    if (error) form.setErrors(fieldErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);

  const general = error && !isStaleError(error) ? problemMessage(t, 'bank', error) : null;
  const submitWith = (mode: IdeaSubmitMode) => form.onSubmit((values) => onSubmit(values, mode));

  return (
    <form noValidate onSubmit={submitWith('draft')}>
      <Stack>
        {extra}
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Fieldset legend={<Title order={2} size="h4">{t('bank.form.sectionIdea')}</Title>}>
          <Stack>
            {creating ? (
              <CooperativePicker
                label={t('bank.form.cooperative')}
                required={!staff}
                noneLabel={staff ? t('bank.form.noCooperative') : undefined}
                value={form.values.cooperativeId}
                also={form.values.cooperativeId}
                texts={pickerTexts(t)}
                onChange={(id) => form.setFieldValue('cooperativeId', id)}
                error={form.errors.cooperativeId as string | undefined}
              />
            ) : (
              cooperativeName && (
                <div>
                  <Text size="sm" fw={500}>
                    {t('bank.form.cooperative')}
                  </Text>
                  <Text>{cooperativeName}</Text>
                </div>
              )
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('bank.form.titleAr')}
                description={t('bank.form.titleHint')}
                dir="rtl"
                lang="ar"
                {...form.getInputProps('titleAr')}
              />
              <TextInput label={t('bank.form.titleFr')} dir="ltr" lang="fr" {...form.getInputProps('titleFr')} />
            </SimpleGrid>
            <Textarea label={t('bank.ideas.problem')} required autosize minRows={3} dir="auto" {...form.getInputProps('problem')} />
            <Textarea label={t('bank.ideas.solution')} required autosize minRows={3} dir="auto" {...form.getInputProps('solution')} />
            <Textarea
              label={t('bank.ideas.beneficiaries')}
              description={t('bank.form.beneficiariesHint')}
              autosize
              minRows={2}
              dir="auto"
              {...form.getInputProps('beneficiaries')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('bank.form.sectionWhere')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('fields.sectors')}
              description={t('form.sectorsHint')}
              required
              {...searchable}
              maxValues={5}
              data={(sectors ?? []).map((s) => ({ value: s.code, label: fmt.name(s) }))}
              {...form.getInputProps('sectors')}
            />
            <MultiSelect
              label={t('bank.ideas.regions')}
              description={t('bank.form.regionsHint')}
              {...searchable}
              data={(regions ?? []).map((r) => ({ value: r.code, label: fmt.name(r) }))}
              {...form.getInputProps('regions')}
            />
            <MultiSelect
              label={t('bank.sdg.label')}
              {...searchable}
              data={SDGS.map((g) => ({
                value: String(g),
                label: t('bank.sdg.full', { number: fmt.number(g), name: t(`bank.sdg.names.${g}`) }),
              }))}
              {...form.getInputProps('sdgs')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('bank.form.sectionFigures')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NumberInput
              label={t('bank.form.investment')}
              min={0}
              allowNegative={false}
              {...form.getInputProps('investment')}
            />
            <NumberInput
              label={t('bank.ideas.jobsTotal')}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              {...form.getInputProps('jobs.total')}
            />
            <NumberInput
              label={t('bank.ideas.jobsWomen')}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              {...form.getInputProps('jobs.women')}
            />
            <NumberInput
              label={t('bank.ideas.jobsYouth')}
              min={0}
              allowNegative={false}
              allowDecimal={false}
              {...form.getInputProps('jobs.youth')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('bank.ideas.impact')}</Title>}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Textarea label={t('bank.ideas.impactSocial')} autosize minRows={2} dir="auto" {...form.getInputProps('impact.social')} />
            <Textarea
              label={t('bank.ideas.impactEconomic')}
              autosize
              minRows={2}
              dir="auto"
              {...form.getInputProps('impact.economic')}
            />
            <Textarea
              label={t('bank.ideas.impactEnvironmental')}
              autosize
              minRows={2}
              dir="auto"
              {...form.getInputProps('impact.environmental')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={<Title order={2} size="h4">{t('bank.ideas.attachments')}</Title>}>
          <Stack gap="xs">
            {form.values.attachments.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('bank.form.attachmentsHint')}
              </Text>
            )}
            {form.values.attachments.map((_, index) => (
              <Group key={index} align="end" wrap="nowrap">
                <TextInput
                  label={t('bank.form.attachmentLabel', { index: fmt.number(index + 1) })}
                  dir="auto"
                  style={{ flex: 1 }}
                  {...form.getInputProps(`attachments.${index}.label`)}
                />
                <TextInput
                  label={t('bank.form.attachmentUrl', { index: fmt.number(index + 1) })}
                  type="url"
                  dir="ltr"
                  placeholder="https://"
                  style={{ flex: 2 }}
                  {...form.getInputProps(`attachments.${index}.url`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={4}
                  aria-label={t('bank.form.removeAttachment', { index: fmt.number(index + 1) })}
                  onClick={() => form.removeListItem('attachments', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            {form.values.attachments.length < 10 && (
              <Group>
                <Button variant="light" size="xs" onClick={() => form.insertListItem('attachments', { label: '', url: '' })}>
                  {t('bank.form.addAttachment')}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" variant="light" loading={pending === 'draft'} disabled={pending === 'submit'}>
            {t('bank.form.saveDraft')}
          </Button>
          <Button
            type="button"
            loading={pending === 'submit'}
            disabled={pending === 'draft'}
            onClick={() => submitWith('submit')()}
          >
            {t('bank.form.saveAndSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
