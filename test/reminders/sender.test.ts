import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/config/clock.js';
import type { Schedule } from '../../src/knowledge/schedule.js';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { createReminderClient, type SendStep } from '../../src/reminders/sender.js';
import { type SlackStandIn, type StoredMessage, startSlackStandIn } from '../e2e/slack-stand-in.js';
import {
  BUNDLED_DIR,
  type CapturedLogger,
  captureLogger,
  editSessions,
  GENEVA_DIR,
  openStores,
  type Stores,
  scheduleOf,
  tempDir,
  testConfig,
} from './helpers.js';

class SimulatedCrash extends Error {}

interface Harness {
  slack: SlackStandIn;
  clock: ManualClock;
  logger: CapturedLogger;
  stores: Stores;
  scheduler: ReminderScheduler;
  /** Plays a process that stops dead and starts again on the same database and the same Slack. */
  restart(options?: { crashAt?: SendStep; schedule?: () => Schedule }): Promise<void>;
}

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function harness(options: {
  now: string;
  schedule: () => Schedule;
  env?: Record<string, string>;
  rehearsal?: { meetingNumber: number; inMinutes?: number };
  crashAt?: SendStep;
}): Promise<Harness> {
  const slack = await startSlackStandIn();
  const tmp = tempDir();
  const clock = new ManualClock(options.now);
  const logger = captureLogger();
  const config = testConfig(options.env);
  const client = createReminderClient('xoxb-test-token', slack.apiUrl);
  const build = (stores: Stores, crashAt: SendStep | undefined, schedule: () => Schedule) =>
    new ReminderScheduler({
      schedule,
      client,
      outbox: stores.outbox,
      preferences: stores.preferences,
      config,
      clock,
      logger,
      rehearsal: options.rehearsal,
      intervalMs: 3_600_000,
      onStep: (step) => {
        if (step === crashAt) throw new SimulatedCrash(`crash after ${step}`);
      },
    });
  const h: Harness = {
    slack,
    clock,
    logger,
    stores: openStores(tmp.dir),
    scheduler: undefined as unknown as ReminderScheduler,
    async restart(next = {}) {
      await h.scheduler.stop();
      h.stores.close();
      h.stores = openStores(tmp.dir);
      h.scheduler = build(h.stores, next.crashAt, next.schedule ?? options.schedule);
      await h.scheduler.start();
      await h.scheduler.stop();
    },
  };
  h.scheduler = build(h.stores, options.crashAt, options.schedule);
  cleanup.push(
    () => slack.close(),
    tmp.remove,
    () => h.stores.close(),
    () => h.scheduler.stop(),
  );
  return h;
}

