import { afterEach, describe, expect, it } from 'vitest';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';
import { planReminders } from '../../src/reminders/planner.js';
import { editSessions, GENEVA_DIR, openStores, type Stores, scheduleOf, tempDir } from './helpers.js';

const leads = parseLeadTimes('15m');
const window = { from: new Date('2025-10-01T00:00:00Z'), to: new Date('2025-11-01T00:00:00Z') };
const now = new Date('2025-10-01T00:00:00Z');
const PLENARY = 'ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

function stores(): Stores {
  const tmp = tempDir();
  const s = openStores(tmp.dir);
  cleanup.push(tmp.remove, s.close);
  return s;
}

async function plan(schedule?: Awaited<ReturnType<typeof scheduleOf>>) {
  const s = schedule ?? (await scheduleOf(GENEVA_DIR));
  return planReminders({ sessions: s.sessions, leads, channels: ['C1'], users: [], ...window });
}

describe('Outbox.replan', () => {
  it('inserts once: planning the same schedule again changes nothing', async () => {
    const { outbox } = stores();
    const desired = await plan();
    expect(outbox.replan(desired, window, now).inserted).toHaveLength(4);
    expect(outbox.replan(desired, window, now)).toEqual({ inserted: [], updated: [], cancelled: [], restored: [] });
    expect(outbox.list('planned')).toHaveLength(4);
  });

  it('re-times a planned reminder whose session moved, under the same key', async () => {
    const { outbox } = stores();
    const schedule = await scheduleOf(GENEVA_DIR);
    outbox.replan(await plan(schedule), window, now);
    const moved = editSessions(schedule, (s) =>
      s.key.startsWith('ics:plenary@geneva.example#2025-10-14') ? { ...s, start: new Date('2025-10-14T09:00:00Z') } : s,
    );
    expect(outbox.replan(await plan(moved), window, now).updated).toEqual([PLENARY]);
    expect(outbox.get(PLENARY)?.dueAt.toISOString()).toBe('2025-10-14T08:45:00.000Z');
    expect(outbox.list()).toHaveLength(4);
  });

  it('cancels a planned reminder whose session was cancelled, and restores it if the session comes back', async () => {
    const { outbox } = stores();
    const schedule = await scheduleOf(GENEVA_DIR);
    outbox.replan(await plan(schedule), window, now);
    const cancelled = editSessions(schedule, (s) =>
      s.key.startsWith('ics:plenary@geneva.example#2025-10-14') ? { ...s, status: 'cancelled' } : s,
    );
    expect(outbox.replan(await plan(cancelled), window, now).cancelled).toEqual([PLENARY]);
    expect(outbox.get(PLENARY)?.state).toBe('cancelled');
    expect(outbox.replan(await plan(schedule), window, now).restored).toEqual([PLENARY]);
    expect(outbox.get(PLENARY)?.state).toBe('planned');
  });

  it('never touches a sent reminder, whatever the schedule says later', async () => {
    const { outbox } = stores();
    const schedule = await scheduleOf(GENEVA_DIR);
    outbox.replan(await plan(schedule), window, now);
    outbox.claim(PLENARY, now);
    outbox.markSent(PLENARY, { ts: '1.000001', channelId: 'C1' }, now);
    const gone = editSessions(schedule, (s) =>
      s.key.startsWith('ics:plenary@geneva.example#2025-10-14') ? undefined : s,
    );
    const moved = editSessions(schedule, (s) => ({ ...s, start: new Date(s.start.getTime() + 3_600_000) }));
    outbox.replan(await plan(gone), window, now);
    outbox.replan(await plan(moved), window, now);
    expect(outbox.get(PLENARY)).toMatchObject({
      state: 'sent',
      sentTs: '1.000001',
      dueAt: new Date('2025-10-14T07:45:00Z'),
    });
  });

  it('leaves reminders outside the window for the sender to skip, not cancel', async () => {
    const { outbox } = stores();
    outbox.replan(await plan(), window, now);
    const later = { from: new Date('2025-10-14T08:00:00Z'), to: window.to };
    outbox.replan([], later, now);
    expect(outbox.get(PLENARY)?.state).toBe('planned');
  });
});

describe('Outbox claim and recover', () => {
  it('claims once, counts attempts, and after a stop returns in-flight reminders to planned with their attempts', async () => {
    const { outbox } = stores();
    outbox.replan(await plan(), window, now);
    expect(outbox.claim(PLENARY, now)).toEqual({ previousAttempts: 0 });
    expect(outbox.claim(PLENARY, now)).toBeUndefined();
    expect(outbox.recover(now)).toEqual([PLENARY]);
    expect(outbox.get(PLENARY)).toMatchObject({ state: 'planned', attempts: 1 });
    expect(outbox.claim(PLENARY, now)).toEqual({ previousAttempts: 1 });
  });

  it('keeps everything across a reopen of the database', async () => {
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const first = openStores(tmp.dir);
    first.outbox.replan(await plan(), window, now);
    first.outbox.claim(PLENARY, now);
    first.close();
    const second = openStores(tmp.dir);
    cleanup.push(second.close);
    expect(second.outbox.get(PLENARY)).toMatchObject({ state: 'sending', attempts: 1 });
    expect(second.outbox.lastPlannedAt()).toEqual(now);
  });
});
