import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';

/** The UN's colour of each Sustainable Development Goal (1–17), with the text colour that reads best on it. */
const SDG_COLOURS: Record<number, [string, string]> = {
  1: ['#E5243B', '#fff'],
  2: ['#DDA63A', '#1a1b1e'],
  3: ['#4C9F38', '#1a1b1e'],
  4: ['#C5192D', '#fff'],
  5: ['#FF3A21', '#1a1b1e'],
  6: ['#26BDE2', '#1a1b1e'],
  7: ['#FCC30B', '#1a1b1e'],
  8: ['#A21942', '#fff'],
  9: ['#FD6925', '#1a1b1e'],
  10: ['#DD1367', '#fff'],
  11: ['#FD9D24', '#1a1b1e'],
  12: ['#BF8B2E', '#1a1b1e'],
  13: ['#3F7E44', '#fff'],
  14: ['#0A97D9', '#1a1b1e'],
  15: ['#56C02B', '#1a1b1e'],
  16: ['#00689D', '#fff'],
  17: ['#19486A', '#fff'],
};

export function sdgColour(goal: number): string {
  return SDG_COLOURS[goal]?.[0] ?? '#868e96';
}

/**
 * A numbered, coloured SDG badge; its full name is the accessible name and the browser's own tooltip (a `title`: a
 * Mantine Tooltip per badge cost a floating-UI setup each, dozens per page of ideas, for a hover a phone never has).
 */
export function SdgBadge({ goal, size = 'sm' }: { goal: number; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [bg, fg] = SDG_COLOURS[goal] ?? ['#868e96', '#fff'];
  const name = t(`bank.sdg.names.${goal}`);
  const label = t('bank.sdg.full', { number: fmt.number(goal), name });
  return (
    <Badge size={size} radius="sm" style={{ backgroundColor: bg, color: fg }} aria-label={label} title={label} data-sdg={goal}>
      {t('bank.sdg.short', { number: fmt.number(goal) })}
    </Badge>
  );
}

export function SdgBadges({ goals, size }: { goals: readonly number[]; size?: 'xs' | 'sm' | 'md' }) {
  if (goals.length === 0) return null;
  return (
    <Group gap={4}>
      {goals.map((g) => (
        <SdgBadge key={g} goal={g} size={size} />
      ))}
    </Group>
  );
}
