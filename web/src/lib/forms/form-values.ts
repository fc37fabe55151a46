/** Helpers that map between form values (strings, '' for an empty number input) and API values (null when absent). */

/** What a Mantine number input holds: a number, or a string while empty ('') or being typed. */
export type NumberInputValue = number | string;

/** A text input's value for the API: trimmed, or null when blank. */
export function blank(v: string): string | null {
  const trimmed = v.trim();
  return trimmed ? trimmed : null;
}

/** A number input's value for the API: null when empty. */
export function num(v: NumberInputValue | null | undefined): number | null {
  return v === '' || v === null || v === undefined ? null : Number(v);
}

/** An API number for a number input: '' when absent. */
export function numInput(v: number | null | undefined): number | '' {
  return v == null ? '' : v;
}

/** "2025-09-23T11:00:00" (a Casablanca wall-clock time, as the API sends it) → "2025-09-23T11:00" for a datetime-local input. */
export function toLocalInput(wallClock: string | null | undefined): string {
  return wallClock ? wallClock.slice(0, 16) : '';
}

/** "2025-09-23T11:00" from a datetime-local input → "2025-09-23T11:00:00": a Casablanca wall-clock time without offset. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  return value.length === 16 ? `${value}:00` : value;
}
