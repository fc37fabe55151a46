import { Alert, Button, Group, Stack, Table, Tabs, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { Pager } from '@/components/pager';
import { useFormat } from '@/lib/i18n/format';
import type { CancellationResult, RegistrationDetails } from '@/lib/api/schema-types';
import { useCancelRegistration } from '@/features/events/api/cancel-registration';
import { useCheckInRow } from '@/features/events/api/check-in';
import { REGISTRATIONS_PAGE_SIZE, useRegistrations } from '@/features/events/api/get-registrations';
import { REGISTRATION_STATUSES } from '@/features/events/api/constants';
import { RegistrationStatusBadge } from '@/features/events/components/badges';
import { CheckInByCode } from '@/features/events/components/check-in-by-code';
import { ConfirmDialog } from '@/features/events/components/confirm-dialog';
import { registrantName } from '@/features/events/components/event-text';
import { problemMessage } from '@/lib/forms/problem-message';
import { CancellationOutcome } from '@/features/events/components/promoted-list';
import { Busy } from '@/components/busy';

type Props = {
  eventId: string;
  status: string | undefined;
  q: string | undefined;
  page: number | undefined;
  onChange: (patch: { status?: string | null; q?: string | null; page?: number | null }) => void;
};

const TABS = ['all', ...REGISTRATION_STATUSES] as const;

/**
 * The organisers' registrations table: status tabs, search, check-in by code, and per row check-in (shown at
 * once, undone if the server refuses) and cancel.
 */
export function RegistrationsPanel({ eventId, status, q: urlQ, page, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tab = TABS.includes(status as (typeof TABS)[number]) ? status! : 'all';
  const list = useRegistrations(eventId, { status: tab === 'all' ? undefined : tab, q: urlQ, page });
  const checkIn = useCheckInRow();
  const cancel = useCancelRegistration();
  const [q, setQ] = useState(urlQ ?? '');
  useEffect(() => setQ(urlQ ?? ''), [urlQ]);
  const [target, setTarget] = useState<RegistrationDetails | null>(null);
  const [cancelled, setCancelled] = useState<CancellationResult | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / REGISTRATIONS_PAGE_SIZE));

  return (
    <Stack>
      <CheckInByCode eventId={eventId} />
      <Tabs value={tab} onChange={(v) => onChange({ status: v === 'all' ? null : v, page: null })}>
        <Tabs.List>
          {TABS.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {s === 'all' ? t('events.registrations.all') : t(`events.registrationStatus.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ q: q.trim() || null, page: null });
        }}
      >
        <Group align="end" gap="xs">
          <TextInput
            type="search"
            label={t('directory.search')}
            placeholder={t('events.registrations.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={280}
          />
          <Button type="submit">{t('directory.searchButton')}</Button>
        </Group>
      </form>
      <Group gap="xs" aria-live="polite" role="status">
        {list.data && (
          <Text fw={500} data-testid="registrations-count">
            {t('events.registrations.count', { count: total, formatted: fmt.number(total) })}
          </Text>
        )}
        {list.isFetching && <Busy size="xs" />}
      </Group>
      {cancelled && <CancellationOutcome result={cancelled} />}
      {rowError && (
        <Alert color="red" role="alert" data-testid="row-error" withCloseButton onClose={() => setRowError(null)}>
          {rowError}
        </Alert>
      )}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.items.length === 0 && (
        <Alert color="gray" title={t('events.registrations.emptyTitle')}>
          {t('events.registrations.emptyText')}
        </Alert>
      )}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped data-testid="registrations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('events.registrations.participant')}</Table.Th>
                <Table.Th>{t('fields.status')}</Table.Th>
                <Table.Th>{t('events.registrations.registeredAt')}</Table.Th>
                <Table.Th>{t('events.registrations.checkedInAt')}</Table.Th>
                <Table.Th>{t('events.registrations.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => {
                const name = registrantName(r, fmt.language) || t('events.registrations.unnamed');
                return (
                  <Table.Tr key={r.id} data-testid="registration-row" data-status={r.status}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        <bdi>{name}</bdi>
                      </Text>
                      {(r.attendeeRole || (r.cooperativeId && r.attendeeName)) && (
                        <Text size="xs" c="dimmed">
                          {[r.cooperativeId ? r.attendeeName : null, r.attendeeRole].filter(Boolean).join(' — ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <RegistrationStatusBadge status={r.status} position={r.waitlistPosition} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.dateTime(r.registeredAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.checkedInAt ? fmt.dateTime(r.checkedInAt) : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {r.status === 'registered' && (
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('events.checkIn.buttonFor', { name })}
                            onClick={() => {
                              setRowError(null);
                              checkIn.mutate(
                                { eventId, registrationId: r.id },
                                { onError: (error) => setRowError(`${name}: ${problemMessage(t, 'events', error)}`) },
                              );
                            }}
                          >
                            {t('events.checkIn.button')}
                          </Button>
                        )}
                        {(r.status === 'registered' || r.status === 'waitlisted') && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={t('events.cancel.buttonFor', { name })}
                            onClick={() => setTarget(r)}
                          >
                            {t('events.cancel.short')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager pages={pages} page={page ?? 1} onChange={(p) => onChange({ page: p })} />
      <ConfirmDialog
        opened={!!target}
        title={t('events.cancel.titleFor', { name: target ? registrantName(target, fmt.language) : '' })}
        text={target?.status === 'registered' ? t('events.cancel.textSeatStaff') : t('events.cancel.textWaitlistStaff')}
        confirmLabel={t('events.cancel.confirm')}
        pending={cancel.isPending}
        error={problemMessage(t, 'events', cancel.error)}
        onClose={() => {
          setTarget(null);
          cancel.reset();
        }}
        onConfirm={() =>
          target &&
          cancel.mutate(
            { eventId, registrationId: target.id },
            {
              onSuccess: (result) => {
                setTarget(null);
                setCancelled(result);
              },
            },
          )
        }
      />
    </Stack>
  );
}
