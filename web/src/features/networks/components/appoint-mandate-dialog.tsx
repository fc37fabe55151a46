import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { MANDATE_ROLES, type MandateRole, type NetworkBody } from '@/lib/api/schema-types';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { todayInCasablanca, useFormat } from '@/lib/i18n/format';
import { useAppointMandate } from '@/features/networks/api/appoint-mandate';
import { useNetworkMembers } from '@/features/networks/api/get-network-members';

type Props = { networkId: string; body: NetworkBody | null; bodies: NetworkBody[]; onClose: () => void };
type Values = { membershipId: string | null; role: MandateRole | null; title: string; termStart: string; termEnd: string };

export function AppointMandateDialog({ networkId, body, bodies, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const members = useNetworkMembers(networkId, true);
  const appoint = useAppointMandate();
  const form = useForm<Values>({
    initialValues: { membershipId: null, role: null, title: '', termStart: todayInCasablanca(), termEnd: '' },
  });
  const close = () => {
    appoint.reset();
    form.reset();
    onClose();
  };

  const error = appoint.error;
  const overlap = isApiError(error) && error.problem.code === 'network.president_overlap';
  // The president whose term the new one would overlap, to name them in the message.
  const { termStart, termEnd } = form.values;
  const clash = overlap
    ? bodies
        .flatMap((b) => b.mandates)
        .find((m) => m.role === 'president' && m.termStart <= (termEnd || '9999-12-31') && m.termEnd >= termStart)
    : undefined;
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
      : Object.keys(fieldErrorsOf(error)).length > 0
        ? t('form.fixErrors')
        : isApiError(error)
          ? (error.problem.detail ?? t('common.errorText'))
          : t('common.errorText');

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
              {general}
            </Alert>
          )}
          <Select
            label={t('networks.holder')}
            description={t('networks.holderHint')}
            required
            searchable
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
    </Modal>
  );
}
