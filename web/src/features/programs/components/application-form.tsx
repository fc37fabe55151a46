import { Checkbox, Fieldset, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { CallDetails, ProgramDetails } from '@/lib/api/schema-types';
import type { ApplicationFormValues } from '@/features/programs/components/application-form-values';
import { useDocumentPicker } from '@/components/document-picker-slot';

type Props = {
  form: UseFormReturnType<ApplicationFormValues>;
  call: CallDetails;
  program: ProgramDetails | undefined;
  /** The applying cooperative: its vault is offered for each required document (links only without it). */
  cooperativeId?: string | null;
  /** Where the saved picks are read, by required document key (the application's contentUrl). */
  contentUrls?: Record<string, string>;
};

/**
 * The project, the support asked for and, per required document (mandatory ones marked), a document of the
 * cooperative's vault — chosen or uploaded on the spot — or a link (ADR 0030).
 */
export function ApplicationFields({ form, call, program, cooperativeId, contentUrls }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currency = program?.currency ?? 'MAD';
  const vault = useDocumentPicker();
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
      {/* A native number field (the phone's numeric keyboard), not Mantine's NumberInput: its formatting library was
          9 KB of Brotli in the form's first download (issue 16). */}
      <TextInput
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        label={t('programs.application.requestedAmount', { currency })}
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
            {call.documents.map((d) => {
              const name = fmt.name(d) || d.key;
              const picked = form.values.vault?.[d.key] ?? null;
              const error = form.errors[`documents.${d.key}`];
              return (
                <Stack key={d.key} gap={6} data-testid={`required-document-${d.key}`}>
                  {picked ? (
                    <>
                      <Text size="sm" fw={500}>
                        {name}
                        {d.mandatory && (
                          <Text span c="red" aria-hidden>
                            {' *'}
                          </Text>
                        )}
                      </Text>
                      {vault ? (
                        <vault.Picked
                          picked={picked}
                          href={contentUrls?.[d.key]}
                          onRemove={() => form.setFieldValue(`vault.${d.key}`, null)}
                        />
                      ) : (
                        <Text size="sm" dir="auto">
                          {picked.fileName}
                        </Text>
                      )}
                      {error && (
                        <Text size="sm" c="red" role="alert">
                          {error}
                        </Text>
                      )}
                    </>
                  ) : (
                    <>
                      <TextInput
                        type="url"
                        dir="ltr"
                        label={name}
                        description={d.mandatory ? t('programs.calls.mandatory') : t('programs.calls.optional')}
                        withAsterisk={d.mandatory}
                        placeholder="https://"
                        {...form.getInputProps(`documents.${d.key}`)}
                      />
                      {cooperativeId && vault && (
                        <vault.Picker
                          cooperativeId={cooperativeId}
                          requiredKind={d.kind}
                          label={name}
                          onPick={(p) => {
                            form.setFieldValue(`vault.${d.key}`, p);
                            form.clearFieldError(`documents.${d.key}`);
                          }}
                        />
                      )}
                    </>
                  )}
                </Stack>
              );
            })}
          </Stack>
        )}
      </Fieldset>
    </Stack>
  );
}
