import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { canManageNetwork } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useNetwork } from '@/features/networks/api/get-network';
import { useUpdateNetwork } from '@/features/networks/api/update-network';
import { NetworkForm, networkCommandFrom, networkValuesFrom } from '@/features/networks/components/network-form';

export function NetworkEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const query = useNetwork(id);
  const update = useUpdateNetwork();
  const navigate = useNavigate();

  if (me.isPending || query.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=/networks/${id}/edit`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { network, etag } = query.data;
  if (!canManageNetwork(me.data, network)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  return (
    <Stack>
      <Title order={1}>{t('form.editTitle', { name: fmt.name(network) || network.acronym })}</Title>
      <NetworkForm
        key={`${network.id}-${network.version}`}
        initialValues={networkValuesFrom(network)}
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
            { id, etag: etag ?? '', body: networkCommandFrom(values) },
            { onSuccess: () => void navigate(`/networks/${id}`) },
          )
        }
      />
    </Stack>
  );
}
