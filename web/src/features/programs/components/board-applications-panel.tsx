import { Alert, Anchor, Badge, Button, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { useFormat, cooperativeOf } from '@/lib/i18n/format';
import { useRegions } from '@/lib/reference/get-regions';
import { findProvince, findRegion } from '@/lib/reference/lookup';
import type { ApplicationDetails, ApplicationStatus } from '@/lib/api/schema-types';
import { useCallApplications } from '@/features/programs/api/get-applications';
import { useTransitionApplication } from '@/features/programs/api/transition-application';
import { APPLICATION_STATUSES } from '@/features/programs/api/constants';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { EligibilityFailures } from '@/features/programs/components/eligibility-failures';
import { EligibilityOverrideDialog } from '@/features/programs/components/eligibility-override-dialog';
import { problemMessage } from '@/lib/forms/problem-message';
import { LocalizedText } from '@/components/localized-text';

type Props = { callId: string; state: string | undefined; onState: (state: string | undefined) => void };

/**
 * The call's applications by state (tabs with counts, the state kept in the URL): eligibility reasons, the staff
 * override of eligibility, and "start the review" for eligible ones.
 */
export function BoardApplicationsPanel({ callId, state, onState }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const regions = useRegions().data;
  const applications = useCallApplications(callId);
  const start = useTransitionApplication();
  const [overriding, setOverriding] = useState<ApplicationDetails | null>(null);

  if (applications.isPending) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (applications.isError) return <QueryError error={applications.error} onRetry={() => void applications.refetch()} />;
  const all = applications.data;
  const counts = new Map<ApplicationStatus, number>();
  for (const a of all) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const present = APPLICATION_STATUSES.filter((s) => counts.has(s));
  const current = state && present.includes(state as ApplicationStatus) ? (state as ApplicationStatus) : 'all';
  const shown = current === 'all' ? all : all.filter((a) => a.status === current);
  const nameOf = (a: ApplicationDetails) => fmt.name(cooperativeOf(a));

  return (
    <Stack>
      {all.length === 0 ? (
        <Alert color="gray" title={t('programs.board.noApplicationsTitle')}>
          {t('programs.board.noApplications')}
        </Alert>
      ) : (
        <Tabs variant="pills" value={current} onChange={(v) => onState(v === 'all' || !v ? undefined : v)} keepMounted={false}>
          <Tabs.List aria-label={t('programs.board.byState')}>
            <Tabs.Tab value="all">{t('programs.board.countLabel', { label: t('programs.board.all'), count: fmt.number(all.length) })}</Tabs.Tab>
            {present.map((s) => (
              <Tabs.Tab key={s} value={s}>
                {t('programs.board.countLabel', { label: t(`programs.applicationStatus.${s}`), count: fmt.number(counts.get(s) ?? 0) })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      )}
      {start.error ? (
        <Alert color="red" role="alert">
          {problemMessage(t, 'programs', start.error)}
        </Alert>
      ) : null}
      {shown.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="sm" data-testid="board-applications">
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{t('programs.application.cooperative')}</Table.Th>
                <Table.Th>{t('fields.region')}</Table.Th>
                <Table.Th>{t('programs.application.submittedOn')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('programs.application.eligibility')}</Table.Th>
                <Table.Th>{t('programs.board.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((a) => {
                const name = nameOf(a);
                return (
                  <Table.Tr key={a.id} data-testid="board-application">
                    <Table.Td>
                      <Anchor component={Link} to={`/applications/${a.id}`} fw={500}>
                        <LocalizedText value={cooperativeOf(a)} />
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.name(findRegion(regions, a.regionCode)) || a.regionCode}</Text>
                      <Text size="xs" c="dimmed">
                        {fmt.name(findProvince(regions, a.provinceCode)) || a.provinceCode}
                      </Text>
                    </Table.Td>
                    <Table.Td>{a.submittedAt ? fmt.dateTime(a.submittedAt) : '—'}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <ApplicationStatusBadge status={a.status} />
                        {a.eligibilityOverridden && (
                          <Badge size="xs" variant="outline" color="orange">
                            {t('programs.application.overridden')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td maw={360}>
                      {a.eligibility.length > 0 ? (
                        <EligibilityFailures failures={a.eligibility} />
                      ) : a.status === 'draft' || a.status === 'submitted' ? (
                        '—'
                      ) : (
                        <Text size="sm" c="green">
                          {t('programs.board.meetsRules')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {a.status === 'eligible' && (
                          <Button
                            size="xs"
                            loading={start.isPending && start.variables?.id === a.id}
                            aria-label={t('programs.board.startReviewFor', { name })}
                            onClick={() => start.mutate({ id: a.id, to: 'underReview' })}
                          >
                            {t('programs.board.startReview')}
                          </Button>
                        )}
                        {(a.status === 'eligible' || a.status === 'ineligible') && (
                          <Button
                            size="xs"
                            variant="light"
                            color="orange"
                            aria-label={t('programs.override.actionFor', { name })}
                            onClick={() => setOverriding(a)}
                          >
                            {t('programs.override.action')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <EligibilityOverrideDialog
        key={overriding?.id ?? 'none'}
        application={overriding}
        name={overriding ? nameOf(overriding) : ''}
        onClose={() => setOverriding(null)}
      />
    </Stack>
  );
}
