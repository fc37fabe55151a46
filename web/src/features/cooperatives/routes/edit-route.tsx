import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
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
  const query = useCooperative(id);
  const update = useUpdateCooperative();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { cooperative }) => canEditCooperative(me, cooperative)}
      heading={({ cooperative }) => (
        <Title order={1}>{t('form.editTitle', { name: fmt.name(cooperative) || cooperative.registrationNumber })}</Title>
      )}
    >
      {({ cooperative, etag }, stale, me) => (
        <CooperativeForm
          // A new version (after a reload) starts the form again from the server's values.
          key={`${cooperative.id}-${cooperative.version}`}
          initialValues={valuesFrom(cooperative)}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          lockPlace={isCoopManagerOnly(me)}
          extraAlert={stale}
          onSubmit={(values) =>
            update.mutate(
              { id, etag: etag ?? '', body: commandFrom(values) },
              { onSuccess: () => void navigate(`/cooperatives/${id}`) },
            )
          }
        />
      )}
    </EditRecordPage>
  );
}
