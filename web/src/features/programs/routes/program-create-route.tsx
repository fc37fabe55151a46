import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { isStaff } from '@/lib/auth/permissions';
import { useCreateProgram } from '@/features/programs/api/create-program';
import { ProgramForm } from '@/features/programs/components/program-form';
import { emptyProgram, programCommandFrom } from '@/features/programs/components/program-form-values';

function CreateProgram() {
  const { t } = useTranslation();
  const create = useCreateProgram();
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>{t('programs.createTitle')}</Title>
      <ProgramForm
        initialValues={emptyProgram}
        submitLabel={t('programs.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(programCommandFrom(values), { onSuccess: (created) => void navigate(`/programs/${created.id}`) })
        }
      />
    </Stack>
  );
}

/** Staff create a program (staff of one of its regions; a national program needs national staff: the server checks). */
export function ProgramCreateRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <CreateProgram />
    </RequireAccess>
  );
}
