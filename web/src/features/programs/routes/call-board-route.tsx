import { Alert, Anchor, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useMe } from '@/lib/auth/get-me';
import { isStaff } from '@/lib/auth/permissions';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useUrlFilters } from '@/lib/url/use-url-filters';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { BoardApplicationsPanel } from '@/features/programs/components/board-applications-panel';
import { CallPhaseBadge } from '@/features/programs/components/call-phase-badge';
import { InvitePanel } from '@/features/programs/components/invite-panel';
import { canManageProgram } from '@/features/programs/components/program-access';
import { RankingPanel } from '@/features/programs/components/ranking-panel';
import { ReviewersPanel } from '@/features/programs/components/reviewers-panel';
import { LocalizedText } from '@/components/localized-text';

const TABS = ['applications', 'ranking', 'reviewers', 'invite'] as const;
const KEYS = ['tab', 'state'] as const;

function Board() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useCall(id);
  const program = useProgram(query.data?.call.program.id ?? '');
  const { filters, update } = useUrlFilters(KEYS);
  const tab = TABS.includes(filters.tab as (typeof TABS)[number]) ? filters.tab! : 'applications';

  if (query.isPending || (query.data && program.isPending)) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;
  const { call } = query.data;
  if (!canManageProgram(me, program.data!.program.regions)) {
    return (
      <Alert color="red" role="alert">
        {t('common.forbidden')}
      </Alert>
    );
  }

  return (
    <Stack>
      <Anchor component={Link} to={`/calls/${call.id}`} size="sm">
        {t('programs.board.backToCall')}
      </Anchor>
      <div>
        <Title order={1}>{t('programs.board.title')}</Title>
        <Group gap="xs" mt={4}>
          <Text c="dimmed">
            <LocalizedText value={titleOf(call)} />
          </Text>
          <CallPhaseBadge call={call} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('programs.calls.closesAt')}: {formatWallClock(call.closesAt, fmt.language)} ({t('programs.calls.casablancaTime')})
        </Text>
      </div>
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'applications' ? undefined : v, state: undefined })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`programs.board.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="applications" pt="md">
          <BoardApplicationsPanel callId={call.id} state={filters.state} onState={(state) => update({ state })} />
        </Tabs.Panel>
        <Tabs.Panel value="ranking" pt="md">
          <RankingPanel call={call} />
        </Tabs.Panel>
        <Tabs.Panel value="reviewers" pt="md">
          <ReviewersPanel callId={call.id} />
        </Tabs.Panel>
        <Tabs.Panel value="invite" pt="md">
          <InvitePanel callId={call.id} open={call.isOpen} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Staff running the call's program: applications by state, ranking and decisions, reviewers, cooperatives to invite. */
export function CallBoardRoute() {
  return (
    <RequireAccess allow={isStaff}>
      <Board />
    </RequireAccess>
  );
}
