import { Alert, Badge, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeField } from '@/components/account-code-parts';
import { useAddAccountAddress } from '@/features/auth/api/add-account-address';
import { useConfirmAccountAddress } from '@/features/auth/api/confirm-account-address';
import { useRemoveAccountAddress } from '@/features/auth/api/remove-account-address';
import { useReplaceAccountAddress } from '@/features/auth/api/replace-account-address';
import { useVerifyAccountAddress } from '@/features/auth/api/verify-account-address';
import type { Me } from '@/lib/api/schema-types';
import { problemDetail, unfieldedProblem } from '@/lib/forms/problem-message';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { addressActions, type AddressKind, type CodeMode } from './account-address-actions';

type Step =
  | { to: 'address'; mode: 'add' | 'replace'; kind: AddressKind }
  | { to: 'code'; mode: CodeMode; message?: string }
  | { to: 'remove'; kind: AddressKind };
type Done = 'added' | 'replaced' | 'verified' | 'removed';

const DONE_KEYS: Record<Done, string> = {
  added: 'account.addressAdded',
  replaced: 'account.addressReplaced',
  verified: 'account.addressVerified',
  removed: 'account.addressRemoved',
};

/**
 * Where the account is reached (issue 19): its e-mail address and its Moroccan mobile number, each marked proved or
 * not, with what it may do to each — prove it with a code, change it (a code to the new one), remove it while the
 * other one stays proved — and the one it lacks to add. Every code step is the same: the 6-digit code sent there (by
 * e-mail, or by SMS to a number). Opened from the SMS's link (`/account?code=…`), the code step comes first, filled in.
 */
