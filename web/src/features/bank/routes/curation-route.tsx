import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { Pager } from '@/components/pager';
import { RequireAccess } from '@/components/require-access';
import { useFormat, cooperativeOf, titleOf } from '@/lib/i18n/format';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import type { IdeaDetails } from '@/lib/api/schema-types';
import { useIdeas } from '@/features/bank/api/get-ideas';
import { useTransitionIdea } from '@/features/bank/api/transition-idea';
import { canCurate } from '@/features/bank/components/bank-access';
import { SectorBadges } from '@/features/bank/components/idea-card';
import { problemMessage } from '@/lib/forms/problem-message';
import { ReturnDialog } from '@/features/bank/components/return-dialog';
import { SdgBadges } from '@/features/bank/components/sdg-badge';
import { LocalizedText } from '@/components/localized-text';
import { Busy } from '@/components/busy';

const PAGE_SIZE = 20;
const KEYS = [] as const;

function QueueItem({ idea, onReturn }: { idea: IdeaDetails; onReturn: (idea: { id: string; title: string }) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const publish = useTransitionIdea();
  const title = fmt.name(titleOf(idea));
  const error = problemMessage(t, 'bank', publish.error);
  return (
    <Card withBorder component="article" data-testid="curation-item">
      <Stack gap="xs">
        <Group justify="space-between" align="start">
          <div>
            <Title order={2} size="h4">
              <Anchor component={Link} to={`/ideas/${idea.id}`} inherit>
                <LocalizedText value={titleOf(idea)} />
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              <LocalizedText value={cooperativeOf(idea)} empty={t('bank.curation.staffIdea')} /> · {t('bank.curation.since', { date: fmt.dateTime(idea.updatedAt) })}
            </Text>
          </div>
          <Group gap="xs">
            <Button
              color="teal"
              loading={publish.isPending}
              aria-label={t('bank.curation.publishIdea', { title })}
              onClick={() => publish.mutate({ id: idea.id, body: { to: 'published' } })}
            >
              {t('bank.curation.publish')}
            </Button>
            <Button
              color="orange"
              variant="light"
              aria-label={t('bank.curation.returnIdea', { title })}
              onClick={() => onReturn({ id: idea.id, title })}
            >
              {t('bank.curation.return')}
            </Button>
          </Group>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="xs">
          <SectorBadges codes={idea.sectors} />
          <SdgBadges goals={idea.sdgs} size="xs" />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('bank.ideas.problem')}
            </Text>
            <Text size="sm" lineClamp={4} dir="auto">
              {idea.problem}
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" fw={600}>
              {t('bank.ideas.solution')}
            </Text>
            <Text size="sm" lineClamp={4} dir="auto">
              {idea.solution}
            </Text>
          </div>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function CurationQueue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { filters, update } = useUrlFilters(KEYS);
  const list = useIdeas({ status: 'submitted', page: filters.page }, PAGE_SIZE);
  const [returning, setReturning] = useState<{ id: string; title: string } | null>(null);
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack>
      <Anchor component={Link} to="/ideas" size="sm">
        {t('bank.ideas.back')}
      </Anchor>
      <Title order={1}>{t('bank.curation.title')}</Title>
      <Text c="dimmed">{t('bank.curation.intro')}</Text>
      <Group gap="xs" role="status" aria-live="polite">
        {list.data && (
          <Text fw={500} data-testid="result-count">
            {t('bank.curation.count', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t('bank.curation.emptyTitle')}>
          {t('bank.curation.emptyText')}
        </Alert>
      )}
      {list.data?.items.map((idea) => (
        <QueueItem key={idea.id} idea={idea} onReturn={setReturning} />
      ))}
      <Pager pages={pages} page={filters.page ?? 1} onChange={(page) => update({ page })} />
      <ReturnDialog idea={returning} onClose={() => setReturning(null)} />
    </Stack>
  );
}

/** Staff: the submitted ideas waiting for curation, each published or returned with comments. */
export function CurationRoute() {
  return (
    <RequireAccess allow={canCurate}>
      <CurationQueue />
    </RequireAccess>
  );
}
