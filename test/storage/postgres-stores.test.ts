import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';
import { planReminders } from '../../src/reminders/planner.js';
import { openStorage, type Storage } from '../../src/storage/storage.js';
import { startTemporaryPostgres, type TemporaryPostgres } from '../helpers/postgres.js';
import { captureLogger, GENEVA_DIR, scheduleOf } from '../reminders/helpers.js';

let server: TemporaryPostgres;
beforeAll(async () => {
  server = await startTemporaryPostgres();
});
afterAll(async () => {
  await server?.stop();
});

/** `count` instances' storage on one new database, each with its own pool, as separate processes would have. */
async function instances(count: number, env: Record<string, string> = {}): Promise<{ all: Storage[]; url: string }> {
  const url = await server.createDatabase();
  const config = loadConfig({ DATABASE_URL: url, ...env });
  // All at once: migrations must serialise themselves.
  const all = await Promise.all(Array.from({ length: count }, () => openStorage(config, captureLogger())));
  return { all, url };
}

async function closeAll(all: Storage[]): Promise<void> {
  await Promise.all(all.map((s) => s.close()));
}

const NOW = new Date('2025-10-14T07:46:00Z');

async function plan() {
  const schedule = await scheduleOf(GENEVA_DIR);
  return planReminders({
    sessions: schedule.sessions,
    leads: parseLeadTimes('1d,15m'),
    channels: ['C1', 'C2', 'C3'],
    users: [],
    from: new Date('2025-10-01T00:00:00Z'),
  });
}

