import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequireAccess } from '@/components/require-access';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { duplicateCandidatesOf, useCreateOrganisation } from '@/features/organisations/api/create-organisation';
import { OrganisationForm } from '@/features/organisations/components/organisation-form';
import {
  emptyOrganisation,
  organisationCommandFrom,
  type OrganisationFormValues,
} from '@/features/organisations/components/organisation-form-values';
import { LocalizedText } from '@/components/localized-text';

function CreateOrganisation() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const create = useCreateOrganisation();
  const navigate = useNavigate();
  const regions = useRegions().data;
  const lastValues = useRef<OrganisationFormValues | null>(null);
  const candidates = duplicateCandidatesOf(create.error);

  const submit = (values: OrganisationFormValues, force = false) => {
    lastValues.current = values;
    create.mutate(
      { body: organisationCommandFrom(values), force },
      { onSuccess: (created) => void navigate(`/organisations/${created.id}`) },
    );
  };

  return (
    <Stack>
      <Title order={1}>{t('organisations.createTitle')}</Title>
      <OrganisationForm
        initialValues={emptyOrganisation}
        submitLabel={t('organisations.create')}
        pending={create.isPending}
        error={create.error}
        handledStatuses={candidates ? [409] : []}
        onSubmit={(values) => submit(values)}
        extra={
          candidates && (
            <Alert color="orange" role="alert" title={t('organisations.duplicateTitle')} data-testid="duplicate-candidates">
              <Stack gap="xs">
                <Text size="sm">{t('organisations.duplicateText')}</Text>
                <List>
                  {candidates.map((c) => (
                    <List.Item key={c.id}>
                      <Anchor component={Link} to={`/organisations/${c.id}`} target="_blank">
                        <LocalizedText value={c} empty={c.acronym} />
                      </Anchor>
                      {c.acronym && ` (${c.acronym})`}
                      <Text span size="sm" c="dimmed">
                        {' — '}
                        {[
                          t(`organisationKind.${c.kind}`),
                          fmt.name(findProvince(regions, c.provinceCode) ?? findRegion(regions, c.regionCode)),
                          fmt.language === 'ar' ? c.nameFr : c.nameAr,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </List.Item>
                  ))}
                </List>
                <Group>
                  <Button
                    color="orange"
                    size="xs"
                    loading={create.isPending}
                    onClick={() => lastValues.current && submit(lastValues.current, true)}
                  >
                    {t('organisations.createAnyway')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )
        }
      />
    </Stack>
  );
}

export function OrganisationCreateRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <CreateOrganisation />
    </RequireAccess>
  );
}
