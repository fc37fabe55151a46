import { Anchor, Badge, Button, Card, Grid, Group, List, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findRegion } from '@/lib/reference/lookup';
import type { ProgramDetails } from '@/lib/api/schema-types';
import { useCalls } from '@/features/programs/api/get-calls';
import { useProgram } from '@/features/programs/api/get-program';
import { CallPhaseBadge } from '@/features/programs/components/call-phase-badge';
import { canManageProgram } from '@/features/programs/components/program-access';
import { ReportPanel } from '@/features/programs/components/report-panel';
import { LocalizedText } from '@/components/localized-text';

function ProgramCalls({ program, manage }: { program: ProgramDetails; manage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const calls = useCalls({ programId: program.id, when: 'all' });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('programs.calls.ofProgram')}
        </Title>
        {manage && (
          <Button component={Link} to={`/calls/new?programId=${program.id}`} size="xs" variant="light">
            {t('programs.calls.create')}
          </Button>
        )}
      </Group>
      {calls.isError && <QueryError error={calls.error} onRetry={() => void calls.refetch()} />}
      {calls.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {calls.data && calls.data.items.length === 0 && <Text c="dimmed">{t('programs.calls.none')}</Text>}
      {calls.data && calls.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table>
            <Table.Tbody>
              {calls.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/calls/${c.id}`}>
                      <LocalizedText value={titleOf(c)} />
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <CallPhaseBadge call={c} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t('programs.calls.closesAt')}: {formatWallClock(c.closesAt, fmt.language)}
                    </Text>
                  </Table.Td>
                  {manage && (
                    <Table.Td>
                      <Anchor component={Link} to={`/calls/${c.id}/board`} size="sm">
                        {t('programs.calls.board')}
                      </Anchor>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** A program: partners with their roles, goals, regions, sectors, support axes, indicators, its calls, and the report. */
export function ProgramRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useProgram(id);
  const regions = useRegions().data;
  const sectors = useSectors().data;

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const p = query.data.program;
  const manage = canManageProgram(me, p.regions);

  return (
    <Stack>
      <Anchor component={Link} to="/programs" size="sm">
        {t('programs.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Badge variant="outline" mb={4}>
            {p.code}
          </Badge>
          <Title order={1}>
            <LocalizedText value={p} empty={p.code} />
          </Title>
        </div>
        {manage && (
          <Button component={Link} to={`/programs/${p.id}/edit`} variant="light">
            {t('detail.edit')}
          </Button>
        )}
      </Group>
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('programs.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="report">{t('programs.tabs.report')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack>
                <Card withBorder>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <DetailField label={t('programs.regions')}>
                      {p.regions.length === 0
                        ? t('programs.national')
                        : p.regions.map((r) => fmt.name(findRegion(regions, r)) || r).join(t('programs.listSeparator'))}
                    </DetailField>
                    <DetailField label={t('fields.sectors')}>
                      {p.sectors.length > 0 && (
                        <Group gap={4}>
                          {p.sectors.map((code) => (
                            <Badge key={code} variant="outline" size="sm">
                              {fmt.name(sectors?.find((s) => s.code === code)) || code}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </DetailField>
                    <DetailField label={t('programs.budget')}>
                      {p.budget != null ? `${fmt.number(p.budget)} ${p.currency}` : ''}
                    </DetailField>
                    <DetailField label={t('programs.period')}>
                      {(p.startsOn || p.endsOn) &&
                        t('programs.periodValue', { from: fmt.date(p.startsOn) || '…', to: fmt.date(p.endsOn) || '…' })}
                    </DetailField>
                  </SimpleGrid>
                </Card>
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">
                    {t('programs.goals')}
                  </Title>
                  {p.goals.length === 0 ? (
                    <Text c="dimmed">{t('common.none')}</Text>
                  ) : (
                    <List>
                      {p.goals.map((g) => (
                        <List.Item key={g}>
                          <span dir="auto">{g}</span>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Card>
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">
                    {t('programs.supportAxes')}
                  </Title>
                  {p.supportAxes.length === 0 ? (
                    <Text c="dimmed">{t('common.none')}</Text>
                  ) : (
                    <List>
                      {p.supportAxes.map((a) => (
                        <List.Item key={a.code}>
                          <LocalizedText value={a} empty={a.code} />
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Card>
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">
                    {t('programs.indicators')}
                  </Title>
                  {p.indicators.length === 0 ? (
                    <Text c="dimmed">{t('programs.noIndicators')}</Text>
                  ) : (
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('programs.indicator')}</Table.Th>
                          <Table.Th>{t('programs.target')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {p.indicators.map((i) => (
                          <Table.Tr key={i.code}>
                            <Table.Td>
                              <LocalizedText value={i} empty={i.code} />
                            </Table.Td>
                            <Table.Td>{i.target != null ? `${fmt.number(i.target)}${i.unit ? ` ${i.unit}` : ''}` : '—'}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Card>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">
                    {t('programs.partners')}
                  </Title>
                  {p.partners.length === 0 ? (
                    <Text c="dimmed">{t('programs.noPartners')}</Text>
                  ) : (
                    <Stack gap="xs" data-testid="program-partners">
                      {p.partners.map((x) => (
                        <Group key={`${x.organisationId}-${x.role}`} justify="space-between" wrap="nowrap">
                          <Anchor component={Link} to={`/organisations/${x.organisationId}`} size="sm">
                            <LocalizedText value={x} empty={x.acronym} />
                            {x.acronym && fmt.name(x) ? ` (${x.acronym})` : ''}
                          </Anchor>
                          <Badge variant="light" color={x.role === 'funder' ? 'grape' : x.role === 'implementer' ? 'blue' : 'teal'}>
                            {t(`programs.partnerRole.${x.role}`)}
                          </Badge>
                        </Group>
                      ))}
                    </Stack>
                  )}
                </Card>
                <ProgramCalls program={p} manage={manage} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <ReportPanel program={p} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
