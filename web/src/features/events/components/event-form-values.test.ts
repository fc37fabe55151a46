import { describe, expect, it } from 'vitest';
import { event } from '@/testing/event-fixtures';
import { emptyEvent, eventCommandFrom, eventValuesFrom } from '@/features/events/components/event-form-values';

describe('event form values', () => {
  it('an event read and sent back unchanged keeps its titles, place, capacity and agenda', () => {
    const command = eventCommandFrom(eventValuesFrom(event));
    expect(command.titleAr).toBe(event.titleAr ?? null);
    expect(command.titleFr).toBe(event.titleFr ?? null);
    expect(command.regionCode).toBe(event.regionCode);
    expect(command.provinceCode).toBe(event.provinceCode);
    expect(command.capacity).toBe(event.capacity ?? null);
    expect(command.agenda).toHaveLength(event.agenda.length);
  });

  it('an empty form sends blanks as null and no network unless the audience is a network', () => {
    const command = eventCommandFrom({ ...emptyEvent, titleFr: '  Atelier  ', capacity: '' });
    expect(command.titleFr).toBe('Atelier');
    expect(command.titleAr).toBeNull();
    expect(command.capacity).toBeNull();
    expect(command.networkId).toBeNull();
  });
});
