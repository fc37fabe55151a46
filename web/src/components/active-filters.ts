/** How many of these filter keys have a value (the count shown on the phone's "Filters" button). */
export function countActive(filters: object, keys: readonly string[]): number {
  const values = filters as Record<string, unknown>;
  return keys.filter((k) => values[k] !== undefined && values[k] !== null && values[k] !== '' && values[k] !== false).length;
}
