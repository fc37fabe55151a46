import { Alert, Anchor, Badge, Button, Card, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat, cooperativeOf, formatScore, titleOf } from '@/lib/i18n/format';
import type { CompetitionCriterion, EntryDetails, ScoreSheet } from '@/lib/api/schema-types';
import { useScoreEntry } from '@/features/bank/api/score-entry';
import { scoreErrorsFrom, scoreRule, weightedScore } from '@/lib/forms/scores';
import { sheetCommandFrom, sheetValuesFrom, type SheetValues } from '@/features/bank/components/score-sheet-form-values';
import { problemMessage } from '@/lib/forms/problem-message';
import { LocalizedText } from '@/components/localized-text';

type Props = {
  competitionId: string;
  criteria: readonly CompetitionCriterion[];
  entry: EntryDetails;
  sheet: ScoreSheet | undefined;
  /** Scores are taken while the competition is open or judging. */
  disabled: boolean;
};

/**
 * One entry's score sheet: a 0–10 score per criterion (with its weight) and a comment; the weighted total
 * Σ score × weight / 100 is shown live. Sending again replaces the juror's earlier sheet. Mount it with `key` per entry:
 * it starts from the stored sheet.
 */
export function ScoreSheetForm({ competitionId, criteria, entry, sheet, disabled }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const score = useScoreEntry();
  const form = useForm<SheetValues>({
    initialValues: sheetValuesFrom(criteria, sheet),
    validate: {
      scores: Object.fromEntries(
        criteria.map((c) => [c.key, scoreRule({ required: t('validation.required'), range: t('bank.jury.range') })]),
      ),
    },
  });
  const title = fmt.name(titleOf({ titleAr: entry.ideaTitleAr, titleFr: entry.ideaTitleFr }));
  const total = weightedScore(criteria, form.values.scores);
  const filled = criteria.filter((c) => form.values.scores[c.key] !== '').length;
  const general = Object.keys(fieldErrorsOf(score.error)).length > 0 ? t('form.fixErrors') : problemMessage(t, 'bank', score.error);

  return (
    <Card withBorder component="section" data-testid="score-card" aria-label={title}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          score.mutate(
            {
              competitionId,
              entryId: entry.id,
              body: sheetCommandFrom(criteria, v),
            },
            {
              onSuccess: () => form.resetDirty(),
              onError: (e) => form.setErrors(scoreErrorsFrom(e, criteria)),
            },
          ),
        )}
      >
        <Stack>
          <Group justify="space-between" align="start">
            <div>
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/ideas/${entry.ideaId}`} inherit>
                  <LocalizedText value={titleOf({ titleAr: entry.ideaTitleAr, titleFr: entry.ideaTitleFr })} />
                </Anchor>
              </Title>
              {fmt.name(cooperativeOf(entry)) && (
                <Text size="sm" c="dimmed">
                  <LocalizedText value={cooperativeOf(entry)} />
                </Text>
              )}
            </div>
            {sheet ? (
              <Badge color="teal" data-testid="sheet-state">
                {t('bank.jury.scoredBadge')}
              </Badge>
            ) : (
              <Badge color="gray" data-testid="sheet-state">
                {t('bank.jury.toScore')}
              </Badge>
            )}
          </Group>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          {score.isSuccess && !form.isDirty() && (
            <Alert color="teal" role="status">
              {t('bank.jury.saved', { score: formatScore(score.data.weightedScore, fmt.language) })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: Math.min(4, Math.max(1, criteria.length)) }}>
            {criteria.map((c) => {
              const name = fmt.name(c) || c.key;
              return (
                <NumberInput
                  key={c.key}
                  label={t('bank.jury.scoreOf', { name })}
                  description={t('bank.jury.weightHint', { weight: fmt.number(c.weight) })}
                  required
                  disabled={disabled}
                  min={0}
                  max={10}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="strict"
                  {...form.getInputProps(`scores.${c.key}`)}
                />
              );
            })}
          </SimpleGrid>
          <Textarea
            label={t('bank.jury.comment')}
            autosize
            minRows={1}
            dir="auto"
            disabled={disabled}
            {...form.getInputProps('comment')}
          />
          <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
            <Group justify="space-between">
              <div>
                <Text fw={600}>{t('bank.jury.weighted')}</Text>
                <Text size="xs" c="dimmed">
                  {t('bank.jury.formula')}
                </Text>
              </div>
              <Text fz={24} fw={700} data-testid="weighted-total" aria-live="polite">
                {t('bank.jury.outOfTen', { score: formatScore(total, fmt.language) })}
              </Text>
            </Group>
            {filled < criteria.length && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('bank.jury.partial', { filled: fmt.number(filled), total: fmt.number(criteria.length) })}
              </Text>
            )}
          </Paper>
          <Group>
            <Button type="submit" loading={score.isPending} disabled={disabled}>
              {t('bank.jury.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
