import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { useFormat, titleOf } from '@/lib/i18n/format';
import type { IdeaDetails } from '@/lib/api/schema-types';
import { useIdeaFinancing } from '@/features/bank/api/get-idea-financing';
import { useLinkIdeaToCall } from '@/features/bank/api/link-idea-to-call';
import { formatInstantDay } from '@/features/bank/components/bank-text';
import { problemMessage } from '@/lib/forms/problem-message';
import { LocalizedText } from '@/components/localized-text';

type Props = { idea: IdeaDetails; canLink: boolean };

/** The calls the idea is linked to, and the open calls whose sector and region rules fit it (staff link one). */
export function FinancingPanel({ idea, canLink }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const calls = useIdeaFinancing(idea.id);
  const link = useLinkIdeaToCall();
  const linked = new Set(idea.financingLinks.map((l) => l.callId));
  const general = problemMessage(t, 'bank', link.error);
  const published = idea.status === 'published';

  return (
    <Stack>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('bank.financing.linked')}
        </Title>
        {idea.financingLinks.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('bank.financing.noLinks')}
          </Text>
        ) : (
          <Stack gap={4} data-testid="financing-links">
            {idea.financingLinks.map((l) => (
              <Group key={l.callId} gap="xs">
                <Badge variant="light">{l.programCode}</Badge>
                <Anchor component={Link} to={`/calls/${l.callId}`}>
                  <LocalizedText value={titleOf({ titleAr: l.callTitleAr, titleFr: l.callTitleFr })} empty={l.programCode} />
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('bank.financing.linkedOn', { date: fmt.dateTime(l.linkedAt) })}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </div>
      <div>
        <Title order={3} size="h5" mb="xs">
          {t('bank.financing.matching')}
        </Title>
        {general && (
          <Alert color="red" role="alert" mb="xs">
            {general}
          </Alert>
        )}
        {calls.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
        {calls.isError && <QueryError error={calls.error} onRetry={() => void calls.refetch()} />}
        {calls.data && calls.data.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('bank.financing.noMatching')}
          </Text>
        )}
        {calls.data && calls.data.length > 0 && (
          <Table.ScrollContainer minWidth={520}>
            <Table data-testid="financing-calls">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('bank.financing.call')}</Table.Th>
                  <Table.Th>{t('bank.financing.program')}</Table.Th>
                  <Table.Th>{t('bank.financing.closesAt')}</Table.Th>
                  {canLink && <Table.Th aria-label={t('bank.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {calls.data.map((c) => {
                  const name = fmt.name(titleOf(c)) || c.programCode;
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/calls/${c.id}`}>
                          <LocalizedText value={titleOf(c)} empty={c.programCode} />
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{c.programCode}</Table.Td>
                      <Table.Td>{formatInstantDay(c.closesAt, fmt.language)}</Table.Td>
                      {canLink && (
                        <Table.Td>
                          {linked.has(c.id) ? (
                            <Badge color="teal" variant="light">
                              {t('bank.financing.isLinked')}
                            </Badge>
                          ) : (
                            <Button
                              size="xs"
                              variant="light"
                              disabled={!published}
                              loading={link.isPending && link.variables?.callId === c.id}
                              aria-label={t('bank.financing.linkTo', { name })}
                              onClick={() => link.mutate({ ideaId: idea.id, callId: c.id })}
                            >
                              {t('bank.financing.link')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>
    </Stack>
  );
}
