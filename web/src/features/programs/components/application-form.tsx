import { Checkbox, Fieldset, Group, NumberInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { CallDetails, ProgramDetails } from '@/lib/api/schema-types';
import type { ApplicationFormValues } from '@/features/programs/components/application-form-values';

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
