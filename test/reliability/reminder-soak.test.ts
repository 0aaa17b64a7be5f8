import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/synthetic-corpus.js';
import { projectRoot } from '../../src/config/env.js';
import { openReminderDatabase } from '../../src/reminders/database.js';
import { Outbox } from '../../src/reminders/outbox.js';
import { type SlackStandIn, startSlackStandIn } from '../e2e/slack-stand-in.js';
import { schedulerProcessEnv, tempDir } from '../reminders/helpers.js';

const SCRIPT = path.join(projectRoot, 'test/reliability/soak-scheduler.ts');
const CHANNELS = ['C1', 'C2'];
// The Geneva fixture: a two-day meeting on 14–15 October 2025 (Europe/Zurich). The soak starts before the
// first day digest (07:00 UTC on the 13th) and ends after the closing session (14:00 UTC on the 15th).
const FROM = '2025-10-13T06:00:00.000Z';
const UNTIL = '2025-10-15T15:00:00.000Z';
const RESTARTS = 100;

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

interface Run {
  child: ChildProcess;
  /** The last simulated time the child reported as fully handled. */
  last(): string;
  done(): boolean;
  started(): boolean;
  exited: Promise<number | null>;
}

function startRun(slack: SlackStandIn, dataDir: string, from: string, stepMinutes = 2, pauseAt = UNTIL): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: projectRoot,
    env: schedulerProcessEnv(slack.apiUrl, dataDir, CHANNELS, {
      LOG_LEVEL: 'error',
      REMINDER_GRACE_MINUTES: '30',
      SOAK_FROM: from,
      SOAK_UNTIL: UNTIL,
      SOAK_STEP_MINUTES: String(stepMinutes),
      SOAK_PAUSE_AT: pauseAt,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let last = from;
  let seen = false;
  let finished = false;
  let buffer = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    buffer += String(chunk);
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('now ')) {
        last = line.slice(4);
        seen = true;
      } else if (line === 'done') finished = true;
    }
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal === null) process.stderr.write(`soak-scheduler exited with ${code}:\n${stderr}\n`);
  });
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited;
  });
  return { child, last: () => last, done: () => finished, started: () => seen, exited };
}

function keyOf(message: { metadata?: unknown }): string | undefined {
  return (message.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key;
}

function tally(keys: Array<string | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key ?? '(no key)', (counts.get(key ?? '(no key)') ?? 0) + 1);
  return counts;
}

async function runToEnd(slack: SlackStandIn, dataDir: string, from: string): Promise<void> {
  const run = startRun(slack, dataDir, from);
  await slack.waitFor(() => run.done(), 60_000);
  expect(await run.exited).toBe(0);
}

describe('reminder soak: 100 SIGKILLs across a simulated two-day meeting', () => {
  it('sends every reminder exactly once, the same set as an uninterrupted run', async () => {
    // Reference: one run, never interrupted, against its own Slack.
    const reference = await startSlackStandIn();
    const referenceDir = tempDir();
    cleanup.push(() => reference.close(), referenceDir.remove);
    await runToEnd(reference, referenceDir.dir, FROM);
    const expected = CHANNELS.flatMap((c) => reference.messages(c)).map(keyOf);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect([...tally(expected).values()].every((n) => n === 1)).toBe(true);

    const slack = await startSlackStandIn();
    const soakDir = tempDir();
    cleanup.push(() => slack.close(), soakDir.remove);
    const seed = Number(process.env.SOAK_SEED ?? Date.now() % 100_000);
    const rand = seededRandom(seed);
    let from = FROM;
    let kills = 0;
    for (let i = 0; i < RESTARTS; i++) {
      // Each run may advance at most its share of the time left, so the 100 restarts spread over the whole
      // meeting; the step (1–5 simulated minutes) stays well under the 30-minute grace.
      const share = (Date.parse(UNTIL) - Date.parse(from)) / (RESTARTS - i);
      const step = Math.min(5, Math.max(1, Math.round(share / 60_000 / 10)));
      const pauseAt = new Date(Date.parse(from) + share).toISOString();
      const run = startRun(slack, soakDir.dir, from, step, pauseAt);
      // Half the kills land during start-up (recovery, first tick), half while it is stepping through the day.
      if (rand() < 0.5) {
        await new Promise((resolve) => setTimeout(resolve, 250 + rand() * 700));
      } else {
        await slack.waitFor(() => run.started() || run.child.exitCode !== null, 30_000);
        await new Promise((resolve) => setTimeout(resolve, rand() * 40));
      }
      run.child.kill('SIGKILL');
      await run.exited;
      kills += 1;
      from = run.last();
    }
    const postedBeforeFinalRun = CHANNELS.flatMap((c) => slack.messages(c)).length;
    await runToEnd(slack, soakDir.dir, from);

    const posted = CHANNELS.flatMap((c) => slack.messages(c)).map(keyOf);
    const counts = tally(posted);
    const postCalls = tally(slack.callsTo('chat.postMessage').map((c) => keyOf(c.args)));
    console.log(
      `Reminder soak (seed ${seed}): ${kills} SIGKILL restarts (the last at ${from}), ${counts.size} reminders each posted ` +
        `${[...new Set(counts.values())].join('/')} time(s), ${postedBeforeFinalRun} of them by killed runs; ` +
        `${slack.callsTo('conversations.history').length} history checks`,
    );
    expect(kills).toBe(RESTARTS);
    expect([...counts.keys()].sort()).toEqual([...new Set(expected)].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect([...postCalls.values()].every((n) => n === 1)).toBe(true);

    const db = openReminderDatabase(soakDir.dir);
    cleanup.push(() => db.close());
    const outbox = new Outbox(db);
    expect(
      outbox
        .list('sent')
        .map((r) => r.key)
        .sort(),
    ).toEqual([...counts.keys()].sort());
    expect(outbox.list('planned')).toEqual([]);
    expect(outbox.list('sending')).toEqual([]);
    expect(outbox.list('skipped')).toEqual([]);
  }, 120_000);
});
