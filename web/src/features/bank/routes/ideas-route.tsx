import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countActive } from '@/components/active-filters';
import { DirectoryPage } from '@/components/directory-page';
import { RegionFilter, SectorFilter } from '@/components/reference-filters';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { IDEAS_PAGE_SIZE, useIdeas } from '@/features/bank/api/get-ideas';
import { IDEA_STATUSES, SDGS } from '@/features/bank/api/constants';
import { canCurate, canProposeIdea } from '@/features/bank/components/bank-access';
import { IdeaCard } from '@/features/bank/components/idea-card';
import { useSearchable } from '@/lib/search/use-searchable';

const KEYS = ['q', 'sector', 'region', 'sdg', 'status'] as const;

/** The bank of project ideas: cards, search (Arabic-aware on the server), sector, region and SDG filters, paging. */
export function IdeasRoute() {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const me = useMe().data;
  const { filters, update, reset } = useUrlFilters(KEYS);
  const list = useIdeas(filters);

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
        <>
          <SectorFilter value={filters.sector} w={200} onChange={(value) => update({ sector: value })} />
          <RegionFilter value={filters.region} w={200} onChange={(value) => update({ region: value })} />
          <Select
            label={t('bank.sdg.label')}
            placeholder={t('common.all')}
            clearable
            {...searchable}
            w={240}
            value={filters.sdg ?? null}
            data={SDGS.map((g) => ({
              value: String(g),
              label: t('bank.sdg.full', { number: fmt.number(g), name: t(`bank.sdg.names.${g}`) }),
            }))}
            onChange={(value) => update({ sdg: value })}
          />
          {me && (
            <Select
              label={t('fields.status')}
              placeholder={canCurate(me) ? t('bank.ideas.statusEvery') : t('bank.ideas.statusAny')}
              clearable
              w={170}
              value={filters.status ?? null}
              data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`bank.ideaStatus.${s}`) }))}
              onChange={(value) => update({ status: value })}
            />
          )}
        </>
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
        {list.data?.items.map((idea) => (
          <IdeaCard key={idea.id} idea={idea} />
        ))}
      </SimpleGrid>
    </DirectoryPage>
  );
}