export function AccountAddresses({ me, initialCode }: { me: Me; initialCode?: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step | null>(initialCode ? { to: 'code', mode: 'add' } : null);
  const [done, setDone] = useState<Done | null>(null);
  const [sendError, setSendError] = useState<unknown>(null);
  const verify = useVerifyAccountAddress();
  const actions = addressActions(me);
  const open = (next: Step) => {
    setDone(null);
    setSendError(null);
    setStep(next);
  };
  const sendVerification = (kind: AddressKind) => {
    setDone(null);
    setSendError(null);
    verify.mutate(kind, { onSuccess: (sent) => setStep({ to: 'code', mode: 'verify', message: sent.message }), onError: setSendError });
  };
  const lineActions = (kind: AddressKind) =>
    step ? null : (
      <AddressActions
        kind={kind}
        allowed={actions[kind]}
        verifying={verify.isPending && verify.variables === kind}
        onVerify={() => sendVerification(kind)}
        onChange={() => open({ to: 'address', mode: 'replace', kind })}
        onRemove={() => open({ to: 'remove', kind })}
      />
    );
  const sendProblem = unfieldedProblem(t, sendError) ?? (sendError ? problemDetail(t, sendError) : null);

  return (
    <Stack gap="sm" data-testid="account-addresses">
      <Title order={2} size="h3">
        {t('account.addresses')}
      </Title>
      <AddressLine label={t('account.email')} value={me.email} verified={me.emailVerified}>
        {lineActions('email')}
      </AddressLine>
      <AddressLine label={t('account.phone')} value={me.phone} verified={me.phoneVerified}>
        {lineActions('phone')}
      </AddressLine>
      {done && (
        <Alert color="teal" role="status">
          {t(DONE_KEYS[done])}
        </Alert>
      )}
      {sendProblem && (
        <Alert color="red" role="alert">
          {sendProblem}
        </Alert>
      )}
      {step?.to === 'code' ? (
        <CodeStep
          mode={step.mode}
          message={step.message}
          initialCode={initialCode}
          onDone={() => {
            setStep(null);
            setDone(step.mode === 'replace' ? 'replaced' : step.mode === 'verify' ? 'verified' : 'added');
          }}
          onBack={() => setStep(null)}
        />
      ) : step?.to === 'address' ? (
        <AddressStep
          kind={step.kind}
          mode={step.mode}
          onSent={(message) => setStep({ to: 'code', mode: step.mode, message })}
          onCancel={() => setStep(null)}
        />
      ) : step?.to === 'remove' ? (
        <RemoveStep
          kind={step.kind}
          address={(step.kind === 'email' ? me.email : me.phone) ?? ''}
          onDone={() => {
            setStep(null);
            setDone('removed');
          }}
          onCancel={() => setStep(null)}
        />
      ) : (
        actions.missing && (
          <Button variant="light" mih={44} w="fit-content" onClick={() => open({ to: 'address', mode: 'add', kind: actions.missing! })}>
            {t(actions.missing === 'email' ? 'account.addEmail' : 'account.addPhone')}
          </Button>
        )
      )}
    </Stack>
  );
}

function AddressLine({ label, value, verified, children }: { label: string; value?: string | null; verified: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={500}>{label}</Text>
        {value ? (
          <>
            <Text dir="ltr" style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
            <Badge variant="light" color={verified ? 'teal' : 'gray'}>
              {t(verified ? 'account.verified' : 'account.notVerified')}
            </Badge>
          </>
        ) : (
          <Text c="dimmed">{t('account.none')}</Text>
        )}
      </Group>
      {value && children}
    </Stack>
  );
}

/** What may be done to one address, as buttons a thumb can hit (44 px); each names its address for a screen reader. */
function AddressActions({
  kind,
  allowed,
  verifying,
  onVerify,
  onChange,
  onRemove,
}: {
  kind: AddressKind;
  allowed: { verify: boolean; change: boolean; remove: boolean };
  verifying: boolean;
  onVerify: () => void;
  onChange: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const which = t(kind === 'email' ? 'account.email' : 'account.phone');
  return (
    <Group gap="xs" wrap="wrap">
      {allowed.verify && (
        <Button variant="light" mih={44} loading={verifying} onClick={onVerify} aria-label={t('account.verifyNamed', { which })}>
          {t('account.verify')}
        </Button>
      )}
      {allowed.change && (
        <Button variant="default" mih={44} onClick={onChange} aria-label={t('account.changeNamed', { which })}>
          {t('account.change')}
        </Button>
      )}
      {allowed.remove && (
        <Button variant="subtle" color="red" mih={44} onClick={onRemove} aria-label={t('account.removeNamed', { which })}>
          {t('account.remove')}
        </Button>
      )}
    </Group>
  );
}

function AddressStep({
  kind,
  mode,
  onSent,
  onCancel,
}: {
  kind: AddressKind;
  mode: 'add' | 'replace';
  onSent: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddAccountAddress();
  const replace = useReplaceAccountAddress();
  const sending = mode === 'add' ? add : replace;
  const form = useForm({ initialValues: { address: '', password: '' } });
  const unmapped = unfieldedProblem(t, sending.error);
  const onError = (e: unknown) => {
    const errors = fieldErrorsOf(e);
    const own = errors[kind] ?? errors.email ?? errors.phone;
    form.setErrors({ ...(own ? { address: own } : {}), ...(errors.password ? { password: errors.password } : {}) });
  };
  const label =
    mode === 'add'
      ? t(kind === 'email' ? 'account.newEmail' : 'account.newPhone')
      : t(kind === 'email' ? 'account.replacementEmail' : 'account.replacementPhone');
  return (
    <Paper withBorder p="sm" maw={420}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ address, password }) => {
          const named = kind === 'email' ? { email: address.trim() } : { phone: address.trim() };
          const onSuccess = (sent: { message: string }) => onSent(sent.message);
          if (mode === 'add') add.mutate(named, { onSuccess, onError });
          else replace.mutate({ ...named, password }, { onSuccess, onError });
        })}
      >
        <Stack gap="sm">
          {unmapped && (
            <Alert color="red" role="alert">
              {unmapped}
            </Alert>
          )}
          <TextInput
            label={label}
            description={kind === 'phone' ? t('account.newPhoneHint') : undefined}
            type={kind === 'email' ? 'email' : 'tel'}
            inputMode={kind === 'email' ? 'email' : 'tel'}
            autoComplete={kind === 'email' ? 'email' : 'tel'}
            styles={{ input: { direction: 'ltr' } }}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required
            {...form.getInputProps('address')}
          />
          {mode === 'replace' && (
            <PasswordInput
              label={t('account.yourPassword')}
              description={t('account.yourPasswordHint')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
          )}
          <Group gap="xs">
            <Button type="submit" loading={sending.isPending} mih={44}>
              {t('account.sendCode')}
            </Button>
            <Button variant="subtle" mih={44} onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

const CODE_STEP_KEYS: Record<CodeMode, { text: string; button: string }> = {
  add: { text: 'account.codeStep', button: 'account.confirmAddress' },
  replace: { text: 'account.codeStep', button: 'account.confirmReplace' },
  verify: { text: 'account.codeStepVerify', button: 'account.confirmVerify' },
};

function CodeStep({
  mode,
  message,
  initialCode,
  onDone,
  onBack,
}: {
  mode: CodeMode;
  message?: string;
  initialCode?: string;
  onDone: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirmAccountAddress();
  const form = useForm({ initialValues: { code: initialCode ?? '' } });
  const fieldErrors = fieldErrorsOf(confirm.error);
  // An address another account has is refused on its own field, which this step does not show: said above the code.
  const refusal = fieldErrors.email ?? fieldErrors.phone ?? (fieldErrors.code ? null : confirm.error ? problemDetail(t, confirm.error) : null);
  return (
    <Paper withBorder p="sm" maw={420}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ code }) =>
          confirm.mutate(code.trim(), {
            onSuccess: onDone,
            onError: (e) => {
              const errors = fieldErrorsOf(e);
              if (errors.code) form.setErrors({ code: errors.code });
            },
          }),
        )}
      >
        <Stack gap="sm">
          <Text fw={500}>{t(CODE_STEP_KEYS[mode].text)}</Text>
          {message && (
            <Alert color="blue" role="status">
              {/* The server writes in the account's language, which may not be the page's: its own direction. */}
              <span dir="auto">{message}</span>
            </Alert>
          )}
          {refusal && (
            <Alert color="red" role="alert">
              {refusal}
            </Alert>
          )}
          <CodeField code={form.getInputProps('code')} />
          <Group gap="xs">
            <Button type="submit" loading={confirm.isPending} mih={44}>
              {t(CODE_STEP_KEYS[mode].button)}
            </Button>
            <Button variant="subtle" mih={44} onClick={onBack}>
              {t(mode === 'verify' ? 'common.cancel' : 'account.otherAddress')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RemoveStep({ kind, address, onDone, onCancel }: { kind: AddressKind; address: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveAccountAddress();
  const form = useForm({ initialValues: { password: '' } });
  const unmapped = unfieldedProblem(t, remove.error) ?? (remove.error && !fieldErrorsOf(remove.error).password ? problemDetail(t, remove.error) : null);
  return (
    <Paper withBorder p="sm" maw={420}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ password }) =>
          remove.mutate(
            { kind, password },
            {
              onSuccess: onDone,
              onError: (e) => {
                const errors = fieldErrorsOf(e);
                if (errors.password) form.setErrors({ password: errors.password });
              },
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Text fw={500}>
            {t('account.removeQuestion')}{' '}
            <Text span dir="ltr" style={{ overflowWrap: 'anywhere' }}>
              {address}
            </Text>
          </Text>
          <Text size="sm">{t('account.removeConsequence')}</Text>
          {unmapped && (
            <Alert color="red" role="alert">
              {unmapped}
            </Alert>
          )}
          <PasswordInput
            label={t('account.yourPassword')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group gap="xs">
            <Button type="submit" color="red" loading={remove.isPending} mih={44}>
              {t('account.confirmRemove')}
            </Button>
            <Button variant="subtle" mih={44} onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
