import { Alert, Anchor, Badge, Button, Card, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CodeField } from '@/components/account-code-parts';
import { CameraOrFilePicker, MAX_UPLOAD_BYTES } from '@/components/file-picker';
import { useClaimCooperative, useMyClaims, useProveClaim } from '@/features/claims/api/claims';
import { PageLoader } from '@/components/page-loader';
import { isApiError } from '@/lib/api/problem';
import type { ClaimDetails, ClaimStatus } from '@/lib/api/schema-types';
import { useMe } from '@/lib/auth/get-me';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

const STATUS_COLORS: Record<ClaimStatus, string> = {
  awaitingCode: 'blue',
  awaitingReview: 'yellow',
  proved: 'teal',
  approved: 'teal',
  refused: 'red',
  expired: 'gray',
};

/**
 * A signed-in account claims her cooperative: the registration number first; then either the 6-digit code the registry's
 * contact received (shown where it went, masked), or — when the registry has no contact — the registration certificate
 * from the camera or the files, for staff of the region to check. Her claims and their state below.
 */
export function ClaimRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const mine = useMyClaims(!!me.data);
  const claim = useClaimCooperative();
  const prove = useProveClaim();
  const [needsProof, setNeedsProof] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [tooLarge, setTooLarge] = useState<number | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [proved, setProved] = useState<ClaimDetails | null>(null);
  const numberForm = useForm({ initialValues: { registrationNumber: '' } });
  const codeForm = useForm({
    initialValues: { code: params.get('code') ?? '' },
    validate: { code: (value) => (/^[0-9]{6}$/.test(value) ? null : t('claims.codeFormat')) },
  });

  if (me.isPending) return <PageLoader />;
  if (!me.data) {
    return (
      <Paper maw={520} mx="auto" p="lg" withBorder>
        <Stack>
          <Title order={1} size="h2">
            {t('claims.title')}
          </Title>
          <Text>{t('claims.signInFirst')}</Text>
          <Button component={Link} to="/sign-in?next=/claim" size="md" mih={44}>
            {t('auth.signIn')}
          </Button>
          <Button component={Link} to="/sign-up" variant="subtle" size="md" mih={44}>
            {t('auth.createAccount')}
          </Button>
        </Stack>
      </Paper>
    );
  }

  const claims = mine.data?.items ?? [];
  const waitingForCode = claims.filter((c) => c.status === 'awaitingCode');
  // The claim whose code is typed: the one picked, the one just made, or (arriving from the SMS link) the newest waiting.
  const current =
    selected === 'none'
      ? undefined
      : (claims.find((c) => c.id === selected && c.status === 'awaitingCode') ??
        (claim.data?.status === 'awaitingCode' ? claim.data : undefined) ??
        (selected === null ? waitingForCode[0] : undefined));

  const send = (proof?: File) => {
    setTooLarge(null);
    if (proof) setProgress(0);
    claim.mutate(
      { registrationNumber: numberForm.values.registrationNumber.trim(), proof, onProgress: proof ? setProgress : undefined },
      {
        onSuccess: (created) => {
          setNeedsProof(false);
          setSelected(created.id);
          codeForm.setFieldValue('code', '');
        },
        onError: (error) => {
          const problem = isApiError(error) ? error.problem : undefined;
          if (problem?.code === 'identity.claims.proof_required') setNeedsProof(true);
          else numberForm.setErrors(fieldErrorsOf(error));
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const claimError = claim.error && isApiError(claim.error) ? claim.error.problem : undefined;
  const showAlert = claim.isError && claimError?.code !== 'identity.claims.proof_required' && !claimError?.errors?.registrationNumber;

  return (
    <Stack maw={560} mx="auto" gap="md">
      <Title order={1} size="h2">
        {t('claims.title')}
      </Title>
      {proved ? (
        <Alert color="teal" role="status" title={t('claims.provedTitle')}>
          <Stack gap="xs">
            <Text>{t('claims.proved', { name: proved.cooperativeName ?? proved.registrationNumber })}</Text>
            <Button component={Link} to={`/cooperatives/${proved.cooperativeId}`} size="md" mih={44}>
              {t('claims.openCooperative')}
            </Button>
          </Stack>
        </Alert>
      ) : current ? (
        <Paper p="md" withBorder>
          <form
            noValidate
            onSubmit={codeForm.onSubmit((values) =>
              prove.mutate(
                { claimId: current.id, code: values.code },
                { onSuccess: (done) => setProved(done), onError: (e) => codeForm.setErrors(fieldErrorsOf(e)) },
              ),
            )}
          >
            <Stack>
              <Text fw={600}>{current.cooperativeName ?? current.registrationNumber}</Text>
              <Alert color="blue" role="status">
                {t('claims.codeSent', { to: current.codeSentTo.join(' · ') })}
              </Alert>
              <CodeField code={codeForm.getInputProps('code')} label={t('claims.code')} />
              {prove.isError && !isApiError(prove.error) && (
                <Alert color="red" role="alert">
                  {t('common.errorText')}
                </Alert>
              )}
              {prove.isError && isApiError(prove.error) && !prove.error.problem.errors && (
                <Alert color="red" role="alert">
                  {prove.error.message}
                </Alert>
              )}
              <Button type="submit" size="md" mih={44} loading={prove.isPending}>
                {t('claims.prove')}
              </Button>
              <Button variant="subtle" size="md" mih={44} onClick={() => { setSelected('none'); claim.reset(); }}>
                {t('claims.another')}
              </Button>
            </Stack>
          </form>
        </Paper>
      ) : (
        <Paper p="md" withBorder>
          <form noValidate onSubmit={numberForm.onSubmit(() => send())}>
            <Stack>
              <Text size="sm">{t('claims.intro')}</Text>
              <TextInput
                label={t('claims.registrationNumber')}
                description={t('claims.registrationNumberHint')}
                required
                dir="ltr"
                {...numberForm.getInputProps('registrationNumber')}
              />
              {!needsProof && (
                <Button type="submit" size="md" mih={44} loading={claim.isPending}>
                  {t('claims.continue')}
                </Button>
              )}
              {claim.data?.status === 'awaitingReview' && (
                <Alert color="yellow" role="status" title={t('claims.sentToStaffTitle')}>
                  {t('claims.sentToStaff')}
                </Alert>
              )}
              {needsProof && (
                <Stack gap="xs" data-testid="claim-proof">
                  <Alert color="yellow" title={t('claims.proofTitle')}>
                    {claimError?.detail ?? t('claims.proofExplain')}
                  </Alert>
                  <CameraOrFilePicker onPick={send} onTooLarge={setTooLarge} progress={progress} disabled={claim.isPending} testId="proof" />
                </Stack>
              )}
              {tooLarge !== null && (
                <Alert color="red" role="alert">
                  {t('documents.fileTooLarge', { size: (tooLarge / 1048576).toFixed(1), limit: MAX_UPLOAD_BYTES / 1048576 })}
                </Alert>
              )}
              {showAlert && (
                <Alert color="red" role="alert">
                  {claimError?.errors?.proof?.join(' ') ?? claimError?.detail ?? t('common.errorText')}
                </Alert>
              )}
            </Stack>
          </form>
        </Paper>
      )}
      <MyClaims claims={claims} onTypeCode={(id) => { setSelected(id); setProved(null); }} />
    </Stack>
  );
}

function MyClaims({ claims, onTypeCode }: { claims: ClaimDetails[]; onTypeCode: (id: string) => void }) {
  const { t } = useTranslation();
  if (claims.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="my-claims">
      <Title order={2} size="h4">
        {t('claims.mine')}
      </Title>
      {claims.map((c) => (
        <Card key={c.id} withBorder padding="sm">
          <Stack gap={4}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>{c.cooperativeName ?? c.registrationNumber}</Text>
              <Badge color={STATUS_COLORS[c.status]}>{t(`claims.status.${c.status}`)}</Badge>
            </Group>
            <Text size="sm" c="dimmed" dir="ltr" ta="start">
              {c.registrationNumber}
            </Text>
            {c.status === 'refused' && c.reason && (
              <Text size="sm">
                {t('claims.reason')}: {c.reason}
              </Text>
            )}
            {c.status === 'awaitingCode' && (
              <Button variant="light" size="md" mih={44} onClick={() => onTypeCode(c.id)}>
                {t('claims.typeCode')}
              </Button>
            )}
            {(c.status === 'proved' || c.status === 'approved') && (
              <Anchor component={Link} to={`/cooperatives/${c.cooperativeId}`} mih={44} display="inline-flex" style={{ alignItems: 'center' }}>
                {t('claims.openCooperative')}
              </Anchor>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
