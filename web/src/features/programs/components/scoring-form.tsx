import { Alert, Badge, Button, Card, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat, formatScore } from '@/lib/i18n/format';
import type { CallDetails, ReviewDetails } from '@/lib/api/schema-types';
import { useScoreApplication } from '@/features/programs/api/score-application';
import { scoreErrorsFrom, scoreRule, weightedScore } from '@/lib/forms/scores';
import { scoringCommandFrom, scoringValuesFrom, type ScoringValues } from '@/features/programs/components/scoring-form-values';
import { problemMessage } from '@/lib/forms/problem-message';

type Props = { applicationId: string; call: CallDetails; review: ReviewDetails | undefined };

/**
 * One 0–10 score per criterion (with its weight) and an optional comment each; the weighted score
 * Σ score × weight / 100 is shown live. Sending again replaces the reviewer's earlier scores.
 * Mount it with `key` per review so it starts from the stored scores.
 */
export function ScoringForm({ applicationId, call, review }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const score = useScoreApplication();
  const form = useForm<ScoringValues>({
    initialValues: scoringValuesFrom(call, review),
    validate: {
      scores: Object.fromEntries(
        call.criteria.map((c) => [c.key, scoreRule({ required: t('validation.required'), range: t('programs.scoring.range') })]),
      ),
    },
  });
  const total = weightedScore(call.criteria, form.values.scores);
  const scored = call.criteria.filter((c) => form.values.scores[c.key] !== '').length;
  const general = problemMessage(t, 'programs', score.error);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        score.mutate(
          {
            id: applicationId,
            body: scoringCommandFrom(call, v),
          },
          {
            onSuccess: () => form.resetDirty(),
            onError: (e) => form.setErrors(scoreErrorsFrom(e, call.criteria)),
          },
        ),
      )}
    >
      <Stack>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        {score.isSuccess && !form.isDirty() && (
          <Alert color="teal" role="status">
            {t('programs.scoring.saved', { score: formatScore(score.data.weightedScore, fmt.language) })}
          </Alert>
        )}
        {call.criteria.map((c) => {
          const name = fmt.name(c) || c.key;
          return (
            <Card withBorder key={c.key} data-testid="criterion">
              <Group justify="space-between" align="start" mb="xs">
                <Title order={3} size="h5">
                  {name}
                </Title>
                <Badge variant="light">{t('programs.scoring.weight', { weight: fmt.number(c.weight) })}</Badge>
              </Group>
              <Group align="start" grow>
                <NumberInput
                  label={t('programs.scoring.scoreOf', { name })}
                  description={t('programs.scoring.scoreHint')}
                  required
                  min={0}
                  max={10}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="strict"
                  maw={200}
                  {...form.getInputProps(`scores.${c.key}`)}
                />
                <Textarea
                  label={t('programs.scoring.commentOn', { name })}
                  autosize
                  minRows={1}
                  dir="auto"
                  {...form.getInputProps(`comments.${c.key}`)}
                />
              </Group>
            </Card>
          );
        })}
        <Textarea label={t('programs.scoring.comment')} autosize minRows={2} dir="auto" {...form.getInputProps('comment')} />
        <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
          <Group justify="space-between">
            <div>
              <Text fw={600}>{t('programs.scoring.weighted')}</Text>
              <Text size="xs" c="dimmed">
                {t('programs.scoring.formula')}
              </Text>
            </div>
            <Text fz={28} fw={700} data-testid="weighted-score" aria-live="polite">
              {t('programs.scoring.outOfTen', { score: formatScore(total, fmt.language) })}
            </Text>
          </Group>
          {scored < call.criteria.length && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('programs.scoring.partial', { count: scored, scored: fmt.number(scored), total: fmt.number(call.criteria.length) })}
            </Text>
          )}
        </Paper>
        <Group>
          <Button type="submit" loading={score.isPending}>
            {t('programs.scoring.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
