import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat, cooperativeOf, titleOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { useSectors } from '@/lib/reference/get-sectors';
import { findRegion } from '@/lib/reference/lookup';
import type { IdeaDetails } from '@/lib/api/schema-types';
import { formatMad } from '@/features/bank/components/bank-text';
import { SdgBadges } from '@/features/bank/components/sdg-badge';
import { IdeaStatusBadge } from '@/features/bank/components/status-badges';
import { LocalizedText } from '@/components/localized-text';

/** The regions where an idea fits, named; none means anywhere. */
export function useRegionList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  return (codes: readonly string[]) =>
    codes.length === 0
      ? t('bank.ideas.anywhere')
      : codes.map((c) => fmt.name(findRegion(regions, c)) || c).join(t('bank.listSeparator'));
}

export function SectorBadges({ codes }: { codes: readonly string[] }) {
  const fmt = useFormat();
  const sectors = useSectors().data;
  return (
    <Group gap={4}>
      {codes.map((code) => (
        <Badge key={code} variant="outline" size="sm">
          {fmt.name(sectors?.find((s) => s.code === code)) || code}
        </Badge>
      ))}
    </Group>
  );
}

/** One idea of the bank: title, cooperative, sectors, SDGs, regions, investment and jobs. */
export const IdeaCard = memo(function IdeaCard({ idea }: { idea: IdeaDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regionList = useRegionList();
  const coop = fmt.name(cooperativeOf(idea));
  return (
    <Card withBorder padding="md" data-testid="idea-card" component="article">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="start" wrap="nowrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/ideas/${idea.id}`} inherit>
              <LocalizedText value={titleOf(idea)} />
            </Anchor>
          </Title>
          {idea.status !== 'published' && <IdeaStatusBadge status={idea.status} />}
        </Group>
        {coop && (
          <Text size="sm" c="dimmed">
            <LocalizedText value={cooperativeOf(idea)} />
          </Text>
        )}
        <SectorBadges codes={idea.sectors} />
        <SdgBadges goals={idea.sdgs} size="xs" />
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('bank.ideas.regions')}:{' '}
          </Text>
          {regionList(idea.regions)}
        </Text>
        <Group gap="lg" mt="auto">
          <div>
            <Text size="xs" c="dimmed">
              {t('bank.ideas.investment')}
            </Text>
            <Text fw={600} data-testid="idea-investment">
              {idea.investment != null ? formatMad(idea.investment, fmt.language) : '—'}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('bank.ideas.jobs')}
            </Text>
            <Text fw={600} data-testid="idea-jobs">
              {idea.jobs.total != null ? fmt.number(idea.jobs.total) : '—'}
              {idea.jobs.women != null && (
                <Text span size="xs" c="dimmed" fw={400}>
                  {' '}
                  {t('bank.ideas.jobsWomenShort', { formatted: fmt.number(idea.jobs.women) })}
                </Text>
              )}
            </Text>
          </div>
          {idea.adoptions > 0 && (
            <div>
              <Text size="xs" c="dimmed">
                {t('bank.ideas.adoptions')}
              </Text>
              <Text fw={600}>{fmt.number(idea.adoptions)}</Text>
            </div>
          )}
        </Group>
      </Stack>
    </Card>
  );
});
