import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { EditRecordPage } from '@/components/edit-record-page';
import { canManageOrganisation } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { useUpdateOrganisation } from '@/features/organisations/api/update-organisation';
import { OrganisationForm } from '@/features/organisations/components/organisation-form';
import { organisationCommandFrom, organisationValuesFrom } from '@/features/organisations/components/organisation-form-values';

export function OrganisationEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useOrganisation(id);
  const update = useUpdateOrganisation();
  const navigate = useNavigate();

  return (
    <EditRecordPage
      query={query}
      update={update}
      canEdit={(me, { organisation }) => canManageOrganisation(me, organisation)}
      heading={({ organisation }) => (
        <Title order={1}>{t('form.editTitle', { name: fmt.name(organisation) || organisation.acronym })}</Title>
      )}
    >
      {({ organisation, etag }, stale) => (
        <OrganisationForm
          key={`${organisation.id}-${organisation.version}`}
          initialValues={organisationValuesFrom(organisation)}
          submitLabel={t('common.save')}
          pending={update.isPending}
          error={update.error}
          handledStatuses={[412]}
          extra={stale}
          onSubmit={(values) =>
            update.mutate(
              { id, etag: etag ?? '', body: organisationCommandFrom(values) },
              { onSuccess: () => void navigate(`/organisations/${id}`) },
            )
          }
        />
      )}
    </EditRecordPage>
  );
}
