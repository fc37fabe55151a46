import { Anchor, Grid, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import type { CooperativeStatisticsRow } from '@/lib/api/schema-types';
import { useFormat, cooperativeOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useIdeaAdoptions } from '@/features/bank/api/get-idea-adoptions';
import { LocalizedText } from '@/components/localized-text';

// The dashboard's choropleth of the 12 regions (its own lazily loaded chunk), coloured here by adopters.
const RegionMap = lazy(() => import('@/components/region-map'));

/** The cooperatives taking up the idea: a list, the count per region (bars) and the map of Morocco's regions. */
export function AdoptersPanel({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const adoptions = useIdeaAdoptions(ideaId);

  if (adoptions.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (adoptions.isError) return <QueryError error={adoptions.error} onRetry={() => void adoptions.refetch()} />;
  const { items, byRegion } = adoptions.data;
  if (items.length === 0) return <Text c="dimmed">{t('bank.adoption.none')}</Text>;

  const max = Math.max(1, ...byRegion.map((r) => r.count));
  const counts = new Map(byRegion.map((r) => [r.regionCode, r.count]));
  const rows: CooperativeStatisticsRow[] = (regions ?? []).map((r) => ({
    key: r.code,
    nameAr: r.nameAr,
    nameFr: r.nameFr,
    cooperatives: counts.get(r.code) ?? 0,
    members: 0,
    women: 0,
    youth: 0,
  }));

  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('bank.adoption.byRegion')}
            </Title>
            <Table data-testid="adopters-by-region">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.region')}</Table.Th>
                  <Table.Th>{t('bank.adoption.count')}</Table.Th>
                  <Table.Th w="45%" aria-hidden />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {byRegion.map((r) => (
                  <Table.Tr key={r.regionCode}>
                    <Table.Td>{fmt.name(findRegion(regions, r.regionCode)) || r.regionCode}</Table.Td>
                    <Table.Td>{fmt.number(r.count)}</Table.Td>
                    <Table.Td aria-hidden>
                      <Progress value={(r.count / max) * 100} color="teal" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <div>
            <Title order={3} size="h5" mb="xs">
              {t('bank.adoption.adopters')}
            </Title>
            <Table.ScrollContainer minWidth={420}>
              <Table striped data-testid="adopters">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('bank.adoption.cooperative')}</Table.Th>
                    <Table.Th>{t('fields.region')}</Table.Th>
                    <Table.Th>{t('bank.adoption.adoptedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cooperatives/${a.cooperativeId}`}>
                          <LocalizedText value={cooperativeOf(a)} />
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{fmt.name(findRegion(regions, a.regionCode)) || a.regionCode}</Table.Td>
                      <Table.Td>{fmt.date(a.adoptedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </div>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Group>
          <Text size="sm" c="dimmed">
            {t('bank.adoption.mapCaption')}
          </Text>
        </Group>
        {regions && (
          <Suspense fallback={<PageLoader />}>
            <RegionMap rows={rows} linkTo={(region) => `/ideas?region=${encodeURIComponent(region)}`} />
          </Suspense>
        )}
      </Grid.Col>
    </Grid>
  );
}
