import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeField } from '@/components/account-code-parts';
import { useAddAccountAddress } from '@/features/auth/api/add-account-address';
import { useConfirmAccountAddress } from '@/features/auth/api/confirm-account-address';
import type { Me } from '@/lib/api/schema-types';
import { problemDetail, unfieldedProblem } from '@/lib/forms/problem-message';
import { fieldErrorsOf } from '@/lib/forms/server-errors';

type Kind = 'email' | 'phone';

/**
 * Where the account is reached (issue 19): its e-mail address and its Moroccan mobile number, each marked proved or
 * not, and the one it lacks to add — the address, then the 6-digit code sent there (by e-mail, or by SMS to a number).
 * Opened from the SMS's link (`/account?code=…`), the code step comes first with the code filled in.
 */
export function AccountAddresses({ me, initialCode }: { me: Me; initialCode?: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<Kind | null>(null);
  const [codeStep, setCodeStep] = useState<{ message?: string } | null>(initialCode ? {} : null);
  const [added, setAdded] = useState(false);
  const missing: Kind | null = !me.email ? 'email' : !me.phone ? 'phone' : null;

  return (
    <Stack gap="sm" data-testid="account-addresses">
      <Title order={2} size="h3">
        {t('account.addresses')}
      </Title>
      <AddressLine label={t('account.email')} value={me.email} verified={me.emailVerified} />
      <AddressLine label={t('account.phone')} value={me.phone} verified={me.phoneVerified} />
      {added && (
        <Alert color="teal" role="status">
          {t('account.addressAdded')}
        </Alert>
      )}
      {codeStep ? (
        <CodeStep
          message={codeStep.message}
          initialCode={initialCode}
          onDone={() => {
            setCodeStep(null);
            setAdding(null);
            setAdded(true);
          }}
          onBack={() => setCodeStep(null)}
        />
      ) : adding ? (
        <AddressStep
          kind={adding}
          onSent={(message) => setCodeStep({ message })}
          onCancel={() => setAdding(null)}
        />
      ) : (
        missing && (
          <Button variant="light" mih={44} w="fit-content" onClick={() => { setAdded(false); setAdding(missing); }}>
            {t(missing === 'email' ? 'account.addEmail' : 'account.addPhone')}
          </Button>
        )
      )}
    </Stack>
  );
}

function AddressLine({ label, value, verified }: { label: string; value?: string | null; verified: boolean }) {
  const { t } = useTranslation();
  return (
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
  );
}

function AddressStep({ kind, onSent, onCancel }: { kind: Kind; onSent: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const add = useAddAccountAddress();
  const form = useForm({ initialValues: { address: '' } });
  const unmapped = unfieldedProblem(t, add.error);
  return (
    <Paper withBorder p="sm" maw={420}>
      <form
        noValidate
        onSubmit={form.onSubmit(({ address }) =>
          add.mutate(kind === 'email' ? { email: address.trim() } : { phone: address.trim() }, {
            onSuccess: (sent) => onSent(sent.message),
            onError: (e) => {
              const errors = fieldErrorsOf(e);
              const own = errors[kind] ?? errors.email ?? errors.phone;
              if (own) form.setErrors({ address: own });
            },
          }),
        )}
      >
        <Stack gap="sm">
          {unmapped && (
            <Alert color="red" role="alert">
              {unmapped}
            </Alert>
          )}
          <TextInput
            label={t(kind === 'email' ? 'account.newEmail' : 'account.newPhone')}
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
          <Group gap="xs">
            <Button type="submit" loading={add.isPending} mih={44}>
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

function CodeStep({ message, initialCode, onDone, onBack }: { message?: string; initialCode?: string; onDone: () => void; onBack: () => void }) {
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
          <Text fw={500}>{t('account.codeStep')}</Text>
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
              {t('account.confirmAddress')}
            </Button>
            <Button variant="subtle" mih={44} onClick={onBack}>
              {t('account.otherAddress')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
