import { ActionIcon, Alert, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionProvinceSelects } from '@/components/region-province-selects';
import { isStaleError } from '@/components/stale-record-alert';
import { DirectorySelect, OrganisationsMultiSelect } from '@/components/directory-select';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import type { DirectoryLabels } from '@/lib/directory/directory-options';
import { useFormat } from '@/lib/i18n/format';
import { EVENT_AUDIENCES, EVENT_KINDS, EVENT_STATUSES } from '@/features/events/api/constants';
import { problemMessage } from '@/lib/forms/problem-message';
import type { EventFormValues } from '@/features/events/components/event-form-values';

/** The API names list fields by index ("organisers[1]", "venue.address"): the form's fields. */
function formErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const key =
      path === 'venue.organisationId'
        ? 'venueOrganisationId'
        : path === 'venue.address'
          ? 'venueAddress'
          : /^(organisers|partners)\.\d+$/.test(path)
            ? path.split('.')[0]!
            : path;
    out[key] = out[key] ? `${out[key]} ${message}` : message;
  }
  return out;
}

type Props = {
  initialValues: EventFormValues;
  initialLabels?: DirectoryLabels;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: EventFormValues) => void;
  extra?: ReactNode;
};

/** The event editor: kind, texts, times (Casablanca), place, organisers and partners, links, seats, window, agenda. */
export function EventForm({ initialValues, initialLabels, submitLabel, pending, error, onSubmit, extra }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [labels, setLabels] = useState<DirectoryLabels>(initialLabels ?? {});
  const onLabel = (id: string, label: string) => setLabels((l) => (l[id] === label ? l : { ...l, [id]: label }));
  const searchTexts = { placeholder: t('events.form.typeToSearch'), nothingFound: t('events.form.nothingFound') };
  const form = useForm<EventFormValues>({
    initialValues,
    validate: {
      kind: (v) => (v ? null : t('events.form.kindRequired')),
      titleAr: (_, v) => (v.titleAr.trim() || v.titleFr.trim() ? null : t('events.form.titleRequired')),
      startsAt: (v) => (v ? null : t('events.form.startsRequired')),
      endsAt: (v, all) => (!v ? t('events.form.endsRequired') : all.startsAt && v <= all.startsAt ? t('events.form.endsAfterStart') : null),
      regionCode: (v) => (v ? null : t('events.form.regionRequired')),
      capacity: (v) => (v === '' || Number(v) >= 1 ? null : t('events.form.capacityMin')),
      registrationClosesAt: (v, all) =>
        v && all.registrationOpensAt && v <= all.registrationOpensAt ? t('events.form.closesAfterOpens') : null,
      networkId: (v, all) => (all.audience === 'networkMembers' && !v ? t('events.form.networkRequired') : null),
      agenda: {
        time: (v) => (!v || /^([01]\d|2[0-3]):[0-5]\d$/.test(v) ? null : t('events.form.timeFormat')),
        titleAr: (_, all, path) => {
          const i = Number(path.split('.')[1]);
          const item = all.agenda[i];
          return item && (item.titleAr.trim() || item.titleFr.trim()) ? null : t('events.form.itemRequired');
        },
      },
    },
  });
  useEffect(() => {
    if (error) form.setErrors(formErrorsOf(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply each new server answer once
  }, [error]);
  const general = error && !isStaleError(error) ? problemMessage(t, 'events', error) : null;

  return (
    <form noValidate onSubmit={form.onSubmit(onSubmit)}>
      <Stack>
        {extra}
        {general && (
          <Alert color="red" role="alert" data-testid="event-form-error">
            {general}
          </Alert>
        )}
        <Fieldset legend={<Title order={2} size="h4">{t('events.form.sectionWhat')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('events.fields.kind')}
              required
              data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <Select
              label={t('fields.status')}
              required
              allowDeselect={false}
              description={t('events.form.statusHint')}
              data={EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) }))}
              {...form.getInputProps('status')}
            />
            <Select
              label={t('events.fields.audience')}
              required
              allowDeselect={false}
              data={EVENT_AUDIENCES.map((a) => ({ value: a, label: t(`events.audience.${a}`) }))}
              {...form.getInputProps('audience')}
            />
            <TextInput label={t('events.form.titleAr')} dir="rtl" lang="ar" {...form.getInputProps('titleAr')} />
            <TextInput label={t('events.form.titleFr')} dir="ltr" lang="fr" {...form.getInputProps('titleFr')} />
            <TextInput label={t('events.form.titleEn')} dir="ltr" lang="en" {...form.getInputProps('titleEn')} />
            <Textarea label={t('events.form.descriptionAr')} dir="rtl" lang="ar" autosize minRows={3} {...form.getInputProps('descriptionAr')} />
            <Textarea label={t('events.form.descriptionFr')} dir="ltr" lang="fr" autosize minRows={3} {...form.getInputProps('descriptionFr')} />
            <Textarea label={t('events.form.descriptionEn')} dir="ltr" lang="en" autosize minRows={3} {...form.getInputProps('descriptionEn')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={<Title order={2} size="h4">{t('events.form.sectionWhen')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput
              type="datetime-local"
              label={t('events.fields.startsAt')}
              description={t('events.form.casablancaHint')}
              required
              {...form.getInputProps('startsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('events.fields.endsAt')}
              description={t('events.form.casablancaHint')}
              required
              {...form.getInputProps('endsAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('events.fields.registrationOpensAt')}
              description={t('events.form.opensHint')}
              {...form.getInputProps('registrationOpensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('events.fields.registrationClosesAt')}
              description={t('events.form.closesHint')}
              {...form.getInputProps('registrationClosesAt')}
            />
            <NumberInput
              label={t('events.fields.capacity')}
              description={t('events.form.capacityHint')}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('capacity')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={<Title order={2} size="h4">{t('events.form.sectionWhere')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <RegionProvinceSelects form={form} regionRequired clearable />
            <DirectorySelect
              kind="organisation"
              label={t('events.form.venueOrganisation')}
              description={t('events.form.venueOrganisationHint')}
              texts={searchTexts}
              labels={labels}
              onLabel={onLabel}
              value={form.values.venueOrganisationId}
              onChange={(id) => form.setFieldValue('venueOrganisationId', id)}
              error={form.errors.venueOrganisationId}
            />
            <TextInput label={t('events.form.venueAddress')} {...form.getInputProps('venueAddress')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={<Title order={2} size="h4">{t('events.form.sectionWho')}</Title>}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OrganisationsMultiSelect
              label={t('events.fields.organisers')}
              texts={searchTexts}
              labels={labels}
              onLabel={onLabel}
              value={form.values.organisers}
              onChange={(ids) => form.setFieldValue('organisers', ids)}
              error={form.errors.organisers}
            />
            <OrganisationsMultiSelect
              label={t('events.fields.partners')}
              texts={searchTexts}
              labels={labels}
              onLabel={onLabel}
              value={form.values.partners}
              onChange={(ids) => form.setFieldValue('partners', ids)}
              error={form.errors.partners}
            />
            <DirectorySelect
              kind="program"
              label={t('events.fields.program')}
              texts={searchTexts}
              labels={labels}
              onLabel={onLabel}
              value={form.values.programId}
              onChange={(id) => form.setFieldValue('programId', id)}
              error={form.errors.programId}
            />
            <DirectorySelect
              kind="network"
              label={t('events.fields.network')}
              description={t('events.form.networkHint')}
              texts={searchTexts}
              labels={labels}
              onLabel={onLabel}
              value={form.values.networkId}
              onChange={(id) => form.setFieldValue('networkId', id)}
              error={form.errors.networkId}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={<Title order={2} size="h4">{t('events.agenda.title')}</Title>}>
          <Stack gap="xs">
            {form.values.agenda.length === 0 && <Text c="dimmed">{t('events.agenda.none')}</Text>}
            {form.values.agenda.map((_, i) => (
              <Group key={i} align="start" gap="xs" wrap="wrap" data-testid="agenda-item">
                <TextInput
                  label={t('events.agenda.time')}
                  placeholder="09:30"
                  dir="ltr"
                  w={100}
                  {...form.getInputProps(`agenda.${i}.time`)}
                />
                <TextInput label={t('events.form.itemAr')} dir="rtl" lang="ar" {...form.getInputProps(`agenda.${i}.titleAr`)} />
                <TextInput label={t('events.form.itemFr')} dir="ltr" lang="fr" {...form.getInputProps(`agenda.${i}.titleFr`)} />
                <TextInput label={t('events.form.itemEn')} dir="ltr" lang="en" {...form.getInputProps(`agenda.${i}.titleEn`)} />
                <ActionIcon
                  mt={25}
                  variant="light"
                  color="red"
                  size="lg"
                  aria-label={t('events.form.removeItem', { index: fmt.number(i + 1) })}
                  onClick={() => form.removeListItem('agenda', i)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              w="fit-content"
              disabled={form.values.agenda.length >= 30}
              onClick={() => form.insertListItem('agenda', { time: '', titleAr: '', titleFr: '', titleEn: '' })}
            >
              {t('events.form.addItem')}
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
