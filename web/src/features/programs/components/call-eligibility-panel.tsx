import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { managedCooperatives } from '@/lib/auth/permissions';
import { useFormat } from '@/lib/i18n/format';
import { useCooperativeSummaries } from '@/lib/directory/get-cooperative-summary';
import { useOpenCallsForCooperatives } from '@/features/programs/api/get-open-calls-for-cooperative';
import { ApplicationStatusBadge } from '@/features/programs/components/application-status-badge';
import { EligibilityFailures } from '@/features/programs/components/eligibility-failures';
import { LocalizedText } from '@/components/localized-text';
import { Busy } from '@/components/busy';

/**
 * "Am I eligible?" for a signed-in coop manager: for each of their cooperatives, whether it meets the call's rules
 * (and why not), its application if it has one, else the button to apply. Nothing for anyone else.
 */
export function CallEligibilityPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const ids = managedCooperatives(me);
  const summaries = useCooperativeSummaries(ids);
  const openCalls = useOpenCallsForCooperatives(ids);
  if (ids.length === 0) return null;

  return (
    <Card withBorder bg="var(--mantine-color-gray-0)" data-testid="eligibility-panel">
      <Title order={3} size="h5" mb="xs">
        {t('programs.eligibility.title')}
      </Title>
      <Stack gap="sm">
        {ids.map((id, i) => {
          const coop = summaries[i]?.data;
          const name = coop ? fmt.name(coop) || coop.registrationNumber : '';
          const query = openCalls[i];
          const entry = query?.data?.find((x) => x.call.id === callId);
          return (
            <div key={id} data-testid="eligibility-entry">
              <Text fw={600} size="sm">
                {coop ? <LocalizedText value={coop} empty={coop.registrationNumber} /> : t('common.loading')}
              </Text>
              {query?.isPending && <Busy size="xs" />}
              {query?.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
              {query?.data && !entry && (
                <Text size="sm" c="dimmed">
                  {t('programs.eligibility.notOpen')}
                </Text>
              )}
              {entry && (
                <Stack gap={6} mt={4}>
                  {entry.eligible ? (
                    <Badge color="green" variant="filled" w="fit-content">
                      {t('programs.eligibility.eligible')}
                    </Badge>
                  ) : (
                    <Alert color="red" variant="light" p="xs" title={t('programs.eligibility.notEligible')}>
                      <EligibilityFailures failures={entry.failures} />
                    </Alert>
                  )}
                  {entry.applicationId ? (
                    <Group gap="xs">
                      <Anchor component={Link} to={`/applications/${entry.applicationId}`} size="sm">
                        {t('programs.eligibility.seeApplication')}
                      </Anchor>
                      {entry.applicationStatus && <ApplicationStatusBadge status={entry.applicationStatus} size="sm" />}
                    </Group>
                  ) : (
                    entry.eligible && (
                      <Button
                        component={Link}
                        to={`/calls/${callId}/apply?cooperativeId=${id}`}
                        size="xs"
                        w="fit-content"
                        aria-label={t('programs.eligibility.applyFor', { name })}
                      >
                        {t('programs.calls.apply')}
                      </Button>
                    )
                  )}
                </Stack>
              )}
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
