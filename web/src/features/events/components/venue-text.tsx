import { Text } from '@mantine/core';
import { LocalizedText } from '@/components/localized-text';
import { useFormat } from '@/lib/i18n/format';
import type { EventVenue } from '@/lib/api/schema-types';

/** The venue: a directory organisation's name (in the UI language) and/or a free address. */
export function VenueText({ venue, size = 'sm' }: { venue: EventVenue; size?: string }) {
  const fmt = useFormat();
  const name = fmt.name(venue);
  const address = venue.address?.trim();
  if (!name && !address) return <Text size={size}>—</Text>;
  return (
    <div data-testid="event-venue">
      {name && (
        <Text size={size} fw={500}>
          <bdi>
            <LocalizedText value={venue} />
          </bdi>
        </Text>
      )}
      {address && address !== name && (
        <Text size={name ? 'xs' : size} c={name ? 'dimmed' : undefined}>
          <bdi>{address}</bdi>
        </Text>
      )}
    </div>
  );
}
