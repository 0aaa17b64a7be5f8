import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';

describe('parseLeadTimes', () => {
  it('reads days as meeting-day digests and hours or minutes as per-session leads, longest first', () => {
    expect(parseLeadTimes('15m,1d')).toEqual([
      { kind: 'day', days: 1, label: '1d' },
      { kind: 'session', minutes: 15, label: '15m' },
    ]);
    expect(parseLeadTimes(' 2h , 30 ')).toEqual([
      { kind: 'session', minutes: 120, label: '2h' },
      { kind: 'session', minutes: 30, label: '30m' },
    ]);
  });

  it('treats spellings of the same lead as one, so one reminder key', () => {
    expect(parseLeadTimes('60m,1h,1H')).toEqual([{ kind: 'session', minutes: 60, label: '1h' }]);
  });

  it('rejects zero and unknown units, naming the setting', () => {
    expect(() => parseLeadTimes('0m')).toThrow(ConfigError);
    expect(() => parseLeadTimes('1d,5w')).toThrow(/REMINDER_LEAD_TIMES: "5w" is not a lead time/);
  });
});
