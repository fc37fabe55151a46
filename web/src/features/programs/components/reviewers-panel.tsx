import { Alert, Button, Group, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useMe } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/i18n/format';
import { useAssignReviewer } from '@/features/programs/api/assign-reviewer';
import { useCallReviewers } from '@/features/programs/api/get-call-reviewers';
import { useReviewerCandidates } from '@/features/programs/api/get-reviewer-candidates';
import { useRemoveReviewer } from '@/features/programs/api/remove-reviewer';
import { problemMessage } from '@/lib/forms/problem-message';
import { useSearchable } from '@/lib/search/use-searchable';
import { ScrollTable } from '@/components/scroll-table';

/** The call's reviewers with their progress; assign one from the staff who may review it, or remove one who has not scored. */
export function ReviewersPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const me = useMe().data;
  const reviewers = useCallReviewers(callId);
  const candidates = useReviewerCandidates(callId);
  const assign = useAssignReviewer();
  const remove = useRemoveReviewer();
  const [picked, setPicked] = useState<string | null>(null);
  const labelOf = (id: string, name: string) => (id === me?.id ? t('programs.reviewers.you', { name }) : name);
  const error = assign.error ?? remove.error;

  return (
    <Stack>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!picked) return;
          remove.reset();
          assign.mutate({ callId, reviewerId: picked }, { onSuccess: () => setPicked(null) });
        }}
      >
        <Group align="end" gap="sm">
          <Select
            label={t('programs.reviewers.candidate')}
            placeholder={candidates.data?.length === 0 ? t('programs.reviewers.noCandidates') : undefined}
            {...searchable}
            w={340}
            value={picked}
            onChange={setPicked}
            disabled={!candidates.data || candidates.data.length === 0}
            data={(candidates.data ?? []).map((c) => ({ value: c.id, label: labelOf(c.id, c.name) }))}
          />
          <Button type="submit" disabled={!picked} loading={assign.isPending}>
            {t('programs.reviewers.assign')}
          </Button>
        </Group>
      </form>
      {candidates.isError && <QueryError error={candidates.error} />}
      {error ? (
        <Alert color="red" role="alert">
          {problemMessage(t, 'programs', error)}
        </Alert>
      ) : null}
      {reviewers.isError && <QueryError error={reviewers.error} onRetry={() => void reviewers.refetch()} />}
      {reviewers.isPending && <Text c="dimmed">{t('common.loading')}</Text>}
      {reviewers.data && reviewers.data.length === 0 && <Text c="dimmed">{t('programs.reviewers.none')}</Text>}
      {reviewers.data && reviewers.data.length > 0 && (
        <ScrollTable minWidth={640}>
          <Table striped data-testid="reviewers-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('programs.reviewers.name')}</Table.Th>
                <Table.Th>{t('programs.reviewers.assignedAt')}</Table.Th>
                <Table.Th>{t('programs.reviewers.progress')}</Table.Th>
                <Table.Th aria-label={t('programs.board.actions')} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reviewers.data.map((r) => {
                const total = r.reviewed + r.toReview;
                const name = labelOf(r.reviewerId, r.name);
                return (
                  <Table.Tr key={r.reviewerId}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{fmt.dateTime(r.assignedAt)}</Table.Td>
                    <Table.Td miw={220}>
                      <Text size="sm">
                        {t('programs.reviewers.progressValue', { count: r.reviewed, reviewed: fmt.number(r.reviewed), toReview: fmt.number(r.toReview) })}
                      </Text>
                      <Progress value={total > 0 ? (r.reviewed / total) * 100 : 0} size="sm" mt={4} aria-hidden />
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        disabled={r.reviewed > 0}
                        title={r.reviewed > 0 ? t('programs.errors.reviewer.has_reviews') : undefined}
                        aria-label={t('programs.reviewers.removeFor', { name })}
                        loading={remove.isPending && remove.variables?.reviewerId === r.reviewerId}
                        onClick={() => {
                          assign.reset();
                          remove.mutate({ callId, reviewerId: r.reviewerId });
                        }}
                      >
                        {t('programs.reviewers.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
