import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { useFormat, cooperativeOf, titleOf } from '@/lib/i18n/format';
import type { CompetitionDetails } from '@/lib/api/schema-types';
import { useCompetitionEntries } from '@/features/bank/api/get-competition-entries';
import { canProposeIdea } from '@/features/bank/components/bank-access';
import { EnterIdeaDialog } from '@/features/bank/components/enter-idea-dialog';
import { SectorBadges } from '@/features/bank/components/idea-card';
import { LocalizedText } from '@/components/localized-text';

/** The competition's entries in order of entry, and "enter my idea" while it takes entries. */
export function EntriesPanel({ competition }: { competition: CompetitionDetails }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const entries = useCompetitionEntries(competition.id);
  const [enterOpen, enterDialog] = useDisclosure(false);
  const mayEnter = competition.acceptingEntries && canProposeIdea(me);

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {competition.acceptingEntries ? t('bank.entries.open') : t('bank.entries.closed')}
        </Text>
        {mayEnter && <Button onClick={enterDialog.open}>{t('bank.entries.enterMine')}</Button>}
      </Group>
      {entries.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {entries.isError && <QueryError error={entries.error} onRetry={() => void entries.refetch()} />}
      {entries.data && entries.data.length === 0 && <Alert color="gray">{t('bank.entries.none')}</Alert>}
      {entries.data && entries.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="entries-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.entries.idea')}</Table.Th>
                <Table.Th>{t('bank.entries.cooperative')}</Table.Th>
                <Table.Th>{t('fields.sectors')}</Table.Th>
                <Table.Th>{t('bank.entries.enteredAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.map((e) => (
                <Table.Tr key={e.id} data-testid="entry-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/ideas/${e.ideaId}`}>
                      <LocalizedText value={titleOf({ titleAr: e.ideaTitleAr, titleFr: e.ideaTitleFr })} />
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <LocalizedText value={cooperativeOf(e)} empty="—" />
                  </Table.Td>
                  <Table.Td>
                    <SectorBadges codes={e.sectors} />
                  </Table.Td>
                  <Table.Td>{fmt.dateTime(e.enteredAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {mayEnter && (
        <EnterIdeaDialog
          competitionId={competition.id}
          entered={(entries.data ?? []).map((e) => e.ideaId)}
          opened={enterOpen}
          onClose={enterDialog.close}
        />
      )}
    </Stack>
  );
}
