import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { useUpdateCall } from '@/features/programs/api/update-call';
import { CallForm, callCommandFrom, callValuesFrom } from '@/features/programs/components/call-form';
import { titleOf } from '@/features/programs/components/call-text';
import { canManageProgram } from '@/features/programs/components/program-access';

export function CallEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const query = useCall(id);
  const program = useProgram(query.data?.call.program.id ?? '');
  const update = useUpdateCall();
  const navigate = useNavigate();

  if (me.isPending || query.isPending || (query.data && program.isPending)) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=/calls/${id}/edit`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;
  const { call, etag } = query.data;
  if (!canManageProgram(me.data, program.data!.program.regions)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  return (
    <Stack>
      <div>
        <Title order={1}>{t('form.editTitle', { name: fmt.name(titleOf(call)) })}</Title>
        <Text c="dimmed">{fmt.name(call.program)}</Text>
      </div>
      <CallForm
        key={`${call.id}-${call.version}`}
        initialValues={callValuesFrom(call)}
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
          update.mutate({ id, etag: etag ?? '', body: callCommandFrom(values) }, { onSuccess: () => void navigate(`/calls/${id}`) })
        }
      />
    </Stack>
  );
}