function keyOf(message: { metadata?: unknown }): string | undefined {
  return (message.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key;
}

/** chat.postMessage calls per reminder key, as Slack saw them. */
function postsPerKey(slack: SlackStandIn): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of slack.callsTo('chat.postMessage')) {
    const key = keyOf(call.args) ?? '(no key)';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function header(message: StoredMessage): string {
  const [first] = (message.blocks ?? []) as Array<{ text?: { text?: string } }>;
  return first?.text?.text ?? '';
}

/**
 * Moves the clock to each moment something is due (or due for a retry) up to `until`, ticking there, as the
 * running scheduler would on its 30-second beat; returns what went out when.
 */
async function runUntil(h: Harness, until: string): Promise<Array<[string, string[]]>> {
  const end = new Date(until).getTime();
  const sent: Array<[string, string[]]> = [];
  for (;;) {
    const now = h.clock.now().getTime();
    const next = h.stores.outbox
      .list('planned')
      .map((r) => Math.max(r.dueAt.getTime(), r.nextAttemptAt?.getTime() ?? 0))
      .filter((t) => t > now);
    const at = Math.min(end, ...next);
    h.clock.set(new Date(at));
    const { send } = await h.scheduler.tick();
    if (send.sent.length > 0) sent.push([h.clock.now().toISOString(), send.sent]);
    if (at >= end) return sent;
  }
}

describe('sending reminders to Slack', () => {
  it('posts exactly the messages of a rehearsed two-day meeting, each once, at its time', async () => {
    const schedule = await scheduleOf(BUNDLED_DIR);
    const h = await harness({
      now: '2025-06-02T14:02:00Z',
      schedule: () => schedule,
      rehearsal: { meetingNumber: 2 },
      env: { REMINDER_CHANNELS: 'C1' },
    });
    await h.scheduler.start();
    await h.scheduler.stop();
    const later = await runUntil(h, '2025-06-04T00:00:00Z');
    expect(later).toEqual([
      ['2025-06-02T18:52:00.000Z', ['rehearsal:meeting-2@2003-10-15T15:00|15m|C1']],
      ['2025-06-03T13:52:00.000Z', ['rehearsal:meeting-2@2003-10-16T10:00|15m|C1']],
      ['2025-06-03T18:52:00.000Z', ['rehearsal:meeting-2@2003-10-16T15:00|15m|C1']],
    ]);
    const messages = h.slack.messages('C1');
    expect(messages.map(header)).toEqual([
      'Reminder: Second Coordination Meeting on International Migration on Monday, 2 June 2025 (rehearsal)',
      'Reminder: Second Coordination Meeting on International Migration on Tuesday, 3 June 2025 (rehearsal)',
      'Reminder: Morning session of Second Coordination Meeting on International Migration (rehearsal)',
      'Reminder: Afternoon session of Second Coordination Meeting on International Migration (rehearsal)',
      'Reminder: Morning session of Second Coordination Meeting on International Migration (rehearsal)',
      'Reminder: Afternoon session of Second Coordination Meeting on International Migration (rehearsal)',
    ]);
    expect(messages.map((m) => m.text)).toContain(
      'Reminder: Morning session of Second Coordination Meeting on International Migration (rehearsal): Monday, 2 June 2025, 10:07 (New York time, EDT)',
    );
    expect(Object.values(postsPerKey(h.slack))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(h.stores.outbox.list().every((r) => r.state === 'sent')).toBe(true);
  });

  for (const crashAt of ['claimed', 'posted', 'recorded'] as const) {
    it(`sends each reminder exactly once when the process stops right after "${crashAt}"`, async () => {
      const schedule = await scheduleOf(GENEVA_DIR);
      const h = await harness({
        now: '2025-10-14T07:45:00Z',
        schedule: () => schedule,
        env: { REMINDER_CHANNELS: 'C1,C2' },
        crashAt,
      });
      await expect(h.scheduler.tick()).rejects.toThrow(SimulatedCrash);
      h.clock.advance(30_000);
      await h.restart();

      const keys = [
        'ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1',
        'ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C2',
      ];
      expect(postsPerKey(h.slack)).toEqual({ [keys[0] as string]: 1, [keys[1] as string]: 1 });
      expect(h.slack.messages('C1').map(keyOf)).toEqual([keys[0]]);
      expect(h.slack.messages('C2').map(keyOf)).toEqual([keys[1]]);
      expect(h.stores.outbox.list('sent').map((r) => r.key)).toEqual(keys);
      // Only a send that may have reached Slack is checked against the channel's history.
      const checked = h.slack.callsTo('conversations.history').map((c) => c.args.channel);
      expect(checked).toEqual(crashAt === 'recorded' ? [] : ['C1']);
      if (crashAt === 'posted') {
        expect(h.logger.lines.join('\n')).toMatch(/already posted .*recorded it as sent/);
      }
    });
  }

  it('after downtime sends what is less than the grace window late and skips, with a log line, what is older', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const h = await harness({ now: '2025-10-14T06:00:00Z', schedule: () => schedule });
    await h.scheduler.tick();
    h.clock.set('2025-10-14T07:52:00Z');
    await h.restart();
    expect(h.slack.messages('C1').map(keyOf)).toEqual(['ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1']);
    expect(h.stores.outbox.get('day:meeting-91@2025-10-15|1d|C1')?.state).toBe('skipped');
    expect(h.logger.lines.join('\n')).toContain(
      'Skipped reminder day:meeting-91@2025-10-15|1d|C1: due 2025-10-14T07:00:00.000Z, 52 min ago, past the 10-minute grace window',
    );
  });

  it('honours Retry-After on a 429 and posts once afterwards', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const h = await harness({ now: '2025-10-14T07:45:00Z', schedule: () => schedule });
    h.slack.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '40' },
      body: { ok: false, error: 'ratelimited' },
    });
    expect((await h.scheduler.tick()).send.failed).toHaveLength(1);
    expect(h.logger.lines.join('\n')).toMatch(
      /Slack chat.postMessage failed for reminder ics:plenary@geneva.example#2025-10-14T10:00:00\|15m\|C1 in C1/,
    );
    h.clock.advance(30_000);
    expect((await h.scheduler.tick()).send.sent).toEqual([]);
    h.clock.advance(10_000);
    expect((await h.scheduler.tick()).send.sent).toHaveLength(1);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(2);
    expect(h.slack.messages('C1')).toHaveLength(1);
  });

  it('after a server error looks in the channel first, then posts once', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const h = await harness({ now: '2025-10-14T07:45:00Z', schedule: () => schedule });
    h.slack.failNext('chat.postMessage', { status: 503, body: 'upstream unavailable' });
    expect((await h.scheduler.tick()).send.failed).toHaveLength(1);
    h.clock.advance(15_000);
    expect((await h.scheduler.tick()).send.sent).toHaveLength(1);
    expect(h.slack.calls.map((c) => c.method)).toEqual([
      'chat.postMessage',
      'conversations.history',
      'chat.postMessage',
    ]);
    expect(h.slack.messages('C1')).toHaveLength(1);
  });

  it('gives up once the grace window has passed, logging the last Slack error', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const h = await harness({ now: '2025-10-14T07:45:00Z', schedule: () => schedule });
    for (let i = 0; i < 50; i++) {
      h.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    }
    await h.scheduler.tick();
    await runUntil(h, '2025-10-14T07:56:00Z');
    const reminder = h.stores.outbox.get('ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1');
    expect(reminder?.state).toBe('skipped');
    expect(reminder?.lastError).toMatch(/past the 10-minute grace window; last error: .*not_in_channel/);
    expect(h.slack.messages('C1')).toEqual([]);
  });

  it('sends nothing for a cancelled session, whether cancelled in the calendar or after planning', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    let current = schedule;
    const h = await harness({ now: '2025-10-14T00:00:00Z', schedule: () => current });
    await h.scheduler.tick();
    current = editSessions(schedule, (s) => (s.title === 'Closing session' ? { ...s, status: 'cancelled' } : s));
    const sent = await runUntil(h, '2025-10-16T00:00:00Z');
    expect(sent.flatMap(([, keys]) => keys)).toEqual([
      'day:meeting-91@2025-10-15|1d|C1',
      'ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1',
      'ics:working-group@geneva.example#2025-10-14T15:00:00|15m|C1',
      'ics:plenary@geneva.example#2025-10-15T10:00:00|15m|C1',
    ]);
    expect(h.stores.outbox.get('ics:closing@geneva.example|15m|C1')?.state).toBe('cancelled');
    expect(h.logger.lines.join('\n')).toContain('Reminder ics:closing@geneva.example|15m|C1 cancelled');
    const dayTwo = h.slack.messages('C1').find((m) => keyOf(m) === 'day:meeting-91@2025-10-15|1d|C1');
    expect(dayTwo?.text).toContain('Plenary at 10:00 (Zurich time');
  });

  it('re-plans a moved calendar session: one reminder at the new time, none at the old', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    let current = schedule;
    const h = await harness({ now: '2025-10-15T12:00:00Z', schedule: () => current });
    await h.scheduler.tick();
    current = editSessions(schedule, (s) =>
      s.title === 'Closing session' ? { ...s, start: new Date('2025-10-15T15:00:00Z') } : s,
    );
    const sent = await runUntil(h, '2025-10-15T16:00:00Z');
    expect(sent).toEqual([['2025-10-15T14:45:00.000Z', ['ics:closing@geneva.example|15m|C1']]]);
    expect(h.slack.messages('C1')).toHaveLength(1);
  });

  it('re-plans a moved record session, whose key changes with its time: one reminder, at the new time', async () => {
    const schedule = await scheduleOf(BUNDLED_DIR);
    let current = schedule;
    const h = await harness({ now: '2003-10-15T17:00:00Z', schedule: () => current });
    await h.scheduler.tick();
    current = editSessions(schedule, (s) =>
      s.key === 'meeting-2@2003-10-15T15:00'
        ? { ...s, key: 'meeting-2@2003-10-15T16:00', start: new Date('2003-10-15T20:00:00Z') }
        : s,
    );
    const sent = await runUntil(h, '2003-10-15T21:00:00Z');
    expect(sent).toEqual([['2003-10-15T19:45:00.000Z', ['meeting-2@2003-10-15T16:00|15m|C1']]]);
    expect(h.stores.outbox.get('meeting-2@2003-10-15T15:00|15m|C1')?.state).toBe('cancelled');
  });

  it('sends opted-in people their reminder by direct message with their own lead', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const h = await harness({ now: '2025-10-14T07:29:00Z', schedule: () => schedule, env: { REMINDER_CHANNELS: '' } });
    h.stores.preferences.set('U1', { optedIn: true, leadMinutes: 30 });
    await runUntil(h, '2025-10-14T07:31:00Z');
    expect(h.slack.messages('U1').map(keyOf)).toEqual(['ics:plenary@geneva.example#2025-10-14T10:00:00|30m|U1']);
    h.stores.preferences.set('U1', { optedIn: false });
    await runUntil(h, '2025-10-15T18:00:00Z');
    expect(h.slack.messages('U1')).toHaveLength(1);
  });

  it('resumes a rehearsal after a restart without moving it or repeating a message, and starts afresh once it is over', async () => {
    const schedule = await scheduleOf(BUNDLED_DIR);
    const h = await harness({
      now: '2025-06-02T14:02:00Z',
      schedule: () => schedule,
      rehearsal: { meetingNumber: 2, inMinutes: 5 },
    });
    await h.scheduler.start();
    await h.scheduler.stop();
    expect(h.slack.messages('C1')).toHaveLength(3);
    h.clock.set('2025-06-02T14:30:00Z');
    await h.restart();
    expect(h.logger.lines.join('\n')).toContain(
      'Resuming the rehearsal of meeting 2: first session at 2025-06-02T14:07:00.000Z',
    );
    expect(h.slack.messages('C1')).toHaveLength(3);
    h.clock.set('2025-06-05T14:00:00Z');
    await h.restart();
    expect(h.logger.lines.join('\n')).toContain(
      'Starting the rehearsal of meeting 2: first session at 2025-06-05T14:05:00.000Z',
    );
    expect(h.slack.messages('C1')).toHaveLength(6);
  });

  it('runs by itself every interval once started, and stops cleanly', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const slack = await startSlackStandIn();
    const tmp = tempDir();
    const stores = openStores(tmp.dir);
    const clock = new ManualClock('2025-10-14T07:40:00Z');
    const scheduler = new ReminderScheduler({
      schedule: () => schedule,
      client: createReminderClient('xoxb-test-token', slack.apiUrl),
      outbox: stores.outbox,
      preferences: stores.preferences,
      config: testConfig(),
      clock,
      logger: captureLogger(),
      intervalMs: 10,
    });
    cleanup.push(
      () => slack.close(),
      tmp.remove,
      () => stores.close(),
    );
    await scheduler.start();
    expect(slack.messages('C1')).toEqual([]);
    clock.set('2025-10-14T07:45:00Z');
    await slack.waitFor(() => slack.messages('C1').length === 1);
    await scheduler.stop();
    const calls = slack.calls.length;
    clock.set('2025-10-14T12:45:00Z');
    await new Promise((r) => setTimeout(r, 50));
    expect(slack.calls.length).toBe(calls);
  });
});
