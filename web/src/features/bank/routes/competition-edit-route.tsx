import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useCompetition } from '@/features/bank/api/get-competition';
import { useUpdateCompetition } from '@/features/bank/api/save-competition';
import { canRunCompetition } from '@/features/bank/components/bank-access';
import { titleOf } from '@/features/bank/components/bank-text';
import {
  CompetitionForm,
  competitionCommandFromValues,
  competitionValuesFrom,
} from '@/features/bank/components/competition-form';

/** Staff running the competition change it; criteria and tie rule are locked once a juror scored (409). */
export function CompetitionEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const query = useCompetition(id);
  const update = useUpdateCompetition();
  const navigate = useNavigate();

  if (me.isPending || query.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=/competitions/${id}/edit`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { competition, etag } = query.data;
  if (!canRunCompetition(me.data, competition))
    return (
      <Alert color="red" role="alert">
        {t('common.forbidden')}
      </Alert>
    );

  return (
    <Stack>
      <Title order={1}>{t('bank.competitionForm.editTitle', { title: fmt.name(titleOf(competition)) })}</Title>
      <CompetitionForm
        key={`${competition.id}-${competition.version}`}
        initialValues={competitionValuesFrom(competition)}
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={update.error}
        extra={
          <StaleRecordAlert
            error={update.error}
            onReload={() => {
              update.reset();
              void query.refetch();
            }}
          />
        }
        onSubmit={(values) =>
          update.mutate(
            { id, etag: etag ?? '', body: competitionCommandFromValues(values) },
            { onSuccess: () => void navigate(`/competitions/${id}`) },
          )
        }
      />
    </Stack>
  );
}
