import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useProgram } from '@/features/programs/api/get-program';
import { useUpdateProgram } from '@/features/programs/api/update-program';
import { ProgramForm, programCommandFrom, programValuesFrom } from '@/features/programs/components/program-form';
import { canManageProgram } from '@/features/programs/components/program-access';

export function ProgramEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const query = useProgram(id);
  const update = useUpdateProgram();
  const navigate = useNavigate();

  if (me.isPending || query.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=/programs/${id}/edit`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { program, etag } = query.data;
  if (!canManageProgram(me.data, program.regions)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  return (
    <Stack>
      <Title order={1}>{t('form.editTitle', { name: fmt.name(program) || program.code })}</Title>
      <ProgramForm
        key={`${program.id}-${program.version}`}
        initialValues={programValuesFrom(program, (x) => [fmt.name(x), x.acronym].filter(Boolean).join(' — '))}
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
            { id, etag: etag ?? '', body: programCommandFrom(values) },
            { onSuccess: () => void navigate(`/programs/${id}`) },
          )
        }
      />
    </Stack>
  );
}
