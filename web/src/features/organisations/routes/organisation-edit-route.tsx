import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { StaleRecordAlert } from '@/components/stale-record-alert';
import { useMe } from '@/lib/auth/get-me';
import { canManageOrganisation } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { useUpdateOrganisation } from '@/features/organisations/api/update-organisation';
import {
  OrganisationForm,
  organisationCommandFrom,
  organisationValuesFrom,
} from '@/features/organisations/components/organisation-form';

export function OrganisationEditRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const query = useOrganisation(id);
  const update = useUpdateOrganisation();
  const navigate = useNavigate();

  if (me.isPending || query.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={`/sign-in?next=/organisations/${id}/edit`} replace />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { organisation, etag } = query.data;
  if (!canManageOrganisation(me.data, organisation)) return <Alert color="red">{t('common.forbidden')}</Alert>;

  return (
    <Stack>
      <Title order={1}>{t('form.editTitle', { name: fmt.name(organisation) || organisation.acronym })}</Title>
      <OrganisationForm
        key={`${organisation.id}-${organisation.version}`}
        initialValues={organisationValuesFrom(organisation)}
        submitLabel={t('common.save')}
        pending={update.isPending}
        error={update.error}
        handledStatuses={[412]}
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
            { id, etag: etag ?? '', body: organisationCommandFrom(values) },
            { onSuccess: () => void navigate(`/organisations/${id}`) },
          )
        }
      />
    </Stack>
  );
}
