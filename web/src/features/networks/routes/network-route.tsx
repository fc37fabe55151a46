import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { DetailField } from '@/components/detail-field';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { canManageNetwork } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import { useNetwork } from '@/features/networks/api/get-network';
import { ImpactPanel } from '@/features/networks/components/impact-panel';
import { BodiesPanel } from '@/features/networks/components/bodies-panel';
import { MembersPanel } from '@/features/networks/components/members-panel';
import { LocalizedText } from '@/components/localized-text';

export function NetworkRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useNetwork(id);
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const me = useMe().data;

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const n = query.data.network;
  const manage = canManageNetwork(me, n);
  const otherName = fmt.language === 'ar' ? n.nameFr : n.nameAr;

  return (
    <Stack>
      <Anchor component={Link} to="/networks" size="sm">
        {t('networks.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>
            <LocalizedText value={n} empty={n.acronym} />
          </Title>
          {otherName && otherName !== fmt.name(n) && (
            <Text c="dimmed" lang={fmt.language === 'ar' ? 'fr' : 'ar'} dir="auto">
              {otherName}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <Badge variant="light">{t(`networkKind.${n.kind}`)}</Badge>
            <Badge variant="outline">{t(`networkScope.${n.scope}`)}</Badge>
            <Badge color={n.status === 'active' ? 'teal' : 'gray'}>{t(`networkStatus.${n.status}`)}</Badge>
          </Group>
        </div>
        {manage && (
          <Button component={Link} to={`/networks/${n.id}/edit`} variant="light">
            {t('detail.edit')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <DetailField label={t('fields.region')}>
            {n.regionCode ? fmt.name(findRegion(regions, n.regionCode)) || n.regionCode : t('networkScope.national')}
          </DetailField>
          <DetailField label={t('fields.province')}>{fmt.name(findProvince(regions, n.provinceCode)) || n.provinceCode}</DetailField>
          <DetailField label={t('fields.foundedOn')}>{fmt.date(n.foundedOn)}</DetailField>
          <DetailField label={t('networks.currentMembers')}>
            <span data-testid="current-members">{fmt.number(n.currentMembers)}</span>
          </DetailField>
          <DetailField label={t('networks.foundingAssembly')}>
            {(n.foundingAssembly.heldOn || n.foundingAssembly.place) && (
              <>
                {fmt.date(n.foundingAssembly.heldOn)}
                {n.foundingAssembly.heldOn && n.foundingAssembly.place && ' — '}
                {n.foundingAssembly.place && <bdi>{n.foundingAssembly.place}</bdi>}
              </>
            )}
          </DetailField>
          <DetailField label={t('fields.sectors')}>
            <Group gap={4}>
              {n.sectors.map((code) => (
                <Badge key={code} variant="outline" size="sm">
                  {fmt.name(sectors?.find((s) => s.code === code)) || code}
                </Badge>
              ))}
            </Group>
          </DetailField>
        </SimpleGrid>
      </Card>
      <Tabs defaultValue="members" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">{t('networks.members')}</Tabs.Tab>
          <Tabs.Tab value="bodies">{t('networks.bodies')}</Tabs.Tab>
          <Tabs.Tab value="impact">{t('impact.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel networkId={n.id} canManage={manage} />
        </Tabs.Panel>
        <Tabs.Panel value="bodies" pt="md">
          <BodiesPanel networkId={n.id} canManage={manage} />
        </Tabs.Panel>
        <Tabs.Panel value="impact" pt="md">
          <ImpactPanel networkId={n.id} canManage={manage} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
