import { Alert, Anchor, Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { KeptDraftNotice } from '@/components/kept-draft-notice';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert, isStaleError } from '@/components/stale-record-alert';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/get-me';
import { canManageRegion } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import type { ApplicationDetails, CallDetails, ProgramDetails } from '@/lib/api/schema-types';
import { useApplication } from '@/features/programs/api/get-application';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { useSubmitApplication } from '@/features/programs/api/submit-application';
import { useTransitionApplication } from '@/features/programs/api/transition-application';
import { AWARDED, WITHDRAWABLE } from '@/features/programs/api/constants';
import { useUpdateApplication } from '@/features/programs/api/update-application';
import {
  ApplicationFields,
  applicationBodyFrom,
  applicationErrorsFrom,
  applicationValuesFrom,
  type ApplicationFormValues,
} from '@/features/programs/components/application-form';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { formatWallClock, titleOf } from '@/features/programs/components/call-text';
import { DecisionDialog, type Decision } from '@/features/programs/components/decision-dialog';
import { Dossier, EligibilityResult } from '@/features/programs/components/dossier';
import { EligibilityOverrideDialog } from '@/features/programs/components/eligibility-override-dialog';
import { HistoryTimeline } from '@/features/programs/components/history-timeline';
import { draftKey, useKeepDraft, useRestoredDraft } from '@/lib/forms/kept-draft';
import { problemMessage } from '@/lib/forms/problem-message';
import { canManageProgram } from '@/features/programs/components/program-access';
import { SubmitDialog } from '@/features/programs/components/submit-dialog';
import { SupportPanel } from '@/features/programs/components/support-panel';

type DraftProps = {
  application: ApplicationDetails;
  etag: string | null;
  call: CallDetails;
  program: ProgramDetails | undefined;
  onSubmitted: (app: ApplicationDetails) => void;
  onReload: () => void;
};

