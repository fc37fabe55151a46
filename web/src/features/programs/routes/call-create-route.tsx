import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useCreateCall } from '@/features/programs/api/create-call';
import { useProgram } from '@/features/programs/api/get-program';
import { CallForm } from '@/features/programs/components/call-form';
import { callCommandFrom, emptyCall } from '@/features/programs/components/call-form-values';
import { canManageProgram } from '@/features/programs/components/program-access';
import { LocalizedText } from '@/components/localized-text';

function CreateCall() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const programId = params.get('programId') ?? '';
  const me = useMe().data;
  const program = useProgram(programId);
  const create = useCreateCall();
  const navigate = useNavigate();

  if (!programId)
    return (
      <Stack align="flex-start">
        <Title order={1}>{t('programs.calls.createTitle')}</Title>
        <Alert color="orange">{t('programs.callForm.pickProgram')}</Alert>
        <Button component={Link} to="/programs" variant="light">
          {t('programs.callForm.openPrograms')}
        </Button>
      </Stack>
    );
  if (program.isPending) return <PageLoader />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;
  const p = program.data.program;
  if (!canManageProgram(me, p.regions)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  return (
    <Stack>
      <div>
        <Title order={1}>{t('programs.calls.createTitle')}</Title>
        <Text c="dimmed">
          <LocalizedText value={p} empty={p.code} />
        </Text>
      </div>
      <CallForm
        initialValues={{ ...emptyCall, rules: { ...emptyCall.rules, regions: [...p.regions], sectors: [...p.sectors] } }}
        submitLabel={t('programs.calls.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(
            { ...callCommandFrom(values), programId: p.id },
            { onSuccess: (created) => void navigate(`/calls/${created.id}`) },
          )
        }
      />
    </Stack>
  );
}

/** Staff running a program open a call in it (/calls/new?programId=…). */
export function CallCreateRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <CreateCall />
    </RequireAccess>
  );
}
