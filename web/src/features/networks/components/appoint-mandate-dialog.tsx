import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type Problem } from '@/lib/api/problem';
import { MANDATE_ROLES, type MandateRole, type NetworkBody, type NetworkMandate } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { formProblem } from '@/lib/forms/problem-message';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import { useAppointMandate } from '@/features/networks/api/appoint-mandate';
import { useNetworkMembers } from '@/features/networks/api/get-network-members';
import { EndMandateDialog } from '@/features/networks/components/end-mandate-dialog';
import { useSearchable } from '@/lib/search/use-searchable';

type Props = { networkId: string; body: NetworkBody | null; onClose: () => void };
type Values = { membershipId: string | null; role: MandateRole | null; title: string; termStart: string; termEnd: string };

/** The president's mandate a 409 network.president_overlap names in its `conflictingMandate` extension. */
function conflictingMandateOf(problem: Problem): NetworkMandate | undefined {
  const m = problem.conflictingMandate;
  if (typeof m !== 'object' || m === null) return undefined;
  const candidate = m as Partial<NetworkMandate>;
  return typeof candidate.id === 'string' && typeof candidate.termStart === 'string' && typeof candidate.termEnd === 'string'
    ? (candidate as NetworkMandate)
    : undefined;
}

/** The day after a YYYY-MM-DD date. */
function dayAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

export function AppointMandateDialog({ networkId, body, onClose }: Props) {
  const { t } = useTranslation();
  const searchable = useSearchable();
  const fmt = useFormat();
  const members = useNetworkMembers(networkId, true);
  const appoint = useAppointMandate();
  const form = useForm<Values>({
    initialValues: { membershipId: null, role: null, title: '', termStart: todayInCasablanca(), termEnd: '' },
  });
  const [ending, setEnding] = useState<NetworkMandate | null>(null);
  const [ended, setEnded] = useState<NetworkMandate | null>(null);
  const close = () => {
    appoint.reset();
    form.reset();
    setEnded(null);
    onClose();
  };

  const error = appoint.error;
  const overlap = isApiError(error) && error.problem.code === 'network.president_overlap';
  // The president whose term the new one would overlap, as the server names it.
  const clash = overlap ? conflictingMandateOf(error.problem) : undefined;
  const general = !error
    ? null
    : overlap
      ? clash
        ? t('networks.presidentOverlapWith', {
            name: fmt.name({ nameAr: clash.holderNameAr, nameFr: clash.holderNameFr }),
            from: fmt.date(clash.termStart),
            to: fmt.date(clash.termEnd),
          })
        : t('networks.presidentOverlap')
      : formProblem(t, error);

  return (
    <Modal
      opened={body !== null}
      onClose={close}
      size="lg"
      title={t('networks.appointIn', { body: body ? fmt.name(body) || t(`bodyKind.${body.kind}`) : '' })}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          if (!body) return;
          setEnded(null);
          appoint.mutate(
            {
              networkId,
              bodyId: body.id,
              body: {
                membershipId: v.membershipId,
                role: v.role ?? undefined,
                title: v.title.trim() || null,
                termStart: v.termStart || null,
                termEnd: v.termEnd || null,
              },
            },
            { onSuccess: close, onError: (e) => form.setErrors(fieldErrorsOf(e)) },
          );
        })}
      >
        <Stack>
          {general && (
            <Alert color={overlap ? 'orange' : 'red'} role="alert" title={overlap ? t('networks.presidentOverlapTitle') : undefined}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{general}</Text>
                {clash && (
                  <Button size="xs" color="orange" onClick={() => setEnding(clash)}>
                    {t('networks.endThatMandate')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {ended && (
            <Alert color="teal" role="status">
              {t('networks.mandateEnded', {
                name: fmt.name({ nameAr: ended.holderNameAr, nameFr: ended.holderNameFr }),
                date: fmt.date(ended.termEnd),
                next: fmt.date(dayAfter(ended.termEnd)),
              })}
            </Alert>
          )}
          <Select
            label={t('networks.holder')}
            description={t('networks.holderHint')}
            required
            {...searchable}
            comboboxProps={{ withinPortal: true }}
            data={(members.data ?? []).map((m) => ({ value: m.id, label: fmt.name(m) }))}
            {...form.getInputProps('membershipId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('networks.role')}
              required
              comboboxProps={{ withinPortal: true }}
              data={MANDATE_ROLES.map((r) => ({ value: r, label: t(`mandateRole.${r}`) }))}
              {...form.getInputProps('role')}
            />
            <TextInput label={t('networks.mandateTitle')} dir="auto" {...form.getInputProps('title')} />
            <TextInput type="date" label={t('networks.termStart')} required {...form.getInputProps('termStart')} />
            <TextInput type="date" label={t('networks.termEnd')} required {...form.getInputProps('termEnd')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={appoint.isPending}>
              {t('networks.appoint')}
            </Button>
          </Group>
        </Stack>
      </form>
      <EndMandateDialog
        key={ending?.id ?? 'none'}
        networkId={networkId}
        mandate={ending}
        onClose={() => setEnding(null)}
        onEnded={(m) => {
          // The refusal is settled: the new term can start the day after the ended one.
          appoint.reset();
          setEnded(m);
          if (form.values.termStart <= m.termEnd) form.setFieldValue('termStart', dayAfter(m.termEnd));
        }}
      />
    </Modal>
  );
}
