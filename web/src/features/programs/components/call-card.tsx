import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { useMe } from '@/lib/auth/get-me';
import { managedCooperatives } from '@/lib/auth/permissions';
import { useFormat, formatWallClock, titleOf } from '@/lib/i18n/format';
import type { CallDetails } from '@/lib/api/schema-types';
import { CallEligibilityPanel } from '@/features/programs/components/call-eligibility-panel';
import { CallPhaseBadge } from '@/features/programs/components/call-phase-badge';
import { phaseOf } from '@/features/programs/components/call-text';
import { RulesList } from '@/features/programs/components/rules-list';
import { LocalizedText } from '@/components/localized-text';

/** One call in the list: program, title, deadline in Casablanca time, places, who can apply; apply or eligibility. */
export function CallCard({ call }: { call: CallDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const phase = phaseOf(call);
  const title = fmt.name(titleOf(call));
  const manager = managedCooperatives(me).length > 0;

  return (
    <Card withBorder component="article" aria-label={title} data-testid="call-card">
      <Grid>
        <Grid.Col span={{ base: 12, md: manager && phase === 'open' ? 7 : 12 }}>
          <Stack gap="xs">
            <Group gap="xs" justify="space-between">
              <Group gap="xs">
                <Badge variant="outline">{call.program.code}</Badge>
                <Anchor component={Link} to={`/programs/${call.program.id}`} size="sm" c="dimmed">
                  <LocalizedText value={call.program} />
                </Anchor>
              </Group>
              <CallPhaseBadge call={call} />
            </Group>
            <Title order={2} size="h4">
              <Anchor component={Link} to={`/calls/${call.id}`} inherit>
                <LocalizedText value={titleOf(call)} />
              </Anchor>
            </Title>
            <Group gap="xl" align="start">
              <DetailField label={phase === 'upcoming' ? t('programs.calls.opensAt') : t('programs.calls.closesAt')}>
                <Text size="sm" data-testid="call-deadline">
                  {formatWallClock(phase === 'upcoming' ? call.opensAt : call.closesAt, fmt.language)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('programs.calls.casablancaTime')})
                  </Text>
                </Text>
              </DetailField>
              <DetailField label={t('programs.calls.places')}>
                <Text size="sm">{fmt.number(call.places)}</Text>
              </DetailField>
            </Group>
            <DetailField label={t('programs.calls.whoCanApply')}>
              <RulesList rules={call.rules} />
            </DetailField>
            <Group gap="sm">
              <Button component={Link} to={`/calls/${call.id}`} variant="light" size="xs">
                {t('programs.calls.details')}
              </Button>
              {phase === 'open' && !manager && (
                <Button component={Link} to={`/calls/${call.id}/apply`} size="xs">
                  {t('programs.calls.apply')}
                </Button>
              )}
            </Group>
          </Stack>
        </Grid.Col>
        {manager && phase === 'open' && (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <CallEligibilityPanel callId={call.id} />
          </Grid.Col>
        )}
      </Grid>
    </Card>
  );
}
