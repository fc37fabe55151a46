import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { canCreateNetwork } from '@/lib/auth/permissions';
import { useCreateNetwork } from '@/features/networks/api/create-network';
import { NetworkForm } from '@/features/networks/components/network-form';
import { emptyNetwork, networkCommandFrom } from '@/features/networks/components/network-form-values';

function CreateNetwork() {
  const { t } = useTranslation();
  const create = useCreateNetwork();
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={1}>{t('networks.createTitle')}</Title>
      <NetworkForm
        initialValues={emptyNetwork}
        submitLabel={t('networks.create')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(networkCommandFrom(values), { onSuccess: (created) => void navigate(`/networks/${created.id}`) })
        }
      />
    </Stack>
  );
}

export function NetworkCreateRoute() {
  return (
    <RequireAccess allow={canCreateNetwork}>
      <CreateNetwork />
    </RequireAccess>
  );
}
