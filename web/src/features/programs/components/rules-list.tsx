import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import type { EligibilityRules } from '@/lib/api/schema-types';

/** A call's eligibility rules in words, in the UI language (empty lists and nulls do not restrict). */
export function RulesList({ rules, size = 'sm' }: { rules: EligibilityRules; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const sectors = useSectors().data;
  const list = (items: string[]) => items.join(t('programs.listSeparator'));
  const lines: string[] = [];
  if (rules.sectors?.length) {
    lines.push(t('programs.rules.sectors', { list: list(rules.sectors.map((c) => fmt.name(sectors?.find((s) => s.code === c)) || c)) }));
  }
  if (rules.regions?.length) {
    lines.push(t('programs.rules.regions', { list: list(rules.regions.map((c) => fmt.name(findRegion(regions, c)) || c)) }));
  }
  if (rules.provinces?.length) {
    lines.push(t('programs.rules.provinces', { list: list(rules.provinces.map((c) => fmt.name(findProvince(regions, c)) || c)) }));
  }
  const statuses = rules.statuses?.length ? rules.statuses : ['active'];
  lines.push(t('programs.rules.statuses', { list: list(statuses.map((s) => t(`status.${s}`))) }));
  if (rules.womenLedOnly) lines.push(t('programs.rules.womenLedOnly'));
  if (rules.minMembers != null) lines.push(t('programs.rules.minMembers', { count: rules.minMembers, formatted: fmt.number(rules.minMembers) }));
  if (rules.minAgeMonths != null) {
    lines.push(t('programs.rules.minAgeMonths', { count: rules.minAgeMonths, formatted: fmt.number(rules.minAgeMonths) }));
  }
  if (rules.maxPreviousAwards != null) {
    lines.push(t('programs.rules.maxPreviousAwards', { count: rules.maxPreviousAwards, formatted: fmt.number(rules.maxPreviousAwards) }));
  }
  if (lines.length === 0) return <Text size={size}>{t('programs.rules.none')}</Text>;
  return (
    <List size={size} spacing={2} data-testid="call-rules">
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
