import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { canEditCooperative, isCoopManagerOnly } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useCooperative } from '@/features/cooperatives/api/get-cooperative';
import { useUpdateCooperative } from '@/features/cooperatives/api/update-cooperative';
import { CooperativeForm } from '@/features/cooperatives/components/cooperative-form';
import { commandFrom, valuesFrom } from '@/features/cooperatives/components/cooperative-form-values';

export function EditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const query = useCooperative(id);
  const update = useUpdateCooperative();
  const navigate = useNavigate();

  if (me.isPending || query.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=/cooperatives/${id}/edit`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { cooperative, etag } = query.data;
  if (!canEditCooperative(me.data, cooperative)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  return (
    <Stack>
      <Title order={1}>{t('form.editTitle', { name: fmt.name(cooperative) || cooperative.registrationNumber })}</Title>
      <CooperativeForm
        // A new version (after a reload) starts the form again from the server's values.
        key={`${cooperative.id}-${cooperative.version}`}
        initialValues={valuesFrom(cooperative)}
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={update.error}
        lockPlace={isCoopManagerOnly(me.data)}
        extraAlert={
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
            { id, etag: etag ?? '', body: commandFrom(values) },
            { onSuccess: () => void navigate(`/cooperatives/${id}`) },
          )
        }
      />
    </Stack>
  );
}
