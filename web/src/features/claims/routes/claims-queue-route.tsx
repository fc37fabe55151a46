import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '@/components/page-loader';
import { Pager } from '@/components/pager';
import { QueryError } from '@/components/query-error';
import { RequireAccess } from '@/components/require-access';
import { useClaimQueue, useDecideClaim } from '@/features/claims/api/claims';
import { isApiError } from '@/lib/api/problem';
import type { ClaimDetails } from '@/lib/api/schema-types';
import { isStaff } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/i18n/format';

/**
 * Staff's queue: the claims of their regions proved by a certificate, oldest first, as cards (a phone and a desk read
 * them alike): who claims which cooperative, the certificate to open, approve, or refuse with a reason the claimant
 * will read.
 */
export function ClaimsQueueRoute() {
  return (
    <RequireAccess allow={(me) => isStaff(me)}>
      <ClaimsQueue />
    </RequireAccess>
  );
}

function ClaimsQueue() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const queue = useClaimQueue(page);
  // The decided card leaves the queue when it is read again: the outcome stays above it.
  const [decided, setDecided] = useState<ClaimDetails | null>(null);
  return (
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('claims.queueTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('claims.queueIntro')}
        </Text>
        {decided && (
          <Alert color="teal" role="status" data-testid="claim-decided">
            {decided.cooperativeName ?? decided.registrationNumber} — {decided.status === 'approved' ? t('claims.approvedDone') : t('claims.refusedDone')}
          </Alert>
        )}
        {queue.isPending ? (
          <PageLoader />
        ) : queue.isError ? (
          <QueryError error={queue.error} />
        ) : queue.data.items.length === 0 ? (
          <Alert color="gray">{t('claims.queueEmpty')}</Alert>
        ) : (
          <Stack gap="sm" data-testid="claims-queue">
            {queue.data.items.map((c) => (
              <QueueCard key={c.id} claim={c} onDecided={setDecided} />
            ))}
            <Pager pages={Math.ceil(queue.data.total / queue.data.pageSize)} page={page} onChange={setPage} />
          </Stack>
        )}
      </Stack>
  );
}

function QueueCard({ claim, onDecided }: { claim: ClaimDetails; onDecided: (claim: ClaimDetails) => void }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideClaim();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const problem = isApiError(decide.error) ? decide.error.problem : undefined;
  return (
    <Card withBorder padding="sm" data-testid="claim-card">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/cooperatives/${claim.cooperativeId}`} fw={600}>
            {claim.cooperativeName ?? claim.registrationNumber}
          </Anchor>
          <Badge color="yellow">{t('claims.status.awaitingReview')}</Badge>
        </Group>
        <Text size="sm" dir="ltr" ta="start">
          {claim.registrationNumber}
        </Text>
        <Text size="sm">
          {t('claims.claimant')}: {claim.claimant.displayName} ·{' '}
          <span dir="ltr">{claim.claimant.email}</span>
        </Text>
        <Text size="sm" c="dimmed">
          {formatDateTime(claim.createdAt, i18n.language)}
        </Text>
        {claim.proofUrl && (
          <Button component="a" href={claim.proofUrl} variant="light" size="md" mih={44} target="_blank" rel="noopener">
            {t('claims.openProof')}
          </Button>
        )}
        {decide.isSuccess ? (
          <Alert color="teal" role="status">
            {decide.data.status === 'approved' ? t('claims.approvedDone') : t('claims.refusedDone')}
          </Alert>
        ) : refusing ? (
          <Stack gap="xs">
            <Textarea
              label={t('claims.reason')}
              description={t('claims.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={problem?.errors?.reason?.join(' ')}
              autosize
              minRows={2}
              required
            />
            <Group grow wrap="wrap">
              <Button color="red" size="md" mih={44} loading={decide.isPending} onClick={() => decide.mutate({ claimId: claim.id, decision: 'refuse', reason }, { onSuccess: onDecided })}>
                {t('claims.confirmRefuse')}
              </Button>
              <Button variant="default" size="md" mih={44} onClick={() => setRefusing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group grow wrap="wrap">
            <Button color="teal" size="md" mih={44} loading={decide.isPending} onClick={() => decide.mutate({ claimId: claim.id, decision: 'approve' }, { onSuccess: onDecided })}>
              {t('claims.approve')}
            </Button>
            <Button color="red" variant="light" size="md" mih={44} onClick={() => setRefusing(true)}>
              {t('claims.refuse')}
            </Button>
          </Group>
        )}
        {decide.isError && !problem?.errors && (
          <Alert color="red" role="alert">
            {problem?.detail ?? t('common.errorText')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
