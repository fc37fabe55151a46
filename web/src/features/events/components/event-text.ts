import { dateTimeFormat, localeOf, todayInCasablanca, wallClockDate } from '@/lib/i18n/format';
import type { EventDetails, RegistrationDetails } from '@/lib/api/schema-types';

type Registrant = Pick<RegistrationDetails, 'cooperativeNameAr' | 'cooperativeNameFr' | 'attendeeName'>;

/** Who a registration is for: the cooperative's name in the UI language, else the attendee's name. */
export function registrantName(r: Registrant, language: string): string {
  const coop = language === 'ar' ? r.cooperativeNameAr || r.cooperativeNameFr : r.cooperativeNameFr || r.cooperativeNameAr;
  return coop?.trim() || r.attendeeName?.trim() || '';
}

const base = { numberingSystem: 'latn', timeZone: 'UTC' } as const;

/** "11:00" */
export function formatTime(value: string | null | undefined, language: string): string {
  const date = wallClockDate(value);
  if (!date) return value ?? '';
  return dateTimeFormat(localeOf(language), { ...base, timeStyle: 'short' }).format(date);
}

/** "mar. 23 sept. 2025, 11:00 – 13:30": start and end in one range, the date once when on the same day. */
export function formatWhen(startsAt: string, endsAt: string, language: string): string {
  const start = wallClockDate(startsAt);
  const end = wallClockDate(endsAt);
  if (!start || !end) return startsAt;
  const format = dateTimeFormat(localeOf(language), {
    ...base,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return end.getTime() > start.getTime() ? format.formatRange(start, end) : format.format(start);
}

/** The current month in Casablanca, yyyy-MM. */
export function currentMonth(now: Date = new Date()): string {
  return todayInCasablanca(now).slice(0, 7);
}

export function isMonth(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** "2025-12" + 1 → "2026-01". */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/** "septembre 2025" */
export function formatMonth(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number);
  return dateTimeFormat(localeOf(language), { ...base, month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y!, m! - 1, 1)),
  );
}

/** "mardi 23 septembre" (a calendar day's accessible name). */
export function formatDay(day: string, language: string): string {
  const date = wallClockDate(day);
  if (!date) return day;
  return dateTimeFormat(localeOf(language), { ...base, weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}

/** The short names of the days of the week, Monday first (as in Morocco). */
export function weekdayNames(language: string): string[] {
  const format = dateTimeFormat(localeOf(language), { ...base, weekday: 'short' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

export type CalendarDay = { date: string; day: number; inMonth: boolean };

/** The weeks shown for a month: Monday to Sunday, with the days of the months around it to fill them. */
export function monthGrid(month: string): CalendarDay[][] {
  const [y, m] = month.split('-').map(Number);
  const first = new Date(Date.UTC(y!, m! - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7; // days since Monday
  const start = Date.UTC(y!, m! - 1, 1 - offset);
  const weeks: CalendarDay[][] = [];
  for (let w = 0; w < 6; w++) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      const d = new Date(start + (w * 7 + i) * 86_400_000);
      week.push({ date: d.toISOString().slice(0, 10), day: d.getUTCDate(), inMonth: d.getUTCMonth() === m! - 1 });
    }
    if (w > 3 && !week.some((d) => d.inMonth)) break;
    weeks.push(week);
  }
  return weeks;
}

/** The calendar days (yyyy-MM-dd) an event covers, from its start to its end (at most 31). */
export function eventDays(ev: Pick<EventDetails, 'startsAt' | 'endsAt'>): string[] {
  const start = wallClockDate(ev.startsAt.slice(0, 10));
  const end = wallClockDate(ev.endsAt.slice(0, 10));
  if (!start) return [];
  const days: string[] = [];
  for (let t = start.getTime(); days.length < 31 && t <= (end ?? start).getTime(); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** Why registration is not possible now, or null when it is open. */
export type RegistrationState = 'open' | 'draft' | 'cancelled' | 'completed' | 'notOpenYet' | 'closed';

export function registrationState(ev: EventDetails, now: Date = new Date()): RegistrationState {
  if (ev.registrationOpen) return 'open';
  if (ev.status !== 'published') return ev.status;
  const opens = ev.registrationOpensAt ? wallClockDate(ev.registrationOpensAt) : null;
  // Compare in Casablanca wall-clock terms: "now" as a wall clock there.
  const nowWall = wallClockDate(
    dateTimeFormat('sv-SE', {
      timeZone: 'Africa/Casablanca',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .format(now)
      .replace(' ', 'T'),
  );
  if (opens && nowWall && opens.getTime() > nowWall.getTime()) return 'notOpenYet';
  return 'closed';
}
