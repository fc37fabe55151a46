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
