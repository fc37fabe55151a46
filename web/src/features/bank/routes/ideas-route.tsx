import { Button, Group, SimpleGrid } from '@mantine/core';
import { Suspense, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { DirectoryPage } from '@/components/directory-page';
import { preloadable, wideScreen } from '@/components/preloadable';
import { PHONE_QUERY } from '@/components/use-phone';
import { useMe } from '@/lib/auth/get-me';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { IDEAS_PAGE_SIZE, useIdeas } from '@/features/bank/api/get-ideas';
import { canCurate, canProposeIdea } from '@/features/bank/components/bank-access';
import { IdeaCard } from '@/features/bank/components/idea-card';
import { Busy } from '@/components/busy';

const KEYS = ['q', 'sector', 'region', 'sdg', 'status'] as const;

// The selects are a chunk of their own (issue 16): on a phone they wait for the filters drawer; a wider screen,
// which shows them at once, fetches them as soon as this module loads.
const controls = preloadable(async () => (await import('@/features/bank/components/ideas-filter-controls')).IdeasFilterControls);
const IdeasFilterControls = controls.Component;
if (wideScreen(PHONE_QUERY)) void controls.preload().catch(() => undefined);

/** The bank of project ideas: cards, search (Arabic-aware on the server), sector, region and SDG filters, paging. */
export function IdeasRoute() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = useIdeas(filters, IDEAS_PAGE_SIZE, true);
  // The cards render as a transition when a page of results arrives: React renders them in slices and the phone
  // answers in between (one long task of about 1 s on Lighthouse's slow phone before, issue 16). Cards whose idea did
  // not change are memoised, so the urgent render that shows the count is cheap.
  const items = useDeferredValue(list.data?.items);

  return (
    <DirectoryPage
      title={t('bank.ideas.title')}
      action={
        <Group gap="xs">
          {canCurate(me) && (
            <Button component={Link} to="/ideas/curation" variant="light">
              {t('bank.curation.title')}
            </Button>
          )}
          {canProposeIdea(me) && (
            <Button component={Link} to="/ideas/new">
              {t('bank.ideas.propose')}
            </Button>
          )}
        </Group>
      }
      searchPlaceholder={t('bank.ideas.searchPlaceholder')}
      q={filters.q}
      onSearch={(q) => update({ q })}
      filters={
        <Suspense fallback={<Busy size="sm" />}>
          <IdeasFilterControls filters={filters} update={update} />
        </Suspense>
      }
      activeFilters={countActive(filters, ['sector', 'region', 'sdg', 'status'])}
      onReset={reset}
      list={list}
      resultCount={(count, formatted) => t('bank.ideas.resultCount', { count, formatted })}
      emptyTitle={t('bank.ideas.emptyTitle')}
      emptyText={t('bank.ideas.emptyText')}
      pageSize={IDEAS_PAGE_SIZE}
      page={filters.page}
      onPage={(page) => update({ page })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="idea-cards">
        {items?.map((idea) => (
          <IdeaCard key={idea.id} idea={idea} />
        ))}
      </SimpleGrid>
    </DirectoryPage>
  );
}
