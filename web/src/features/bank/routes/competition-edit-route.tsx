import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useCompetition } from '@/features/bank/api/get-competition';
import { useUpdateCompetition } from '@/features/bank/api/save-competition';
import { canRunCompetition } from '@/features/bank/components/bank-access';
import { CompetitionForm } from '@/features/bank/components/competition-form';
import { competitionCommandFromValues, competitionValuesFrom } from '@/features/bank/components/competition-form-values';

/** Staff running the competition change it; criteria and tie rule are locked once a juror scored (409). */
export function CompetitionEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useCompetition(id);
  const update = useUpdateCompetition();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { competition }) => canRunCompetition(me, competition)}
      heading={({ competition }) => (
        <Title order={1}>{t('bank.competitionForm.editTitle', { title: fmt.name(titleOf(competition)) })}</Title>
      )}
    >
      {({ competition, etag }, stale) => (
        <CompetitionForm
          key={`${competition.id}-${competition.version}`}
          initialValues={competitionValuesFrom(competition)}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          extra={stale}
          onSubmit={(values) =>
            update.mutate(
              { id, etag: etag ?? '', body: competitionCommandFromValues(values) },
              { onSuccess: () => void navigate(`/competitions/${id}`) },
            )
          }
        />
      )}
    </EditRecordPage>
  );
}
