import { Alert, Anchor, Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { canManageRegion } from '@/lib/auth/permissions';
import { useFormat, titleOf, cooperativeOf } from '@/lib/i18n/format';
import type { ApplicationDetails } from '@/lib/api/schema-types';
import { useApplication } from '@/features/programs/api/get-application';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { useTransitionApplication } from '@/features/programs/api/transition-application';
import { AWARDED, WITHDRAWABLE } from '@/features/programs/api/constants';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { DecisionDialog, type Decision } from '@/features/programs/components/decision-dialog';
import { Dossier, EligibilityResult } from '@/features/programs/components/dossier';
import { EligibilityOverrideDialog } from '@/features/programs/components/eligibility-override-dialog';
import { HistoryTimeline } from '@/features/programs/components/history-timeline';
import { problemMessage } from '@/lib/forms/problem-message';
import { canManageProgram } from '@/features/programs/components/program-access';
import { ApplicationDraftEditor } from '@/features/programs/components/application-draft-editor';
import { SupportPanel } from '@/features/programs/components/support-panel';
import { LocalizedText } from '@/components/localized-text';

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
  const name = fmt.name(cooperativeOf(a));
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
            <LocalizedText value={titleOf(c)} />
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
          {t('programs.decision.promoted', { name: fmt.name(cooperativeOf(promoted)) })}
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
                    <LocalizedText value={cooperativeOf(a)} />
                  </Anchor>
                </DetailField>
                <DetailField label={t('programs.application.call')}>
                  <Anchor component={Link} to={`/calls/${c.id}`}>
                    <LocalizedText value={titleOf(c)} />
                  </Anchor>
                </DetailField>
                <DetailField label={t('programs.application.submittedOn')}>{fmt.dateTime(a.submittedAt)}</DetailField>
              </SimpleGrid>
            </Card>
            {a.status === 'draft' && applicant ? (
              <Card withBorder>
                <ApplicationDraftEditor
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
