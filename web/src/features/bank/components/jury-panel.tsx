import { Alert, Button, Group, MultiSelect, Progress, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useFormat, titleOf } from '@/lib/i18n/format';
import { useAssignJuror } from '@/features/bank/api/assign-juror';
import { useCompetitionEntries } from '@/features/bank/api/get-competition-entries';
import { useJuryProgress } from '@/features/bank/api/get-jury-progress';
import { useJurorCandidates } from '@/features/bank/api/get-juror-candidates';
import { problemMessage } from '@/lib/forms/problem-message';
import { useSearchable } from '@/lib/search/use-searchable';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff running the competition: put people on the jury (all entries or some) and follow who still has to score what. */
export function JuryPanel({ competitionId }: { competitionId: string }) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const me = useMe().data;
  const progress = useJuryProgress(competitionId);
  const entries = useCompetitionEntries(competitionId);
  const assign = useAssignJuror();
  const candidates = useJurorCandidates(competitionId);
  const [jurorId, setJurorId] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [named, setNamed] = useState<string[]>([]);
  const [invalid, setInvalid] = useState(false);
  const entryTitle = new Map((entries.data ?? []).map((e) => [e.id, fmt.name(titleOf({ titleAr: e.ideaTitleAr, titleFr: e.ideaTitleFr }))]));
  const onJury = new Set((progress.data ?? []).map((p) => p.jurorId));
  const serverErrors = fieldErrorsOf(assign.error);
  const general = problemMessage(t, 'bank', assign.error);

  const submit = (id: string | null) => {
    if (!id || !UUID.test(id)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    assign.mutate(
      { competitionId, jurorId: id, entries: named },
      {
        onSuccess: () => {
          setJurorId(null);
          setPasted('');
          setNamed([]);
        },
      },
    );
  };

  return (
    <Stack>
      <Title order={3} size="h5">
        {t('bank.jury.assignTitle')}
      </Title>
      {general && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      <Group align="end" gap="sm">
        <Select
          label={t('bank.jury.juror')}
          placeholder={t('bank.jury.searchUser')}
          {...searchable}
          clearable
          w={320}
          value={jurorId}
          onChange={(value) => {
            setJurorId(value);
            if (value) setPasted('');
          }}
          nothingFoundMessage={candidates.isFetching ? t('common.loading') : t('bank.jury.noUser')}
          data={(candidates.data ?? []).map((c) => ({
            value: c.id,
            label: c.id === me?.id ? t('bank.jury.you', { name: c.name }) : c.name,
          }))}
          error={invalid && !pasted ? t('bank.jury.jurorRequired') : serverErrors.jurorId}
        />
        <TextInput
          label={t('bank.jury.jurorId')}
          description={t('bank.jury.jurorIdHint')}
          dir="ltr"
          w={360}
          value={pasted}
          onChange={(e) => {
            setPasted(e.currentTarget.value);
            if (e.currentTarget.value) setJurorId(null);
          }}
          error={invalid && pasted ? t('bank.jury.jurorIdInvalid') : undefined}
        />
        <MultiSelect
          label={t('bank.jury.entries')}
          placeholder={named.length === 0 ? t('bank.jury.allEntries') : undefined}
          {...searchable}
          clearable
          w={320}
          value={named}
          onChange={setNamed}
          data={(entries.data ?? []).map((e) => ({ value: e.id, label: entryTitle.get(e.id) ?? e.id }))}
          error={serverErrors.entries}
        />
        <Button loading={assign.isPending} onClick={() => submit(jurorId ?? pasted.trim())}>
          {t('bank.jury.assign')}
        </Button>
        {me && !onJury.has(me.id) && (
          <Button variant="light" loading={assign.isPending} onClick={() => submit(me.id)}>
            {t('bank.jury.assignMe')}
          </Button>
        )}
      </Group>
      <Title order={3} size="h5" mt="md">
        {t('bank.jury.progressTitle')}
      </Title>
      {progress.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {progress.isError && <QueryError error={progress.error} onRetry={() => void progress.refetch()} />}
      {progress.data && progress.data.length === 0 && <Text c="dimmed">{t('bank.jury.none')}</Text>}
      {progress.data && progress.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="jury-progress">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bank.jury.juror')}</Table.Th>
                <Table.Th>{t('bank.jury.scope')}</Table.Th>
                <Table.Th>{t('bank.jury.scored')}</Table.Th>
                <Table.Th>{t('bank.jury.missing')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {progress.data.map((p) => (
                <Table.Tr key={p.jurorId} data-testid="juror-row">
                  <Table.Td>
                    {p.name}
                    {p.jurorId === me?.id && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        {t('bank.jury.youMark')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{p.entries ? t('bank.jury.someEntries', { formatted: fmt.number(p.entries.length) }) : t('bank.jury.allEntries')}</Table.Td>
                  <Table.Td miw={160}>
                    <Text size="sm">{t('bank.jury.scoredOf', { scored: fmt.number(p.scored), total: fmt.number(p.assigned) })}</Text>
                    <Progress
                      value={p.assigned > 0 ? (p.scored / p.assigned) * 100 : 0}
                      color={p.scored === p.assigned ? 'teal' : 'blue'}
                      aria-hidden
                    />
                  </Table.Td>
                  <Table.Td>
                    {p.missing.length === 0 ? (
                      <Text size="sm" c="teal">
                        {t('bank.jury.complete')}
                      </Text>
                    ) : (
                      <Text size="sm">{p.missing.map((id) => entryTitle.get(id) ?? id).join(t('bank.listSeparator'))}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
