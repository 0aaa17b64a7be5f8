import { afterEach, describe, expect, it } from 'vitest';
import { openReminderDatabase } from '../../src/reminders/database.js';
import { SqliteSessionFollows } from '../../src/reminders/follows-store.js';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';
import { planReminders } from '../../src/reminders/planner.js';
import { GENEVA_DIR, scheduleOf, tempDir } from './helpers.js';

const wide = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };
const PLENARY = 'ics:plenary@geneva.example#2025-10-14T10:00:00';
const CANCELLED = 'ics:working-group@geneva.example#2025-10-15T15:00:00';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.splice(0).reverse()) c();
});

describe('followed sessions', () => {
  it('are stored per person, once each, and survive reopening the database', () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const db = openReminderDatabase(tmp.dir);
    const follows = new SqliteSessionFollows(db);
    expect(follows.follow('U1', PLENARY)).toBe(true);
    expect(follows.follow('U1', PLENARY)).toBe(false);
    follows.follow('U2', 'ics:closing@geneva.example');
    db.close();
    const again = new SqliteSessionFollows(openReminderDatabase(tmp.dir));
    expect(again.followedBy('U1')).toEqual([PLENARY]);
    expect(again.unfollow('U1', PLENARY)).toBe(true);
    expect(again.unfollow('U1', PLENARY)).toBe(false);
    expect(again.all()).toEqual([{ userId: 'U2', sessionKey: 'ics:closing@geneva.example' }]);
  });

  it('plan a direct message at the person’s own lead, only for the followed session, never twice', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const base = { sessions: schedule.sessions, leads: parseLeadTimes('1d,15m'), channels: [], ...wide };
    const plan = planReminders({
      ...base,
      users: [],
      follows: [
        { userId: 'U1', sessionKey: PLENARY, leadMinutes: 40 },
        { userId: 'U2', sessionKey: PLENARY },
        { userId: 'U3', sessionKey: CANCELLED },
        { userId: 'U4', sessionKey: 'ics:not-in-the-schedule' },
      ],
    });
    expect(plan.map((r) => [r.dueAt.toISOString(), r.key, r.recipient])).toEqual([
      // 10:00 Zurich summer time is 08:00 UTC: 40 minutes before for U1, the 15-minute default for U2.
      ['2025-10-14T07:20:00.000Z', `${PLENARY}|40m|U1`, { kind: 'user', id: 'U1' }],
      ['2025-10-14T07:45:00.000Z', `${PLENARY}|15m|U2`, { kind: 'user', id: 'U2' }],
    ]);
    // A person who opted in to every reminder and follows one gets that one once.
    const both = planReminders({
      ...base,
      users: [{ userId: 'U2' }],
      follows: [{ userId: 'U2', sessionKey: PLENARY }],
    });
    expect(both.filter((r) => r.sessionKey === PLENARY).map((r) => r.key)).toEqual([`${PLENARY}|15m|U2`]);
  });
});
