import { Alert, Button, Group, Modal, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KeptDraftNotice } from '@/components/kept-draft-notice';
import { useMe } from '@/lib/auth/get-me';
import { isStaff, managedCooperatives } from '@/lib/auth/permissions';
import { fieldErrorsOf } from '@/lib/forms/server-errors';
import { useCooperativeCandidates } from '@/lib/directory/use-cooperative-candidates';
import { useFormat, titleOf } from '@/lib/i18n/format';
import type { CreatedRegistration, EventDetails } from '@/lib/api/schema-types';
import { useRegister } from '@/features/events/api/register';
import { canOrganise } from '@/features/events/components/event-access';
import { registrantName } from '@/features/events/components/event-text';
import { draftKey, useKeepDraft, useRestoredDraft } from '@/lib/forms/kept-draft';
import { problemMessage } from '@/lib/forms/problem-message';
import { RegistrationCode } from '@/features/events/components/registration-code';
import { RegistrationOutcome } from '@/features/events/components/registration-outcome';
import { LatinRun } from '@/components/latin-run';

type Mode = 'cooperative' | 'attendee';

type Kept = { mode: Mode; cooperativeId: string | null; attendeeName: string; attendeeRole: string };

type Props = { event: EventDetails; opened: boolean; onClose: () => void };

/**
 * Registering for an event: a manager picks one of their cooperatives; staff search the registry for a
 * cooperative; organisers may also register a named attendee. Then the outcome (a seat, or the waitlist with
 * its position) and the self-service code, shown once.
 */
export function RegisterDialog({ event, opened, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe().data;
  const organiser = canOrganise(me, event);
  const staff = isStaff(me);
  const own = managedCooperatives(me);
  const defaultCooperative = own.length === 1 ? own[0]! : null;
  // What was typed and not yet accepted by the server is kept on the phone, per event (ADR 0019).
  const key = draftKey('registration', event.id);
  const kept = useRestoredDraft<Kept>(key);
  const restored = kept?.values;
  const [mode, setMode] = useState<Mode>(restored?.mode ?? (own.length === 0 && organiser && !staff ? 'attendee' : 'cooperative'));
  const [cooperativeId, setCooperativeId] = useState<string | null>(restored?.cooperativeId ?? defaultCooperative);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const [attendeeName, setAttendeeName] = useState(restored?.attendeeName ?? '');
  const [attendeeRole, setAttendeeRole] = useState(restored?.attendeeRole ?? '');
  const [result, setResult] = useState<CreatedRegistration | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const register = useRegister();
  const { candidates, search } = useCooperativeCandidates(own, staff && mode === 'cooperative' ? debounced : '');

  const unsent =
    !result &&
    (attendeeName.trim() !== '' || attendeeRole.trim() !== '' || (cooperativeId !== null && cooperativeId !== defaultCooperative));
  const values = useMemo<Kept>(() => ({ mode, cooperativeId, attendeeName, attendeeRole }), [mode, cooperativeId, attendeeName, attendeeRole]);
  const forget = useKeepDraft(key, values, unsent);

  const fieldErrors = fieldErrorsOf(register.error);
  const error = localError ?? problemMessage(t, 'events', register.error);

  const resetForm = () => {
    register.reset();
    setResult(null);
    setLocalError(null);
    setAttendeeName('');
    setAttendeeRole('');
    setQ('');
    setCooperativeId(defaultCooperative);
  };
  const close = () => {
    // Once registered the form starts afresh; before that, what was typed stays (and stays kept) for the next try.
    if (result) resetForm();
    else {
      register.reset();
      setLocalError(null);
    }
    onClose();
  };

  const submit = () => {
    setLocalError(null);
    if (mode === 'cooperative' && !cooperativeId) {
      setLocalError(t('events.register.pickCooperativeFirst'));
      return;
    }
    if (mode === 'attendee' && !attendeeName.trim()) {
      setLocalError(t('events.register.nameRequired'));
      return;
    }
    const body =
      mode === 'cooperative'
        ? { cooperativeId, attendeeRole: attendeeRole.trim() || null }
        : { attendeeName: attendeeName.trim(), attendeeRole: attendeeRole.trim() || null };
    register.mutate(
      { eventId: event.id, body },
      {
        onSuccess: (created) => {
          forget();
          setResult(created);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('events.register.title', { title: fmt.name(titleOf(event)) })} size="lg">
      {result ? (
        <Stack data-testid="registration-result">
          <RegistrationOutcome registration={result.registration} name={registrantName(result.registration, fmt.language)} />
          <RegistrationCode code={result.code} />
          <Group justify="flex-end">
            {staff && (
              <Button variant="default" onClick={resetForm}>
                {t('events.register.another')}
              </Button>
            )}
            <Button onClick={close}>{t('events.register.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack>
            {event.counts.seatsLeft === 0 && (
              <Alert color="orange" variant="light">
                {t('events.register.fullNotice')}
              </Alert>
            )}
            {organiser && (
              <SegmentedControl
                value={mode}
                onChange={(v) => {
                  setMode(v as Mode);
                  setLocalError(null);
                  register.reset();
                }}
                data={[
                  { value: 'cooperative', label: t('events.register.modeCooperative') },
                  { value: 'attendee', label: t('events.register.modeAttendee') },
                ]}
                aria-label={t('events.register.who')}
              />
            )}
            {mode === 'cooperative' && (
              <>
                {staff && (
                  <TextInput
                    type="search"
                    label={t('events.register.searchCooperative')}
                    description={t('events.register.searchHint')}
                    value={q}
                    onChange={(e) => setQ(e.currentTarget.value)}
                    data-autofocus
                  />
                )}
                {staff && debounced.length >= 2 && search.isFetching && <Text c="dimmed">{t('common.loading')}</Text>}
                {staff && debounced.length >= 2 && search.data?.items.length === 0 && (
                  <Text c="dimmed">{t('events.register.noMatch')}</Text>
                )}
                {!staff && own.length === 0 && <Text c="dimmed">{t('events.register.noCooperative')}</Text>}
                {candidates.length > 0 && (
                  <Radio.Group
                    label={t('events.register.pickCooperative')}
                    required
                    value={cooperativeId}
                    onChange={setCooperativeId}
                    error={fieldErrors.cooperativeId}
                  >
                    <Stack gap={6} mt="xs">
                      {candidates.map((c) => (
                        <Radio key={c.id} value={c.id} label={c.label} description={<LatinRun>{c.hint}</LatinRun>} />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
              </>
            )}
            {mode === 'attendee' && (
              <TextInput
                label={t('events.register.attendeeName')}
                required
                value={attendeeName}
                onChange={(e) => setAttendeeName(e.currentTarget.value)}
                error={fieldErrors.attendeeName}
                maxLength={200}
                data-autofocus
              />
            )}
            <TextInput
              label={t('events.register.attendeeRole')}
              description={t('events.register.attendeeRoleHint')}
              value={attendeeRole}
              onChange={(e) => setAttendeeRole(e.currentTarget.value)}
              error={fieldErrors.attendeeRole}
              maxLength={100}
            />
            <KeptDraftNotice restoredAt={kept?.keptAt ?? null} unsent={unsent} />
            {error && (
              <Alert color="red" role="alert" data-testid="register-error">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={register.isPending}>
                {t('events.register.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
