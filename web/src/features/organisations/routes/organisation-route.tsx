import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { ContactFields, DetailField } from '@/components/detail-field';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { canManageOrganisation } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useOrganisation } from '@/features/organisations/api/get-organisation';
import { OrganisationKindBadge } from '@/features/organisations/components/organisation-kind-badge';
import { LocalizedText } from '@/components/localized-text';

export function OrganisationRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useOrganisation(id);
  const regions = useRegions().data;
  const me = useMe().data;

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const o = query.data.organisation;

  return (
    <Stack>
      <Anchor component={Link} to="/organisations" size="sm">
        {t('organisations.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>
            <LocalizedText value={o} empty={o.acronym} />
          </Title>
          <Group gap="xs" mt="xs">
            <OrganisationKindBadge kind={o.kind} />
            {o.acronym && (
              <Text span c="dimmed" dir="auto">
                {o.acronym}
              </Text>
            )}
          </Group>
        </div>
        {canManageOrganisation(me, o) && (
          <Button component={Link} to={`/organisations/${o.id}/edit`} variant="light">
            {t('detail.edit')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DetailField label={t('fields.nameAr')}>
            <span lang="ar" dir="rtl">
              {o.nameAr}
            </span>
          </DetailField>
          <DetailField label={t('fields.nameFr')}>
            <span lang="fr" dir="ltr">
              {o.nameFr}
            </span>
          </DetailField>
          <DetailField label={t('fields.nameEn')}>
            <span lang="en" dir="ltr">
              {o.nameEn}
            </span>
          </DetailField>
          <DetailField label={t('fields.region')}>
            {o.regionCode ? fmt.name(findRegion(regions, o.regionCode)) || o.regionCode : t('organisations.noRegion')}
          </DetailField>
          <DetailField label={t('fields.province')}>{fmt.name(findProvince(regions, o.provinceCode)) || o.provinceCode}</DetailField>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('form.sectionContact')}
        </Title>
        <ContactFields contact={o.contact} />
        <Text size="xs" c="dimmed" mt="md">
          {t('detail.updatedAt', { date: fmt.dateTime(o.updatedAt) })}
        </Text>
      </Card>
    </Stack>
  );
}
