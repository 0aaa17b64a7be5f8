import { afterEach, describe, expect, it } from 'vitest';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';
import { planReminders } from '../../src/reminders/planner.js';
import { GENEVA_DIR, openStores, scheduleOf, tempDir } from './helpers.js';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

describe('SqliteReminderPreferences', () => {
  it('round-trips opt-in, personal lead and opt-out, across a restart', () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const first = openStores(tmp.dir);
    expect(first.preferences.get('U1')).toEqual({ optedIn: false });
    first.preferences.set('U1', { optedIn: true, leadMinutes: 30 });
    first.preferences.set('U2', { optedIn: true });
    first.preferences.set('U3', { optedIn: false });
    first.close();

    const second = openStores(tmp.dir);
    cleanup.push(second.close);
    expect(second.preferences.get('U1')).toEqual({ optedIn: true, leadMinutes: 30 });
    expect(second.preferences.optedInUsers()).toEqual([
      { userId: 'U1', optedIn: true, leadMinutes: 30 },
      { userId: 'U2', optedIn: true },
    ]);
    second.preferences.set('U1', { optedIn: false });
    expect(second.preferences.get('U1')).toEqual({ optedIn: false });
    expect(second.preferences.optedInUsers().map((u) => u.userId)).toEqual(['U2']);
  });

  it('refuses a lead that is not a whole number of minutes within a week', () => {
    const tmp = tempDir();
    const { preferences, close } = openStores(tmp.dir);
    cleanup.push(tmp.remove, close);
    expect(() => preferences.set('U1', { optedIn: true, leadMinutes: 0 })).toThrow(/U1/);
    expect(() => preferences.set('U1', { optedIn: true, leadMinutes: 2.5 })).toThrow(RangeError);
    expect(() => preferences.set('U1', { optedIn: true, leadMinutes: 8 * 24 * 60 })).toThrow(RangeError);
    expect(preferences.get('U1')).toEqual({ optedIn: false });
  });

  it('opting out cancels the pending direct messages on the next plan; opting in again brings them back', async () => {
    const tmp = tempDir();
    const { preferences, outbox, close } = openStores(tmp.dir);
    cleanup.push(tmp.remove, close);
    const schedule = await scheduleOf(GENEVA_DIR);
    const window = { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-11-01T00:00:00Z') };
    const replan = () =>
      outbox.replan(
        planReminders({
          sessions: schedule.sessions,
          leads: parseLeadTimes('15m'),
          channels: [],
          users: preferences.optedInUsers(),
          ...window,
        }),
        window,
        window.from,
      );
    preferences.set('U1', { optedIn: true, leadMinutes: 20 });
    expect(replan().inserted).toHaveLength(4);
    preferences.set('U1', { optedIn: false });
    expect(replan().cancelled).toHaveLength(4);
    preferences.set('U1', { optedIn: true, leadMinutes: 20 });
    expect(replan().restored).toHaveLength(4);
    expect(outbox.list('planned').every((r) => r.recipient.kind === 'user' && r.lead === '20m')).toBe(true);
  });
});
