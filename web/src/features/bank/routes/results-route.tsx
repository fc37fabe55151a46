import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import badges from '@/components/fit-badges.module.css';
import { ListTable } from '@/components/list-table';
import { PageLoader } from '@/components/page-loader';
import { usePhone } from '@/components/use-phone';
import { QueryError } from '@/components/query-error';
import { isApiError } from '@/lib/api/problem';
import { useFormat, cooperativeOf, formatScore, titleOf } from '@/lib/i18n/format';
import { useCompetition } from '@/features/bank/api/get-competition';
import { rankingCsvUrl, useRanking } from '@/features/bank/api/get-ranking';
import { formatMad } from '@/features/bank/components/bank-text';
import { useCriterionName } from '@/features/bank/components/criteria-table';
import { CompetitionStatusBadge } from '@/features/bank/components/status-badges';
import { LocalizedText } from '@/components/localized-text';

/**
 * The ranking: rank, idea, cooperative, mean weighted score, tie-break average, each criterion's average, awards;
 * with the CSV export. Public once the results are published, staff running it before.
 */
export function ResultsRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const nameOf = useCriterionName();
  const competition = useCompetition(id);
  const ranking = useRanking(id);
  const phone = usePhone();

  if (competition.isPending || ranking.isPending) return <PageLoader />;
  if (competition.isError) return <QueryError error={competition.error} onRetry={() => void competition.refetch()} />;
  const c = competition.data.competition;
  const back = (
    <Anchor component={Link} to={`/competitions/${c.id}`} size="sm">
      {t('bank.results.back')}
    </Anchor>
  );
  if (ranking.isError) {
    const hidden = isApiError(ranking.error) && (ranking.error.status === 403 || ranking.error.status === 401);
    return (
      <Stack>
        {back}
        <Title order={1}>{t('bank.results.title', { title: fmt.name(titleOf(c)) })}</Title>
        {hidden ? (
          <Alert color="gray">{t('bank.results.notPublished')}</Alert>
        ) : (
          <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />
        )}
      </Stack>
    );
  }
  const r = ranking.data;
  const score = (v: number | null | undefined) => (v == null ? '—' : formatScore(v, fmt.language));

  return (
    <Stack>
      {back}
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>{t('bank.results.title', { title: fmt.name(titleOf(c)) })}</Title>
          <CompetitionStatusBadge status={c.status} mt="xs" />
        </div>
        <Button component="a" href={rankingCsvUrl(c.id)} download variant="light">
          {t('bank.results.csv')}
        </Button>
      </Group>
      {c.status !== 'resultsPublished' && <Alert color="blue">{t('bank.results.provisional')}</Alert>}
      <Text size="sm" data-testid="tie-rule">
        {t('bank.competitions.tieRule', { criterion: nameOf(c.criteria, r.tieBreakCriterion) })}
      </Text>
      {r.items.length === 0 ? (
        <Alert color="gray">{t('bank.results.empty')}</Alert>
      ) : (
        <ListTable
          items={r.items}
          rowKey={(item) => item.entryId}
          minWidth={900}
          caption={t('bank.results.caption')}
          testId="ranking-table"
          rowTestId="ranking-row"
          columns={[
            {
              key: 'rank',
              label: t('bank.results.rank'),
              render: (item) => (
                <Group gap="xs" wrap="nowrap" align="baseline">
                  <Text span fw={700}>
                    {fmt.number(item.rank)}
                  </Text>
                  {phone && (
                    <Anchor component={Link} to={`/ideas/${item.ideaId}`}>
                      <LocalizedText value={titleOf({ titleAr: item.ideaTitleAr, titleFr: item.ideaTitleFr })} />
                    </Anchor>
                  )}
                </Group>
              ),
            },
            {
              key: 'idea',
              label: t('bank.entries.idea'),
              hideOnCard: true,
              render: (item) => (
                <Anchor component={Link} to={`/ideas/${item.ideaId}`} miw={180} display="inline-block">
                  <LocalizedText value={titleOf({ titleAr: item.ideaTitleAr, titleFr: item.ideaTitleFr })} />
                </Anchor>
              ),
            },
            { key: 'cooperative', label: t('bank.entries.cooperative'), render: (item) => fmt.name(cooperativeOf(item)) || '—' },
            {
              key: 'score',
              label: t('bank.results.score'),
              render: (item) => (
                <Text span fw={600} data-testid="ranking-score">
                  {item.sheets > 0 ? score(item.score) : t('bank.results.notScored')}
                </Text>
              ),
            },
            {
              key: 'tieBreak',
              label: (
                <>
                  {t('bank.results.tieBreak')}
                  <Text size="xs" c="dimmed" fw={400}>
                    {nameOf(c.criteria, r.tieBreakCriterion)}
                  </Text>
                </>
              ),
              render: (item) => <span data-testid="ranking-tie-break">{item.sheets > 0 ? score(item.tieBreak) : '—'}</span>,
            },
            ...c.criteria.map((cr) => ({
              key: `criterion-${cr.key}`,
              label: (
                <>
                  <LocalizedText value={cr} empty={cr.key} />
                  <Text size="xs" c="dimmed" fw={400}>
                    {t('bank.competitions.weightValue', { weight: fmt.number(cr.weight) })}
                  </Text>
                </>
              ),
              render: (item: (typeof r.items)[number]) =>
                item.sheets > 0 ? score(item.criteria.find((x) => x.criterion === cr.key)?.average) : '—',
            })),
            { key: 'sheets', label: t('bank.results.sheets'), render: (item) => fmt.number(item.sheets) },
            {
              key: 'award',
              label: t('bank.results.award'),
              render: (item) =>
                item.award ? (
                  <Stack gap={2} align="flex-start">
                    <Badge color="yellow" variant="light" className={badges.badge}>
                      {t('bank.results.awardRank', { rank: fmt.number(item.award.rank) })}{' '}
                      <LocalizedText value={item.award.prizeLabel} />
                    </Badge>
                    {item.award.amount != null && <Text size="xs">{formatMad(item.award.amount, fmt.language)}</Text>}
                  </Stack>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </Stack>
  );
}
