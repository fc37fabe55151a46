import { Alert, Anchor, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { useFormat, formatScore, cooperativeOf } from '@/lib/i18n/format';
import type { CallDetails, RankedApplication } from '@/lib/api/schema-types';
import { useCallRanking } from '@/features/programs/api/get-call-ranking';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { DecisionDialog, type Decision, type DecisionMove } from '@/features/programs/components/decision-dialog';
import { LocalizedText } from '@/components/localized-text';
import { ScrollTable } from '@/components/scroll-table';

const MOVES: Partial<Record<RankedApplication['status'], DecisionMove[]>> = {
  underReview: ['selected', 'waitlisted', 'rejected'],
  waitlisted: ['selected', 'rejected'],
};

/** The call's ranking (mean weighted score, per-criterion averages) with the decisions, each with its reason. */
export function RankingPanel({ call }: { call: CallDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ranking = useCallRanking(call.id);
  const [decision, setDecision] = useState<Decision | null>(null);
  const score = (v: number | null | undefined) =>
    v == null ? t('programs.board.notScored') : formatScore(v, fmt.language);

  if (ranking.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (ranking.isError) return <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const r = ranking.data;
  const full = r.selected >= r.places;

  return (
    <Stack>
      <div>
        <Group justify="space-between" mb={4}>
          <Text fw={600} data-testid="places-taken">
            {t('programs.board.placesTaken', { count: r.selected, selected: fmt.number(r.selected), places: fmt.number(r.places) })}
          </Text>
          {full && (
            <Text size="sm" c="orange">
              {t('programs.board.placesFullNote')}
            </Text>
          )}
        </Group>
        <Progress
          value={r.places > 0 ? Math.min(100, (r.selected / r.places) * 100) : 0}
          color={full ? 'orange' : 'teal'}
          aria-label={t('programs.board.placesTaken', { count: r.selected, selected: fmt.number(r.selected), places: fmt.number(r.places) })}
        />
      </div>
      {r.items.length === 0 ? (
        <Alert color="gray">{t('programs.board.rankingEmpty')}</Alert>
      ) : (
        <ScrollTable minWidth={1100}>
          <Table striped verticalSpacing="sm" data-testid="ranking-table">
            <caption>{t('programs.board.rankingCaption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programs.board.rank')}</Table.Th>
                <Table.Th miw={200}>{t('programs.application.cooperative')}</Table.Th>
                <Table.Th>{t('programs.board.score')}</Table.Th>
                {call.criteria.map((c) => (
                  <Table.Th key={c.key}>
                    <LocalizedText value={c} empty={c.key} />
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('programs.calls.weightValue', { weight: fmt.number(c.weight) })}
                    </Text>
                  </Table.Th>
                ))}
                <Table.Th>{t('programs.board.reviews')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('programs.board.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.items.map((item) => {
                const name = fmt.name(cooperativeOf(item));
                return (
                  <Table.Tr key={item.applicationId} data-testid="ranking-row">
                    <Table.Td>{fmt.number(item.rank)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/applications/${item.applicationId}`}>
                        <LocalizedText value={cooperativeOf(item)} />
                      </Anchor>
                    </Table.Td>
                    <Table.Td fw={600} data-testid="ranking-score">
                      {score(item.score)}
                    </Table.Td>
                    {call.criteria.map((c) => (
                      <Table.Td key={c.key}>
                        {item.reviews > 0 ? score(item.criteria.find((x) => x.criterion === c.key)?.average) : '—'}
                      </Table.Td>
                    ))}
                    <Table.Td>{fmt.number(item.reviews)}</Table.Td>
                    <Table.Td>
                      <ApplicationStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {(MOVES[item.status] ?? []).map((to) => (
                          <Button
                            key={to}
                            size="xs"
                            variant={to === 'selected' ? 'filled' : 'light'}
                            color={to === 'rejected' ? 'red' : to === 'waitlisted' ? 'yellow' : undefined}
                            aria-label={t(`programs.decision.title.${to}`, { name })}
                            onClick={() => setDecision({ applicationId: item.applicationId, name, to })}
                          >
                            {t(`programs.decision.action.${to}`)}
                          </Button>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <DecisionDialog
        key={decision ? `${decision.applicationId}-${decision.to}` : 'none'}
        decision={decision}
        places={r.places}
        onClose={() => setDecision(null)}
      />
    </Stack>
  );
}