/** A draft: edit it, save it (If-Match), then submit it behind a confirmation. */
function DraftEditor({ application, etag, call, program, onSubmitted, onReload }: DraftProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const form = useForm<ApplicationFormValues>({ initialValues: applicationValuesFrom(application, call) });
  // Edits not yet saved are kept on the phone until the server accepts them (ADR 0019).
  const key = draftKey('application', application.id);
  const restored = useRestoredDraft<ApplicationFormValues>(key);
  useEffect(() => {
    if (restored) form.setValues(restored.values);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- put the kept input back once, when the editor opens
  }, []);
  const unsent = form.isDirty();
  const forget = useKeepDraft(key, form.values, unsent);
  const update = useUpdateApplication();
  const submit = useSubmitApplication();
  const [confirming, confirm] = useDisclosure(false);
  const [saved, setSaved] = useState(false);
  const missing = t('programs.application.documentMissing');

  const save = async (): Promise<string | null> => {
    const body = applicationBodyFrom(form.values, call);
    try {
      const result = await update.mutateAsync({ id: application.id, etag: etag ?? '', body });
      forget();
      form.resetDirty();
      return result.etag;
    } catch (e) {
      form.setErrors(applicationErrorsFrom(e, body, missing));
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
        <ApplicationFields form={form} call={call} program={program} />
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

export function ApplicationRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useApplication(id);
  const app = query.data?.application;
  const call = useCall(app?.callId ?? '');
  const program = useProgram(app?.programId ?? '');
  const startReview = useTransitionApplication();
  const [submitted, setSubmitted] = useState<ApplicationDetails | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [overriding, setOverriding] = useState<ApplicationDetails | null>(null);
  const [promoted, setPromoted] = useState<ApplicationDetails | null>(null);

  if (query.isPending || (app && call.isPending)) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (call.isError) return <QueryError error={call.error} onRetry={() => void call.refetch()} />;
  const a = query.data.application;
  const c = call.data!.call;
  const p = program.data?.program;
  const name = fmt.name({ nameAr: a.cooperativeNameAr, nameFr: a.cooperativeNameFr });
  const manage = !!p && canManageProgram(me, p.regions);
  const applicant = manage || !!me?.cooperatives.includes(a.cooperativeId) || canManageRegion(me, a.regionCode);
  const checked = a.status !== 'draft' && a.status !== 'submitted';

  return (
    <Stack>
      <Anchor component={Link} to={`/calls/${c.id}`} size="sm">
        {t('programs.application.backToCall')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Text c="dimmed" size="sm">
            {fmt.name(titleOf(c))}
          </Text>
          <Title order={1}>{t('programs.application.title', { name })}</Title>
          <Group gap="xs" mt="xs">
            <ApplicationStatusBadge status={a.status} size="lg" data-testid="application-status" />
            {a.eligibilityOverridden && (
              <Badge variant="outline" color="orange">
                {t('programs.application.overridden')}
              </Badge>
            )}
          </Group>
        </div>
        <Group>
          {manage && (
            <Button component={Link} to={`/calls/${c.id}/board`} variant="light">
              {t('programs.calls.board')}
            </Button>
          )}
          {manage && a.status === 'eligible' && (
            <Button
              loading={startReview.isPending}
              onClick={() => startReview.mutate({ id: a.id, to: 'underReview' })}
            >
              {t('programs.board.startReview')}
            </Button>
          )}
          {manage && (a.status === 'eligible' || a.status === 'ineligible') && (
            <Button variant="light" color="orange" onClick={() => setOverriding(a)}>
              {t('programs.override.action')}
            </Button>
          )}
          {manage && a.status === 'supported' && (
            <Button variant="light" onClick={() => setDecision({ applicationId: a.id, name, to: 'completed' })}>
              {t('programs.decision.submit.completed')}
            </Button>
          )}
          {applicant && WITHDRAWABLE.includes(a.status) && (
            <Button variant="subtle" color="red" onClick={() => setDecision({ applicationId: a.id, name, to: 'withdrawn' })}>
              {t('programs.application.withdraw')}
            </Button>
          )}
        </Group>
      </Group>
      {startReview.error ? (
        <Alert color="red" role="alert">
          {problemMessage(t, 'programs', startReview.error)}
        </Alert>
      ) : null}
      {promoted && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setPromoted(null)}>
          {t('programs.decision.promoted', { name: fmt.name({ nameAr: promoted.cooperativeNameAr, nameFr: promoted.cooperativeNameFr }) })}
        </Alert>
      )}
      {submitted && submitted.id === a.id && (
        <div data-testid="submit-result">
          <Text fw={600} mb="xs">
            {t('programs.application.submittedAt', { date: fmt.dateTime(submitted.submittedAt) })}
          </Text>
          <EligibilityResult application={submitted} />
        </div>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <DetailField label={t('programs.application.cooperative')}>
                  <Anchor component={Link} to={`/cooperatives/${a.cooperativeId}`}>
                    {name}
                  </Anchor>
                </DetailField>
                <DetailField label={t('programs.application.call')}>
                  <Anchor component={Link} to={`/calls/${c.id}`}>
                    {fmt.name(titleOf(c))}
                  </Anchor>
                </DetailField>
                <DetailField label={t('programs.application.submittedOn')}>{fmt.dateTime(a.submittedAt)}</DetailField>
              </SimpleGrid>
            </Card>
            {a.status === 'draft' && applicant ? (
              <Card withBorder>
                <DraftEditor
                  key={`${a.id}-${a.version}`}
                  application={a}
                  etag={query.data.etag}
                  call={c}
                  program={p}
                  onSubmitted={setSubmitted}
                  onReload={() => void query.refetch()}
                />
              </Card>
            ) : (
              <Dossier application={a} call={c} program={p} />
            )}
            {checked && !(submitted && submitted.id === a.id) && (
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  {t('programs.application.eligibility')}
                </Title>
                <EligibilityResult application={a} />
              </Card>
            )}
            {a.decisionReason && (
              <Card withBorder>
                <DetailField label={t('programs.application.decisionReason')}>
                  <Text dir="auto">{a.decisionReason}</Text>
                </DetailField>
              </Card>
            )}
            {p && AWARDED.includes(a.status) && <SupportPanel applicationId={a.id} program={p} canManage={manage} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('programs.application.history')}
            </Title>
            <HistoryTimeline applicationId={a.id} />
          </Card>
        </Grid.Col>
      </Grid>
      <DecisionDialog
        key={decision ? `decision-${decision.applicationId}-${decision.to}` : 'decision-none'}
        decision={decision}
        places={c.places}
        onClose={() => setDecision(null)}
        onDone={(p2) => setPromoted(p2 ?? null)}
      />
      <EligibilityOverrideDialog key={`override-${overriding?.id ?? 'none'}`} application={overriding} name={name} onClose={() => setOverriding(null)} />
    </Stack>
  );
}
