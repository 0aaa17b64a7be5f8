import { describe, expect, it } from 'vitest';
import { formatSessionTime, zoneLabel } from '../../src/knowledge/date-format.js';

describe('how a session time names its zone', () => {
  const at = new Date('2021-09-14T12:00:00Z');

  it.each([
    ['Europe/Amsterdam', 'Amsterdam time, GMT+2'],
    ['America/New_York', 'New York time, EDT'],
    ['UTC', 'UTC'],
  ])('names %s as %j', (zone, label) => {
    expect(zoneLabel(zone, at)).toBe(label);
  });

  it('prints the day, the hours and the zone once', () => {
    expect(formatSessionTime(at, new Date('2021-09-14T14:30:00Z'), 'UTC')).toBe(
      'Tuesday, 14 September 2021, 12:00–14:30 (UTC)',
    );
  });
});
