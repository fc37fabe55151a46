import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeptDraftNotice } from '@/components/kept-draft-notice';
import { StaleRecordAlert, isStaleError } from '@/components/stale-record-alert';
import { isApiError } from '@/lib/api/problem';
import type { ApplicationDetails, CallDetails, ProgramDetails } from '@/lib/api/schema-types';
import { draftKey, useKeepDraft, useRestoredDraft } from '@/lib/forms/kept-draft';
import { problemMessage } from '@/lib/forms/problem-message';
import { revealFirstProblem } from '@/lib/forms/reveal-problem';
import { formatWallClock, useFormat } from '@/lib/i18n/format';
import { useSubmitApplication } from '@/features/programs/api/submit-application';
import { useUpdateApplication } from '@/features/programs/api/update-application';
import { ApplicationFields } from '@/features/programs/components/application-form';
import {
  applicationBodyFrom,
  applicationErrorsFrom,
  applicationValuesFrom,
  type ApplicationFormValues,
} from '@/features/programs/components/application-form-values';
import { SubmitDialog } from '@/features/programs/components/submit-dialog';

type ApplicationDraftEditorProps = {
  application: ApplicationDetails;
  etag: string | null;
  call: CallDetails;
  program: ProgramDetails | undefined;
  onSubmitted: (app: ApplicationDetails) => void;
  onReload: () => void;
};

/** A draft: edit it, save it (If-Match), then submit it behind a confirmation. */
export function ApplicationDraftEditor({ application, etag, call, program, onSubmitted, onReload }: ApplicationDraftEditorProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const form = useForm<ApplicationFormValues>({ initialValues: applicationValuesFrom(application, call) });
  const update = useUpdateApplication();
  const submit = useSubmitApplication();
  const [confirming, confirm] = useDisclosure(false);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const missing = t('programs.application.documentMissing');
  // Edits not yet saved are kept on the phone until the server accepts them (ADR 0019).
  const key = draftKey('application', application.id);
  const restored = useRestoredDraft<ApplicationFormValues>(key);
  useEffect(() => {
    if (restored) form.setValues(restored.values);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- put the kept input back once, when the editor opens
  }, []);
  const unsent = form.isDirty();
  const forget = useKeepDraft(key, form.values, unsent);

  const save = async (): Promise<string | null> => {
    const body = applicationBodyFrom(form.values, call);
    try {
      const result = await update.mutateAsync({ id: application.id, etag: etag ?? '', body });
      forget();
      form.resetDirty();
      return result.etag;
    } catch (e) {
      form.setErrors(applicationErrorsFrom(e, body, missing));
      revealFirstProblem(formRef.current);
      throw e;
    }
  };

  const doSubmit = async () => {
    submit.reset();
    setSaved(false);
    let tag = etag;
    try {
      if (form.isDirty()) tag = await save();
    } catch {
      confirm.close();
      return;
    }
    try {
      // Awaited rather than given callbacks: the editor unmounts as soon as the cache says "submitted".
      const result = await submit.mutateAsync({ id: application.id, etag: tag });
      forget();
      confirm.close();
      onSubmitted(result.application);
    } catch (e) {
      confirm.close();
      form.setErrors(applicationErrorsFrom(e, null, missing));
      revealFirstProblem(formRef.current);
    }
  };

  const submitError = submit.error;
  const missingList =
    isApiError(submitError) && Array.isArray(submitError.problem.missingDocuments)
      ? (submitError.problem.missingDocuments as string[])
          .map((key) => fmt.name(call.documents.find((d) => d.key === key)) || key)
          .join(t('programs.listSeparator'))
      : '';
  const error = submitError ?? update.error;
  const general = isStaleError(error) ? null : problemMessage(t, 'programs', error, { list: missingList });

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(() => {
        setSaved(false);
        save().then(
          () => setSaved(true),
          () => undefined,
        );
      })}
    >
      <Stack>
        <Alert color="blue" variant="light">
          {t('programs.application.draftHint', { date: formatWallClock(call.closesAt, fmt.language) })}
        </Alert>
        <StaleRecordAlert
          error={error}
          onReload={() => {
            update.reset();
            submit.reset();
            onReload();
          }}
        />
        {general && (
          <Alert color="red" role="alert" data-testid="application-error">
            {general}
          </Alert>
        )}
        <KeptDraftNotice restoredAt={restored?.keptAt ?? null} unsent={unsent} />
        {saved && !form.isDirty() && (
          <Alert color="teal" role="status">
            {t('programs.application.saved')}
          </Alert>
        )}
        <ApplicationFields
          form={form}
          call={call}
          program={program}
          cooperativeId={application.cooperativeId}
          contentUrls={Object.fromEntries(application.documents.flatMap((d) => (d.file?.contentUrl ? [[d.key, d.file.contentUrl]] : [])))}
        />
        <Group>
          <Button type="submit" variant="light" loading={update.isPending && !confirming}>
            {t('programs.application.saveDraft')}
          </Button>
          <Button onClick={confirm.open} disabled={!call.isOpen}>
            {t('programs.application.submit')}
          </Button>
        </Group>
      </Stack>
      <SubmitDialog opened={confirming} pending={update.isPending || submit.isPending} onConfirm={() => void doSubmit()} onClose={confirm.close} />
    </form>
  );
}
