import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { isStaff } from '@/lib/auth/permissions';
import { useCreateCompetition } from '@/features/bank/api/save-competition';
import { CompetitionForm } from '@/features/bank/components/competition-form';
import { competitionCommandFromValues, emptyCompetition } from '@/features/bank/components/competition-form-values';

function CreateCompetition() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCompetition();
  return (
    <Stack>
      <Title order={1}>{t('bank.competitionForm.createTitle')}</Title>
      <CompetitionForm
        initialValues={emptyCompetition}
        submitLabel={t('bank.competitions.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(competitionCommandFromValues(values), {
            onSuccess: ({ competition }) => void navigate(`/competitions/${competition.id}`),
          })
        }
      />
    </Stack>
  );
}

/** Staff create a competition for an ideathon event (the server checks the event's region). */
export function CompetitionCreateRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <CreateCompetition />
    </RequireAccess>
  );
}
