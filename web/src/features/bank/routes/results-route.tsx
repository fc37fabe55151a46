import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { isApiError } from '@/lib/api/problem';
import { useFormat, cooperativeOf, formatScore, titleOf } from '@/lib/i18n/format';
import { useCompetition } from '@/features/bank/api/get-competition';
import { rankingCsvUrl, useRanking } from '@/features/bank/api/get-ranking';
import { formatMad } from '@/features/bank/components/bank-text';
import { useCriterionName } from '@/features/bank/components/criteria-table';
import { CompetitionStatusBadge } from '@/features/bank/components/status-badges';

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
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm" data-testid="ranking-table">
            <caption>{t('bank.results.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.results.rank')}</Table.Th>
                <Table.Th miw={200}>{t('bank.entries.idea')}</Table.Th>
                <Table.Th>{t('bank.entries.cooperative')}</Table.Th>
                <Table.Th>{t('bank.results.score')}</Table.Th>
                <Table.Th>
                  {t('bank.results.tieBreak')}
                  <Text size="xs" c="dimmed" fw={400}>
                    {nameOf(c.criteria, r.tieBreakCriterion)}
                  </Text>
                </Table.Th>
                {c.criteria.map((cr) => (
                  <Table.Th key={cr.key}>
                    {fmt.name(cr) || cr.key}
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('bank.competitions.weightValue', { weight: fmt.number(cr.weight) })}
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th>{t('bank.results.sheets')}</Table.Th>
                <Table.Th>{t('bank.results.award')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.items.map((item) => (
                <Table.Tr key={item.entryId} data-testid="ranking-row">
                  <Table.Td fw={700}>{fmt.number(item.rank)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/ideas/${item.ideaId}`}>
                      {fmt.name(titleOf({ titleAr: item.ideaTitleAr, titleFr: item.ideaTitleFr }))}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{fmt.name(cooperativeOf(item)) || '—'}</Table.Td>
                  <Table.Td fw={600} data-testid="ranking-score">
                    {item.sheets > 0 ? score(item.score) : t('bank.results.notScored')}
                  </Table.Td>
                  <Table.Td data-testid="ranking-tie-break">{item.sheets > 0 ? score(item.tieBreak) : '—'}</Table.Td>
                  {c.criteria.map((cr) => (
                    <Table.Td key={cr.key}>
                      {item.sheets > 0 ? score(item.criteria.find((x) => x.criterion === cr.key)?.average) : '—'}
                    </Table.Td>
                  ))}
                  <Table.Td>{fmt.number(item.sheets)}</Table.Td>
                  <Table.Td>
                    {item.award ? (
                      <Stack gap={2}>
                        <Badge color="yellow" variant="light">
                          {t('bank.results.awardRank', { rank: fmt.number(item.award.rank), prize: item.award.prizeLabel })}
                        </Badge>
                        {item.award.amount != null && <Text size="xs">{formatMad(item.award.amount, fmt.language)}</Text>}
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
