import { useMediaQuery } from '@mantine/hooks';

/** Below this width lists become cards, filters move into a drawer and the month calendar becomes an agenda. */
export const PHONE_QUERY = '(max-width: 37.49em)';

/** True on a phone-sized screen (under ~600 px wide), known on the first render so a list does not flash as a table. */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false }) ?? false;
}
