import { Alert, Anchor, Box, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, cooperativeOf, titleOf } from '@/lib/i18n/format';
import { useIdea } from '@/features/bank/api/get-idea';
import { canCurate, isIdeaOwner } from '@/features/bank/components/bank-access';
import { formatMad } from '@/features/bank/components/bank-text';
import { AdoptersPanel } from '@/features/bank/components/adopters-panel';
import { FinancingPanel } from '@/features/bank/components/financing-panel';
import { IdeaActions } from '@/features/bank/components/idea-actions';
import { SectorBadges, useRegionList } from '@/features/bank/components/idea-card';
import { SdgBadges } from '@/features/bank/components/sdg-badge';
import { IdeaStatusBadge } from '@/features/bank/components/status-badges';
import { LocalizedText } from '@/components/localized-text';

function Paragraph({ children }: { children: string | null | undefined }) {
  return children ? (
    <Text style={{ whiteSpace: 'pre-line' }} dir="auto">
      <LocalizedText value={children} />
    </Text>
  ) : null;
}

/** One idea: problem, solution, impact, jobs, attachments, financing, adopters by region, and the actions allowed. */
export function IdeaRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useIdea(id);
  const regionList = useRegionList();

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const idea = query.data.idea;
  const title = fmt.language === 'ar' ? idea.titleAr || idea.titleFr : idea.titleFr || idea.titleAr;
  const otherTitle = fmt.language === 'ar' ? idea.titleFr : idea.titleAr;
  const coop = fmt.name(cooperativeOf(idea));
  const owner = isIdeaOwner(me, idea);

  return (
    <Stack>
      <Anchor component={Link} to="/ideas" size="sm">
        {t('bank.ideas.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Title order={1}>
            <LocalizedText value={titleOf(idea)} />
          </Title>
          {otherTitle && otherTitle !== title && (
            <Text c="dimmed" lang={fmt.language === 'ar' ? 'fr' : 'ar'} dir="auto">
              {otherTitle}
            </Text>
          )}
          <Group gap="xs" mt="xs">
            <IdeaStatusBadge status={idea.status} />
            {coop &&
              (idea.cooperativeId ? (
                <Anchor component={Link} to={`/cooperatives/${idea.cooperativeId}`} size="sm">
                  <LocalizedText value={cooperativeOf(idea)} />
                </Anchor>
              ) : (
                <Text size="sm">
                  <LocalizedText value={cooperativeOf(idea)} />
                </Text>
              ))}
            {idea.publishedAt && (
              <Text size="sm" c="dimmed">
                {t('bank.ideas.publishedOn', { date: fmt.date(idea.publishedAt.slice(0, 10)) })}
              </Text>
            )}
          </Group>
        </div>
      </Group>
      <IdeaActions idea={idea} />
      {idea.status === 'returned' && (owner || canCurate(me)) && (
        <Alert color="orange" title={t('bank.ideas.returnedTitle')} data-testid="curation-comment">
          <Text style={{ whiteSpace: 'pre-line' }} dir="auto">
            {idea.curationComment || t('bank.ideas.noComment')}
          </Text>
        </Alert>
      )}
      {idea.status === 'submitted' && owner && !canCurate(me) && <Alert color="blue">{t('bank.ideas.waitingCuration')}</Alert>}
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <DetailField label={t('bank.ideas.investment')}>
            {idea.investment != null && formatMad(idea.investment, fmt.language)}
          </DetailField>
          <DetailField label={t('bank.ideas.jobsTotal')}>{idea.jobs.total != null && fmt.number(idea.jobs.total)}</DetailField>
          <DetailField label={t('bank.ideas.jobsWomen')}>{idea.jobs.women != null && fmt.number(idea.jobs.women)}</DetailField>
          <DetailField label={t('bank.ideas.jobsYouth')}>{idea.jobs.youth != null && fmt.number(idea.jobs.youth)}</DetailField>
          <DetailField label={t('fields.sectors')}>
            <SectorBadges codes={idea.sectors} />
          </DetailField>
          <DetailField label={t('bank.ideas.regions')}>{regionList(idea.regions)}</DetailField>
          <DetailField label={t('bank.sdg.label')}>
            <SdgBadges goals={idea.sdgs} />
          </DetailField>
          <DetailField label={t('bank.ideas.adoptions')}>{fmt.number(idea.adoptions)}</DetailField>
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('bank.ideas.problem')}
          </Title>
          <Paragraph>{idea.problem}</Paragraph>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('bank.ideas.solution')}
          </Title>
          <Paragraph>{idea.solution}</Paragraph>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('bank.ideas.impact')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <DetailField label={t('bank.ideas.impactSocial')}>
            <Paragraph>{idea.impact.social}</Paragraph>
          </DetailField>
          <DetailField label={t('bank.ideas.impactEconomic')}>
            <Paragraph>{idea.impact.economic}</Paragraph>
          </DetailField>
          <DetailField label={t('bank.ideas.impactEnvironmental')}>
            <Paragraph>{idea.impact.environmental}</Paragraph>
          </DetailField>
        </SimpleGrid>
        {idea.beneficiaries && (
          <Box mt="sm">
            <DetailField label={t('bank.ideas.beneficiaries')}>
              <Paragraph>{idea.beneficiaries}</Paragraph>
            </DetailField>
          </Box>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('bank.ideas.attachments')}
        </Title>
        {idea.attachments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('bank.ideas.noAttachments')}
          </Text>
        ) : (
          <Stack gap={4} component="ul" style={{ paddingInlineStart: 'var(--mantine-spacing-md)', margin: 0 }}>
            {idea.attachments.map((a, i) => (
              <li key={`${a.url}-${i}`}>
                <Anchor href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.label || <span dir="ltr">{a.url}</span>}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Card>
      <Tabs defaultValue="financing" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="financing">{t('bank.financing.tab')}</Tabs.Tab>
          <Tabs.Tab value="adopters">{t('bank.adoption.tab', { formatted: fmt.number(idea.adoptions) })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="financing" pt="md">
          <FinancingPanel idea={idea} canLink={canCurate(me)} />
        </Tabs.Panel>
        <Tabs.Panel value="adopters" pt="md">
          <AdoptersPanel ideaId={idea.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
