import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { CompetitionCriterion } from '@/lib/api/schema-types';
import { LocalizedText } from '@/components/localized-text';

/** A criterion's name in the UI language (its key when unnamed). */
export function useCriterionName() {
  const fmt = useFormat();
  return (criteria: readonly CompetitionCriterion[], key: string) => {
    const c = criteria.find((x) => x.key === key);
    return (c && fmt.name(c)) || key;
  };
}

/** The criteria jurors score 0–10 and their weights (summing to 100), with the tie rule. */
export function CriteriaTable({ criteria, tieBreak }: { criteria: readonly CompetitionCriterion[]; tieBreak: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const nameOf = useCriterionName();
  return (
    <>
      <Table data-testid="criteria-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('bank.competitions.criterion')}</Table.Th>
            <Table.Th>{t('bank.competitions.weight')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Td>
                <LocalizedText value={c} empty={c.key} />
                {c.key === tieBreak && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('bank.competitions.tieBreakMark')})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t('bank.competitions.weightValue', { weight: fmt.number(c.weight) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs" data-testid="tie-rule">
        {t('bank.competitions.tieRule', { criterion: nameOf(criteria, tieBreak) })}
      </Text>
    </>
  );
}
