import { Alert, Anchor, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { isApiError } from '@/lib/api/problem';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useCompetition } from '@/features/bank/api/get-competition';
import { useMyJury } from '@/features/bank/api/get-my-jury';
import { ScoreSheetForm } from '@/features/bank/components/score-sheet-form';
import { CompetitionStatusBadge } from '@/features/bank/components/status-badges';
import { LocalizedText } from '@/components/localized-text';

function Jury() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const competition = useCompetition(id);
  const mine = useMyJury(id);

  if (competition.isPending || mine.isPending) return <PageLoader />;
  if (competition.isError) return <QueryError error={competition.error} onRetry={() => void competition.refetch()} />;
  const c = competition.data.competition;
  const back = (
    <Anchor component={Link} to={`/competitions/${c.id}`} size="sm">
      {t('bank.jury.back')}
    </Anchor>
  );
  if (mine.isError) {
    return (
      <Stack>
        {back}
        {isApiError(mine.error) && mine.error.status === 403 ? (
          <Alert color="orange" role="alert">
            {t('bank.jury.notJuror')}
          </Alert>
        ) : (
          <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
        )}
      </Stack>
    );
  }
  const { criteria, entries, mySheets } = mine.data;
  const sheets = new Map(mySheets.map((s) => [s.entryId, s]));
  const scored = entries.filter((e) => sheets.has(e.id)).length;
  const closed = c.status !== 'open' && c.status !== 'judging';

  return (
    <Stack>
      {back}
      <div>
        <Text c="dimmed" size="sm">
          <LocalizedText value={titleOf(c)} />
        </Text>
        <Title order={1}>{t('bank.jury.title')}</Title>
        <CompetitionStatusBadge status={c.status} mt="xs" />
      </div>
      <Paper withBorder p="md">
        <Text fw={600} data-testid="jury-progress-mine">
          {t('bank.jury.progressMine', { scored: fmt.number(scored), total: fmt.number(entries.length) })}
        </Text>
        <Progress
          mt="xs"
          value={entries.length > 0 ? (scored / entries.length) * 100 : 0}
          color={scored === entries.length ? 'teal' : 'blue'}
          aria-label={t('bank.jury.progressMine', { scored: fmt.number(scored), total: fmt.number(entries.length) })}
        />
      </Paper>
      {closed && <Alert color="orange">{t('bank.jury.closed')}</Alert>}
      {entries.length === 0 && <Alert color="gray">{t('bank.jury.noEntries')}</Alert>}
      {entries.map((e) => {
        const sheet = sheets.get(e.id);
        return (
          <ScoreSheetForm
            key={e.id}
            competitionId={c.id}
            criteria={criteria}
            entry={e}
            sheet={sheet}
            disabled={closed}
          />
        );
      })}
    </Stack>
  );
}

/** The juror's screen: their entries, a 0–10 score per criterion with the live weighted total, and their progress. */
export function JuryRoute() {
  return (
    <RequireAccess allow={(me) => !!me}>
      <Jury />
    </RequireAccess>
  );
}
