import { Checkbox, Fieldset, Group, NumberInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat } from '@/lib/i18n/format';
import type { ApplicationDetails, CallDetails, CreateApplicationCommand, ProgramDetails } from '@/lib/api/schema-types';

export type ApplicationFormValues = {
  projectSummary: string;
  requestedAxes: string[];
  requestedAmount: number | string;
  /** One link per required document, by its key. */
  documents: Record<string, string>;
};

export function emptyApplication(call: CallDetails): ApplicationFormValues {
  return {
    projectSummary: '',
    requestedAxes: [],
    requestedAmount: '',
    documents: Object.fromEntries(call.documents.map((d) => [d.key, ''])),
  };
}

export function applicationValuesFrom(app: ApplicationDetails, call: CallDetails): ApplicationFormValues {
  const links = Object.fromEntries(app.documents.map((d) => [d.key, d.url]));
  return {
    projectSummary: app.projectSummary ?? '',
    requestedAxes: [...app.requestedAxes],
    requestedAmount: app.requestedAmount ?? '',
    documents: Object.fromEntries(call.documents.map((d) => [d.key, links[d.key] ?? ''])),
  };
}

/** The dossier as the API takes it: only the documents that have a link, in the call's order. */
export function applicationBodyFrom(v: ApplicationFormValues, call: CallDetails): Omit<CreateApplicationCommand, 'cooperativeId'> {
  return {
    projectSummary: v.projectSummary.trim() || null,
    requestedAxes: v.requestedAxes,
    requestedAmount: v.requestedAmount === '' || v.requestedAmount === null ? null : Number(v.requestedAmount),
    documents: call.documents
      .map((d) => ({ key: d.key, url: (v.documents[d.key] ?? '').trim() }))
      .filter((d) => d.url.length > 0),
  };
}

/**
 * The server's field errors on the form's fields: "documents[1].url" names the second document sent, so it is put
 * on that document's field; a 422 application.documents_missing marks every missing document.
 */
export function applicationErrorsFrom(
  error: unknown,
  sent: Omit<CreateApplicationCommand, 'cooperativeId'> | null,
  missingMessage: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    const doc = /^documents\.(\d+)(\.\w+)?$/.exec(path);
    const axis = /^requestedAxes\.\d+$/.exec(path);
    if (doc && sent?.documents?.[Number(doc[1])]) out[`documents.${sent.documents[Number(doc[1])]!.key}`] = message;
    else if (axis) out.requestedAxes = message;
    else if (path !== 'documents') out[path] = message;
  }
  if (isApiError(error) && Array.isArray(error.problem.missingDocuments)) {
    for (const key of error.problem.missingDocuments as unknown[]) {
      if (typeof key === 'string') out[`documents.${key}`] = missingMessage;
    }
  }
  return out;
}

type Props = { form: UseFormReturnType<ApplicationFormValues>; call: CallDetails; program: ProgramDetails | undefined };

/** The project, the support asked for and one link per required document (mandatory ones marked). */
export function ApplicationFields({ form, call, program }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currency = program?.currency ?? 'MAD';
  return (
    <Stack>
      <Textarea
        label={t('programs.application.projectSummary')}
        description={t('programs.application.projectSummaryHint')}
        autosize
        minRows={4}
        dir="auto"
        {...form.getInputProps('projectSummary')}
      />
      {program && program.supportAxes.length > 0 && (
        <Checkbox.Group label={t('programs.application.requestedAxes')} {...form.getInputProps('requestedAxes')}>
          <Stack gap={6} mt="xs">
            {program.supportAxes.map((a) => (
              <Checkbox key={a.code} value={a.code} label={fmt.name(a) || a.code} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <NumberInput
        label={t('programs.application.requestedAmount', { currency })}
        min={0}
        w={260}
        {...form.getInputProps('requestedAmount')}
      />
      <Fieldset legend={<Title order={2} size="h5">{t('programs.application.documents')}</Title>}>
        {call.documents.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('programs.calls.noDocuments')}
          </Text>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('programs.application.documentsHint')}
            </Text>
            {call.documents.map((d) => (
              <Group key={d.key} align="start" grow>
                <TextInput
                  type="url"
                  dir="ltr"
                  label={fmt.name(d) || d.key}
                  description={d.mandatory ? t('programs.calls.mandatory') : t('programs.calls.optional')}
                  withAsterisk={d.mandatory}
                  placeholder="https://"
                  {...form.getInputProps(`documents.${d.key}`)}
                />
              </Group>
            ))}
          </Stack>
        )}
      </Fieldset>
    </Stack>
  );
}
