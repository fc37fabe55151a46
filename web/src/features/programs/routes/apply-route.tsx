import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { KeptDraftNotice } from '@/components/kept-draft-notice';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { isApiError } from '@/lib/api/problem';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import type { CallDetails, ProgramDetails } from '@/lib/api/schema-types';
import { useCreateApplication } from '@/features/programs/api/create-application';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { ApplicationFields } from '@/features/programs/components/application-form';
import { applicationBodyFrom, applicationErrorsFrom, emptyApplication, type ApplicationFormValues } from '@/features/programs/components/application-form-values';
import { phaseOf } from '@/features/programs/components/call-text';
import { CooperativePicker } from '@/components/cooperative-picker';
import { draftKey, useKeepDraft, useRestoredDraft } from '@/lib/forms/kept-draft';
import { problemMessage } from '@/lib/forms/problem-message';
import { canApply } from '@/features/programs/components/program-access';

function ApplyForm({ call, program, preselected }: { call: CallDetails; program: ProgramDetails | undefined; preselected: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateApplication();
  // What was typed for this call and not yet accepted by the server is kept on the phone (ADR 0019).
  const key = draftKey('apply', call.id);
  const restored = useRestoredDraft<{ form: ApplicationFormValues; cooperativeId: string | null }>(key);
  const [cooperativeId, setCooperativeId] = useState<string | null>(restored?.values.cooperativeId ?? preselected);
  const [sent, setSent] = useState<ReturnType<typeof applicationBodyFrom> | null>(null);
  const form = useForm<ApplicationFormValues>({ initialValues: emptyApplication(call) });
  useEffect(() => {
    if (restored) form.setValues(restored.values.form);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- put the kept input back once, when the form opens
  }, []);
  const unsent = form.isDirty();
  const kept = useMemo(() => ({ form: form.values, cooperativeId }), [form.values, cooperativeId]);
  const forget = useKeepDraft(key, kept, unsent);

  const error = create.error;
  const existing = isApiError(error) && error.problem.code === 'application.duplicate' ? error.problem.applicationId : undefined;
  const general = problemMessage(t, 'programs', error);
  const coopError = applicationErrorsFrom(error, sent, '').cooperativeId;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (!cooperativeId) return;
        const body = applicationBodyFrom(values, call);
        setSent(body);
        create.mutate(
          { callId: call.id, body: { ...body, cooperativeId } },
          {
            onSuccess: (created) => {
              forget();
              void navigate(`/applications/${created.id}`);
            },
            onError: (e) => form.setErrors(applicationErrorsFrom(e, body, t('programs.application.documentMissing'))),
          },
        );
      })}
    >
      <Stack>
        {general && (
          <Alert color={existing ? 'orange' : 'red'} role="alert">
            <Stack gap={4} align="flex-start">
              <span>{general}</span>
              {typeof existing === 'string' && (
                <Anchor component={Link} to={`/applications/${existing}`}>
                  {t('programs.application.openExisting')}
                </Anchor>
              )}
            </Stack>
          </Alert>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('programs.application.cooperative')}
          </Title>
          <CooperativePicker
            label={t('programs.application.pickCooperative')}
            required
            value={cooperativeId}
            onChange={setCooperativeId}
            also={preselected}
            texts={{
              search: t('programs.application.searchCooperative'),
              hint: t('programs.application.searchHint'),
              noMatch: t('programs.application.noMatch'),
            }}
            error={coopError}
          />
        </Card>
        <Card withBorder>
          <ApplicationFields form={form} call={call} program={program} cooperativeId={cooperativeId} />
        </Card>
        <Text size="sm" c="dimmed">
          {t('programs.application.draftFirst')}
        </Text>
        <KeptDraftNotice restoredAt={restored?.keptAt ?? null} unsent={unsent} />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!cooperativeId}>
            {t('programs.application.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Apply() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useCall(id);
  const program = useProgram(query.data?.call.program.id ?? '');
  // The form renders as a transition when the call arrives, in slices a slow phone can answer between (issue 16).
  const data = useDeferredValue(query.data);

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!data) return <PageLoader />;
  const { call } = data;
  const phase = phaseOf(call);

  return (
    <Stack>
      <Anchor component={Link} to={`/calls/${call.id}`} size="sm">
        {t('programs.application.backToCall')}
      </Anchor>
      <Title order={1}>{t('programs.application.applyTitle', { call: fmt.name(titleOf(call)) })}</Title>
      <Text c="dimmed">
        {t('programs.application.deadline', { date: formatWallClock(call.closesAt, fmt.language) })} ({t('programs.calls.casablancaTime')})
      </Text>
      {phase !== 'open' ? (
        <Alert color="orange" role="alert">
          {t(`programs.calls.notOpen.${phase}`)}
        </Alert>
      ) : (
        <ApplyForm call={call} program={program.data?.program} preselected={params.get('cooperativeId')} />
      )}
    </Stack>
  );
}

/** Starts an application (a draft) for a cooperative: its manager, or staff on its behalf. */
export function ApplyRoute() {
  return (
    <RequireAccess allow={canApply}>
      <Apply />
    </RequireAccess>
  );
}
