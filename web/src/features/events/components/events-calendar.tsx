import { ActionIcon, Anchor, Box, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePhone } from '@/components/use-phone';
import { todayInCasablanca, useFormat, titleOf } from '@/lib/i18n/format';
import { eventDays, formatDay, formatMonth, formatTime, monthGrid, shiftMonth, weekdayNames } from '@/features/events/components/event-text';
import type { EventDetails } from '@/lib/api/schema-types';
import { LocalizedText } from '@/components/localized-text';

type Props = { month: string; events: readonly EventDetails[]; onMonth: (month: string) => void };

/**
 * A month grid (on a phone, an agenda: the month's days that have events, one under the other), Monday first, laid out in the page's direction (in Arabic the week runs from the right). Each
 * event shows on every day it covers, with its start time on its first day.
 */
export function EventsCalendar({ month, events, onMonth }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = todayInCasablanca();
  const byDay = new Map<string, EventDetails[]>();
  for (const ev of events) {
    for (const day of eventDays(ev)) byDay.set(day, [...(byDay.get(day) ?? []), ev]);
  }
  const weeks = monthGrid(month);
  const names = weekdayNames(fmt.language);
  const rtl = fmt.language === 'ar';
  const phone = usePhone();
  const agendaDays = weeks
    .flat()
    .filter((day) => day.inMonth && byDay.has(day.date))
    .map((day) => day.date);

  return (
    <Stack gap="xs" data-testid="events-calendar">
      <Group justify="space-between">
        <ActionIcon variant="light" size="lg" onClick={() => onMonth(shiftMonth(month, -1))} aria-label={t('events.calendar.previous')}>
          <span aria-hidden>{rtl ? '→' : '←'}</span>
        </ActionIcon>
        <Title order={2} size="h3" aria-live="polite">
          {formatMonth(month, fmt.language)}
        </Title>
        <ActionIcon variant="light" size="lg" onClick={() => onMonth(shiftMonth(month, 1))} aria-label={t('events.calendar.next')}>
          <span aria-hidden>{rtl ? '←' : '→'}</span>
        </ActionIcon>
      </Group>
      {phone ? (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="events-agenda">
          {agendaDays.map((date) => (
            <Paper
              key={date}
              component="li"
              withBorder
              p="sm"
              data-date={date}
              style={date === today ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
            >
              <Title order={3} size="h5" mb={6}>
                {formatDay(date, fmt.language)}
              </Title>
              <Stack gap={6}>
                {(byDay.get(date) ?? []).map((ev) => (
                  <div key={ev.id}>
                    {ev.startsAt.slice(0, 10) === date && (
                      <Text size="sm" c="dimmed">
                        <bdi>{formatTime(ev.startsAt, fmt.language)}</bdi>
                      </Text>
                    )}
                    <Anchor
                      component={Link}
                      to={`/events/${ev.id}`}
                      td={ev.status === 'cancelled' ? 'line-through' : undefined}
                      data-testid="calendar-event"
                    >
                      <LocalizedText value={titleOf(ev)} />
                    </Anchor>
                  </div>
                ))}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Box style={{ overflowX: 'auto' }}>
          <Box miw={700} role="table" aria-label={formatMonth(month, fmt.language)}>
            <SimpleGrid cols={7} spacing={4} role="row">
              {names.map((n) => (
                <Text key={n} role="columnheader" size="xs" fw={600} c="dimmed" ta="center">
                  {n}
                </Text>
              ))}
            </SimpleGrid>
            {weeks.map((week) => (
              <SimpleGrid key={week[0]!.date} cols={7} spacing={4} mt={4} role="row">
                {week.map((day) => {
                  const items = byDay.get(day.date) ?? [];
                  return (
                    <Paper
                      key={day.date}
                      role="cell"
                      withBorder
                      p={4}
                      mih={92}
                      bg={day.inMonth ? undefined : 'var(--mantine-color-gray-0)'}
                      data-date={day.date}
                      style={day.date === today ? { outline: '2px solid var(--mantine-primary-color-filled)' } : undefined}
                    >
                      <Text size="xs" c={day.inMonth ? undefined : 'dimmed'} fw={day.date === today ? 700 : 400} aria-hidden>
                        {fmt.number(day.day)}
                      </Text>
                      <VisuallyHidden>{formatDay(day.date, fmt.language)}</VisuallyHidden>
                      <Stack gap={2}>
                        {items.map((ev) => (
                          <Anchor
                            key={ev.id}
                            component={Link}
                            to={`/events/${ev.id}`}
                            size="xs"
                            lineClamp={2}
                            td={ev.status === 'cancelled' ? 'line-through' : undefined}
                            data-testid="calendar-event"
                          >
                            {ev.startsAt.slice(0, 10) === day.date && <bdi>{formatTime(ev.startsAt, fmt.language)} </bdi>}
                            <LocalizedText value={titleOf(ev)} />
                          </Anchor>
                        ))}
                      </Stack>
                    </Paper>
                  );
                })}
              </SimpleGrid>
            ))}
          </Box>
        </Box>
      )}
    </Stack>
  );
}
