import { Anchor, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, titleOf, cooperativeOf } from '@/lib/i18n/format';
import { useApplication } from '@/features/programs/api/get-application';
import { useApplicationReviews } from '@/features/programs/api/get-application-reviews';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { Dossier } from '@/features/programs/components/dossier';
import { ScoringForm } from '@/features/programs/components/scoring-form';
import { LocalizedText } from '@/components/localized-text';

function Review() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useApplication(id);
  const app = query.data?.application;
  const call = useCall(app?.callId ?? '');
  const program = useProgram(app?.programId ?? '');
  const reviews = useApplicationReviews(id, !!app);

  if (query.isPending || (app && (call.isPending || reviews.isPending))) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (call.isError) return <QueryError error={call.error} onRetry={() => void call.refetch()} />;
  if (reviews.isError) return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const a = query.data.application;
  const c = call.data!.call;
  const mine = reviews.data?.find((r) => r.reviewerId === me?.id);
  const name = fmt.name(cooperativeOf(a));

  return (
    <Stack>
      <Anchor component={Link} to="/reviews" size="sm">
        {t('programs.scoring.back')}
      </Anchor>
      <div>
        <Text c="dimmed" size="sm">
          <LocalizedText value={titleOf(c)} />
        </Text>
        <Title order={1}>{t('programs.scoring.title', { name })}</Title>
        <ApplicationStatusBadge status={a.status} mt="xs" />
      </div>
      {a.status !== 'underReview' && <Text c="orange">{t('programs.errors.application.not_under_review')}</Text>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ScoringForm key={a.id} applicationId={a.id} call={c} review={mine} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Dossier application={a} call={c} program={program.data?.program} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The reviewer's scoring form for one application (the server checks the assignment and conflicts of interest). */
export function ReviewRoute() {
  return (
    <RequireAccess allow={(me) => !!me}>
      <Review />
    </RequireAccess>
  );
}
