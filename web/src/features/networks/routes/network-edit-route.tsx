import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { canManageNetwork } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useNetwork } from '@/features/networks/api/get-network';
import { useUpdateNetwork } from '@/features/networks/api/update-network';
import { NetworkForm } from '@/features/networks/components/network-form';
import { networkCommandFrom, networkValuesFrom } from '@/features/networks/components/network-form-values';

export function NetworkEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useNetwork(id);
  const update = useUpdateNetwork();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { network }) => canManageNetwork(me, network)}
      heading={({ network }) => <Title order={1}>{t('form.editTitle', { name: fmt.name(network) || network.acronym })}</Title>}
    >
      {({ network, etag }, stale) => (
        <NetworkForm
          key={`${network.id}-${network.version}`}
          initialValues={networkValuesFrom(network)}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          extra={stale}
          onSubmit={(values) =>
            update.mutate(
              { id, etag: etag ?? '', body: networkCommandFrom(values) },
              { onSuccess: () => void navigate(`/networks/${id}`) },
            )
          }
        />
      )}
    </EditRecordPage>
  );
}