describe('PostgreSQL storage shared by several instances', () => {
  it('migrates once when three instances start together, and says which database it could not reach', async () => {
    const { all, url } = await instances(3);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT name FROM schema_migrations');
    await client.end();
    expect(rows.map((r) => r.name)).toEqual(['001-shared-state.sql', '002-session-follows.sql']);
    await Promise.all(all.map((s) => s.ping()));
    await closeAll(all);

    const unreachable = loadConfig({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none' });
    const error = await openStorage(unreachable, captureLogger()).catch((e: Error) => e);
    expect(String(error)).toMatch(/PostgreSQL 127\.0\.0\.1:1\/none/);
    expect(String(error)).not.toContain('secret');
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL, naming the setting', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/x' })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
  });

  it('lets exactly one of three instances claim each due reminder, even when all race for all of them', async () => {
    const { all } = await instances(3);
    const desired = await plan();
    // Every instance re-plans the same schedule at once, as their ticks would.
    const results = await Promise.all(all.map((s) => s.outbox.replan(desired, { from: new Date(0) }, NOW)));
    expect(results.flatMap((r) => r.inserted).sort()).toEqual(desired.map((d) => d.key).sort());
    const due = await all[0]!.outbox.due(NOW);
    expect(due.length).toBeGreaterThan(0);
    const wins = await Promise.all(
      all.flatMap((s, instance) =>
        due.map(async (r) => ((await s.outbox.claim(r.key, NOW)) ? { key: r.key, instance } : undefined)),
      ),
    );
    const won = wins.filter((w) => w !== undefined);
    expect(won.map((w) => w.key).sort()).toEqual(due.map((r) => r.key).sort());
    // Only the winner may record the outcome.
    const { key, instance } = won[0]!;
    const loser = all[(instance + 1) % 3]!;
    await expect(loser.outbox.markSent(key, { ts: '1.1', channelId: 'C1' }, NOW)).rejects.toThrow(/no longer holds/);
    await all[instance]!.outbox.markSent(key, { ts: '1.1', channelId: 'C1' }, NOW);
    expect((await loser.outbox.get(key))?.state).toBe('sent');
    await closeAll(all);
  });

  it('hands a reminder claimed by an instance that stopped answering to another once the claim lapses', async () => {
    const { all } = await instances(2, { REMINDER_CLAIM_SECONDS: '1' });
    const [dead, alive] = all as [Storage, Storage];
    const desired = (await plan()).slice(0, 1);
    await dead.outbox.replan(desired, { from: new Date(0) }, NOW);
    const key = desired[0]!.key;
    expect(await dead.outbox.claim(key, NOW)).toEqual({ previousAttempts: 0 });
    expect(await alive.outbox.claim(key, NOW)).toBeUndefined();
    expect((await alive.outbox.due(NOW)).map((r) => r.key)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await alive.outbox.due(NOW)).map((r) => r.key)).toEqual([key]);
    // The attempt before counts, so the new holder looks in Slack for a post before posting.
    expect(await alive.outbox.claim(key, NOW)).toEqual({ previousAttempts: 1 });
    await expect(dead.outbox.markSent(key, { ts: '1.1', channelId: 'C1' }, NOW)).rejects.toThrow(/no longer holds/);
    await closeAll(all);
  });

  it('lets one instance take each Slack event, and a redelivery take over one whose instance died', async () => {
    const { all } = await instances(3, { EVENT_CLAIM_SECONDS: '1' });
    const keys = Array.from({ length: 50 }, (_, i) => `C1:1700000000.${String(i).padStart(6, '0')}`);
    const taken = await Promise.all(
      all.flatMap((s) => keys.map(async (k) => ((await s.handledEvents.claim(k)) ? k : undefined))),
    );
    expect(taken.filter(Boolean).sort()).toEqual([...keys].sort());
    const [finished, abandoned] = keys as [string, string];
    const holder = (
      await Promise.all(all.map(async (s) => ((await s.handledEvents.claim(finished)) ? s : undefined)))
    ).find(Boolean);
    expect(holder).toBeUndefined();
    for (const s of all) await s.handledEvents.finish(finished);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    // A handled event stays handled; an abandoned claim lapses and goes to exactly one redelivery.
    expect(await Promise.all(all.map((s) => s.handledEvents.claim(finished)))).toEqual([false, false, false]);
    const retaken = await Promise.all(all.map((s) => s.handledEvents.claim(abandoned)));
    expect(retaken.filter(Boolean)).toHaveLength(1);
    await closeAll(all);
  });

  it('keeps a claim alive while its event is still being handled, and lets it lapse once nobody renews it', async () => {
    const { all } = await instances(2, { EVENT_CLAIM_SECONDS: '1' });
    const [slow, other] = all as [Storage, Storage];
    const key = 'C1:1700000001.000001';
    expect(await slow.handledEvents.claim(key)).toBe(true);
    const errors: unknown[] = [];
    const alive = slow.handledEvents.keepAlive?.(key, (error) => errors.push(error));
    expect(alive, 'the shared store renews its claims').toBeDefined();
    // Well past the claim's own second: the answer is still being written, so a redelivery is dropped.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await other.handledEvents.claim(key)).toBe(false);
    alive?.stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The holder stopped renewing without finishing, as a process that died would: a redelivery takes it over.
    expect(await other.handledEvents.claim(key)).toBe(true);
    // The slow holder, back at last, learns it lost the event before it replies; the new holder keeps it.
    expect(await slow.handledEvents.finish(key)).toBe(false);
    expect(await other.handledEvents.finish(key)).toBe(true);
    expect(await slow.handledEvents.claim(key)).toBe(false);
    expect(errors).toEqual([]);
    await closeAll(all);
  });

  it('keeps the sessions a person follows whichever instance took the click', async () => {
    const { all } = await instances(2);
    const [a, b] = all as [Storage, Storage];
    expect(await a.follows.follow('U1', 'meeting-1@2025-10-14T09:00')).toBe(true);
    expect(await b.follows.follow('U1', 'meeting-1@2025-10-14T09:00')).toBe(false);
    await b.follows.follow('U2', 'meeting-1@2025-10-15T14:00');
    expect(await b.follows.followedBy('U1')).toEqual(['meeting-1@2025-10-14T09:00']);
    expect(await b.follows.unfollow('U1', 'meeting-1@2025-10-14T09:00')).toBe(true);
    expect(await a.follows.all()).toEqual([{ userId: 'U2', sessionKey: 'meeting-1@2025-10-15T14:00' }]);
    await closeAll(all);
  });

  it('keeps preferences and every feedback click whichever instance took them', async () => {
    const { all, url } = await instances(2);
    const [a, b] = all as [Storage, Storage];
    await a.preferences.set('U1', { optedIn: true, leadMinutes: 30 });
    await b.preferences.set('U2', { optedIn: true });
    expect(await b.preferences.get('U1')).toEqual({ optedIn: true, leadMinutes: 30 });
    await expect(Promise.resolve(b.preferences.set('U3', { optedIn: true, leadMinutes: 0 }))).rejects.toThrow(
      RangeError,
    );
    expect((await a.preferences.optedInUsers()).map((u) => u.userId)).toEqual(['U1', 'U2']);
    const clicks = Array.from({ length: 40 }, (_, i) => ({
      at: new Date().toISOString(),
      vote: i % 2 ? ('up' as const) : ('down' as const),
      questionId: `C1:${i}.0`,
      userId: `U${i}`,
    }));
    await Promise.all(clicks.map((c, i) => (i % 2 ? a : b).feedback.append(c)));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT question_id FROM feedback');
    await client.end();
    expect(rows.map((r) => r.question_id).sort()).toEqual(clicks.map((c) => c.questionId).sort());
    await closeAll(all);
  });
});
