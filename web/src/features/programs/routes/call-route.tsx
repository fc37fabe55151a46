import { Anchor, Badge, Button, Card, Grid, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailField } from '@/components/detail-field';
import { PageLoader } from '@/components/page-loader';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { managedCooperatives } from '@/lib/auth/permissions';
import { useFormat, descriptionOf, formatWallClock, titleOf } from '@/lib/i18n/format';
import { useCall } from '@/features/programs/api/get-call';
import { useProgram } from '@/features/programs/api/get-program';
import { CallEligibilityPanel } from '@/features/programs/components/call-eligibility-panel';
import { CallPhaseBadge } from '@/features/programs/components/call-phase-badge';
import { phaseOf } from '@/features/programs/components/call-text';
import { canManageProgram } from '@/features/programs/components/program-access';
import { CriteriaTable } from '@/features/programs/components/criteria-table';
import { RulesList } from '@/features/programs/components/rules-list';
import { LocalizedText } from '@/components/localized-text';

/** A call: description, dates, who can apply, required documents, criteria with weights; apply; staff links. */
export function CallRoute() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const query = useCall(id);
  const program = useProgram(query.data?.call.program.id ?? '');

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const { call } = query.data;
  const phase = phaseOf(call);
  const manage = !!program.data && canManageProgram(me, program.data.program.regions);
  const manager = managedCooperatives(me).length > 0;
  const description = fmt.name(descriptionOf(call));

  return (
    <Stack>
      <Anchor component={Link} to="/calls" size="sm">
        {t('programs.calls.back')}
      </Anchor>
      <Group justify="space-between" align="start">
        <div>
          <Group gap="xs" mb={4}>
            <Badge variant="outline">{call.program.code}</Badge>
            <Anchor component={Link} to={`/programs/${call.program.id}`} size="sm">
              <LocalizedText value={call.program} />
            </Anchor>
          </Group>
          <Title order={1}>
            <LocalizedText value={titleOf(call)} />
          </Title>
          <Group gap="xs" mt="xs">
            <CallPhaseBadge call={call} />
          </Group>
        </div>
        <Group>
          {manage && (
            <>
              <Button component={Link} to={`/calls/${call.id}/edit`} variant="light">
                {t('programs.calls.edit')}
              </Button>
              <Button component={Link} to={`/calls/${call.id}/board`} variant="light">
                {t('programs.calls.board')}
              </Button>
            </>
          )}
          {phase === 'open' && !manager && (
            <Button component={Link} to={`/calls/${call.id}/apply`}>
              {t('programs.calls.apply')}
            </Button>
          )}
        </Group>
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, md: manager ? 8 : 12 }}>
          <Stack>
            <Card withBorder>
              {description && (
                <Text mb="md" style={{ whiteSpace: 'pre-line' }}>
                  <LocalizedText value={descriptionOf(call)} />
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <DetailField label={t('programs.calls.opensAt')}>
                  {formatWallClock(call.opensAt, fmt.language)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('programs.calls.casablancaTime')})
                  </Text>
                </DetailField>
                <DetailField label={t('programs.calls.closesAt')}>
                  <span data-testid="call-deadline">{formatWallClock(call.closesAt, fmt.language)}</span>{' '}
                  <Text span size="xs" c="dimmed">
                    ({t('programs.calls.casablancaTime')})
                  </Text>
                </DetailField>
                <DetailField label={t('programs.calls.places')}>{fmt.number(call.places)}</DetailField>
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('programs.calls.whoCanApply')}
              </Title>
              <RulesList rules={call.rules} size="md" />
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('programs.calls.documents')}
              </Title>
              {call.documents.length === 0 ? (
                <Text c="dimmed">{t('programs.calls.noDocuments')}</Text>
              ) : (
                <List spacing={4}>
                  {call.documents.map((d) => (
                    <List.Item key={d.key}>
                      <LocalizedText value={d} empty={d.key} />{' '}
                      <Badge size="sm" variant={d.mandatory ? 'filled' : 'outline'} color={d.mandatory ? 'red' : 'gray'}>
                        {d.mandatory ? t('programs.calls.mandatory') : t('programs.calls.optional')}
                      </Badge>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('programs.calls.criteria')}
              </Title>
              <CriteriaTable criteria={call.criteria} />
            </Card>
          </Stack>
        </Grid.Col>
        {manager && (
          <Grid.Col span={{ base: 12, md: 4 }}>
            {phase === 'open' ? (
              <CallEligibilityPanel callId={call.id} />
            ) : (
              <Text c="dimmed">{t(`programs.calls.notOpen.${phase}`)}</Text>
            )}
          </Grid.Col>
        )}
      </Grid>
    </Stack>
  );
}
