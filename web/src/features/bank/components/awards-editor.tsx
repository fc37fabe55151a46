import { ActionIcon, Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat, titleOf } from '@/lib/i18n/format';
import type { CompetitionRanking } from '@/lib/api/schema-types';
import { useSetAwards } from '@/features/bank/api/set-awards';
import { problemMessage } from '@/lib/forms/problem-message';
import { useSearchable } from '@/lib/search/use-searchable';

type Row = { entryId: string | null; rank: number | string; prizeLabel: string; amount: number | string };

function rowsFrom(ranking: CompetitionRanking): Row[] {
  return ranking.items
    .filter((i) => i.award)
    .sort((a, b) => a.award!.rank - b.award!.rank)
    .map((i) => ({ entryId: i.entryId, rank: i.award!.rank, prizeLabel: i.award!.prizeLabel, amount: i.award!.amount ?? '' }));
}

/**
 * The awards (entry, rank, prize, amount in MAD); saving replaces the whole list. Mount it with `key` per ranking
 * so it starts from the stored awards.
 */
export function AwardsEditor({ competitionId, ranking }: { competitionId: string; ranking: CompetitionRanking }) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const save = useSetAwards();
  const form = useForm<{ awards: Row[] }>({
    initialValues: { awards: rowsFrom(ranking) },
    validate: {
      awards: {
        entryId: (v) => (v ? null : t('validation.required')),
        rank: (v) => (v === '' || Number(v) < 1 || Number(v) > 50 ? t('bank.awards.rankRange') : null),
        prizeLabel: (v) => (v.trim() ? null : t('validation.required')),
      },
    },
  });
  const general = Object.keys(fieldErrorsOf(save.error)).length > 0 ? t('form.fixErrors') : problemMessage(t, 'bank', save.error);
  const options = ranking.items.map((i) => ({
    value: i.entryId,
    label: t('bank.awards.entryOption', {
      rank: fmt.number(i.rank),
      title: fmt.name(titleOf({ titleAr: i.ideaTitleAr, titleFr: i.ideaTitleFr })),
    }),
  }));

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        save.mutate(
          {
            competitionId,
            awards: v.awards.map((a) => ({
              entryId: a.entryId,
              rank: Number(a.rank),
              prizeLabel: a.prizeLabel.trim(),
              amount: a.amount === '' ? null : Number(a.amount),
            })),
          },
          {
            onSuccess: () => form.resetDirty(),
            onError: (e) => form.setErrors(fieldErrorsOf(e)),
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
        {save.isSuccess && !form.isDirty() && (
          <Alert color="teal" role="status">
            {t('bank.awards.saved')}
          </Alert>
        )}
        {ranking.items.length === 0 && <Text c="dimmed">{t('bank.awards.noEntries')}</Text>}
        {form.values.awards.length === 0 && ranking.items.length > 0 && <Text c="dimmed">{t('bank.awards.none')}</Text>}
        {form.values.awards.map((_, index) => {
          const n = fmt.number(index + 1);
          return (
            <Group key={index} align="start" wrap="wrap" data-testid="award-row">
              <Select
                label={t('bank.awards.entry', { index: n })}
                {...searchable}
                w={320}
                data={options}
                {...form.getInputProps(`awards.${index}.entryId`)}
              />
              <NumberInput
                label={t('bank.awards.rank', { index: n })}
                min={1}
                max={50}
                allowDecimal={false}
                allowNegative={false}
                w={110}
                {...form.getInputProps(`awards.${index}.rank`)}
              />
              <TextInput
                label={t('bank.awards.prize', { index: n })}
                dir="auto"
                w={220}
                {...form.getInputProps(`awards.${index}.prizeLabel`)}
              />
              <NumberInput
                label={t('bank.awards.amount', { index: n })}
                min={0}
                allowNegative={false}
                w={160}
                {...form.getInputProps(`awards.${index}.amount`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                aria-label={t('bank.awards.remove', { index: n })}
                onClick={() => form.removeListItem('awards', index)}
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            disabled={ranking.items.length === 0}
            onClick={() =>
              form.insertListItem('awards', { entryId: null, rank: form.values.awards.length + 1, prizeLabel: '', amount: '' })
            }
          >
            {t('bank.awards.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('bank.awards.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
