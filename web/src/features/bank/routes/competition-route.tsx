import { Anchor, Button, Card, Grid, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findRegion } from '@/lib/reference/lookup';
import { useCompetition } from '@/features/bank/api/get-competition';
import { useRanking } from '@/features/bank/api/get-ranking';
import { canRunCompetition } from '@/features/bank/components/bank-access';
import { formatInstantDay } from '@/features/bank/components/bank-text';
import { AwardsEditor } from '@/features/bank/components/awards-editor';
import { CriteriaTable } from '@/features/bank/components/criteria-table';
import { EntriesPanel } from '@/features/bank/components/entries-panel';
import { JuryPanel } from '@/features/bank/components/jury-panel';
import { StatusActions } from '@/features/bank/components/status-actions';
import { CompetitionStatusBadge } from '@/features/bank/components/status-badges';
import { LocalizedText } from '@/components/localized-text';

function Awards({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation();
  const ranking = useRanking(competitionId);
  if (ranking.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (ranking.isError) return <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const key = ranking.data.items.map((i) => `${i.entryId}:${i.award?.rank ?? ''}:${i.award?.prizeLabel ?? ''}`).join('|');
  return <AwardsEditor key={key} competitionId={competitionId} ranking={ranking.data} />;
}

/**
 * An ideathon: criteria and weights, tie rule, entries ("enter my idea" while open); for the staff running it,
 * status changes, the jury (assignment and progress) and the awards.
 */
export function CompetitionRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const regions = useRegions().data;
  const query = useCompetition(id);

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { competition: c, etag } = query.data;
  const run = canRunCompetition(me, c);
  const eventTitle = fmt.name(titleOf({ titleAr: c.eventTitleAr, titleFr: c.eventTitleFr }));
  const judging = c.status === 'open' || c.status === 'judging';
  const resultsVisible = c.status === 'resultsPublished' || run;

  return (
    <Stack>
      <Anchor component={Link} to="/competitions" size="sm">
        {t('bank.competitions.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>
            <LocalizedText value={titleOf(c)} />
          </Title>
          {eventTitle && (
            <Text c="dimmed" data-testid="competition-event">
              {t('bank.competitions.ofEvent', { event: eventTitle })}
              {c.eventStartsAt && ` · ${formatInstantDay(c.eventStartsAt, fmt.language)}`}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <CompetitionStatusBadge status={c.status} />
            {c.acceptingEntries && (
              <Text size="sm" c="teal">
                {t('bank.entries.open')}
              </Text>
            )}
          </Group>
        </div>
        <Group gap="xs">
          {me && judging && (
            <Button component={Link} to={`/competitions/${c.id}/jury`} variant="light">
              {t('bank.jury.scoreLink')}
            </Button>
          )}
          {resultsVisible && (
            <Button component={Link} to={`/competitions/${c.id}/results`} variant="light">
              {t('bank.results.link')}
            </Button>
          )}
          {run && (
            <Button component={Link} to={`/competitions/${c.id}/edit`} variant="subtle">
              {t('bank.competitions.edit')}
            </Button>
          )}
        </Group>
      </Group>
      {run && <StatusActions competition={c} etag={etag} onReload={() => void query.refetch()} />}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder h="100%">
            <SimpleGrid cols={1} spacing="sm">
              <DetailField label={t('fields.region')}>
                {c.regionCode ? fmt.name(findRegion(regions, c.regionCode)) || c.regionCode : t('roles.national')}
              </DetailField>
              <DetailField label={t('bank.competitions.window')}>
                {t('bank.competitions.windowValue', {
                  from: formatWallClock(c.opensAt, fmt.language),
                  to: formatWallClock(c.closesAt, fmt.language),
                })}{' '}
                <Text span size="xs" c="dimmed">
                  ({t('bank.competitions.casablancaTime')})
                </Text>
              </DetailField>
              <DetailField label={t('bank.competitions.entries')}>{fmt.number(c.entries)}</DetailField>
              {c.description && (
                <DetailField label={t('bank.competitions.description')}>
                  <Text style={{ whiteSpace: 'pre-line' }} dir="auto">
                    <LocalizedText value={c.description} />
                  </Text>
                </DetailField>
              )}
            </SimpleGrid>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder h="100%">
            <Title order={2} size="h4" mb="xs">
              {t('bank.competitions.criteria')}
            </Title>
            <CriteriaTable criteria={c.criteria} tieBreak={c.tieBreakCriterion} />
          </Card>
        </Grid.Col>
      </Grid>
      <Tabs defaultValue="entries" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="entries">{t('bank.entries.tab', { formatted: fmt.number(c.entries) })}</Tabs.Tab>
          {run && <Tabs.Tab value="jury">{t('bank.jury.tab')}</Tabs.Tab>}
          {run && <Tabs.Tab value="awards">{t('bank.awards.tab')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="entries" pt="md">
          <EntriesPanel competition={c} />
        </Tabs.Panel>
        {run && (
          <Tabs.Panel value="jury" pt="md">
            <JuryPanel competitionId={c.id} />
          </Tabs.Panel>
        )}
        {run && (
          <Tabs.Panel value="awards" pt="md">
            <Awards competitionId={c.id} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
