import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/env.js';
import { openReminderDatabase } from '../../src/reminders/database.js';
import { Outbox } from '../../src/reminders/outbox.js';
import { type SlackStandIn, startSlackStandIn } from '../e2e/slack-stand-in.js';
import { schedulerProcessEnv, tempDir } from './helpers.js';

const SCRIPT = path.join(projectRoot, 'test/reminders/run-scheduler.ts');
const CHANNELS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];
// At 07:46 UTC on 14 October 2025, within a 60-minute grace: the digest for the 15th (due 07:00) and the
// plenary's 15-minute reminder (due 07:45), in each of six channels.
const EXPECTED_KEYS = CHANNELS.flatMap((c) => [
  `day:meeting-91@2025-10-15|1d|${c}`,
  `ics:plenary@geneva.example#2025-10-14T10:00:00|15m|${c}`,
]).sort();

let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function keyOf(message: { metadata?: unknown }): string | undefined {
  return (message.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key;
}

function count(keys: Array<string | undefined>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key ?? '(no key)'] = (counts[key ?? '(no key)'] ?? 0) + 1;
  return counts;
}

/** The scheduler as its own process: `node --import tsx`, so SIGKILL hits the process that holds the database. */
function startProcess(slack: SlackStandIn, dataDir: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: projectRoot,
    env: schedulerProcessEnv(slack.apiUrl, dataDir, CHANNELS, {
      NOW: '2025-10-14T07:46:00Z',
      LOG_LEVEL: 'info',
      REMINDER_GRACE_MINUTES: '60',
      REMINDER_TICK_MS: '200',
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited;
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal === null) process.stderr.write(`run-scheduler exited with ${code}:\n${stderr}\n`);
  });
  return { child, exited };
}

describe('the scheduler process, killed and restarted', () => {
  it('posts every reminder exactly once across SIGKILLs mid-post, mid-history-check and at a random point', async () => {
    const slack = await startSlackStandIn();
    const tmp = tempDir();
    cleanup.push(() => slack.close(), tmp.remove);

    // First run: Slack receives the first post but the process dies before the reply arrives.
    const release = slack.holdNext('chat.postMessage');
    const first = startProcess(slack, tmp.dir);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 1, 20_000);
    first.child.kill('SIGKILL');
    await first.exited;
    release();
    await slack.waitFor(() => slack.messages('C1').length === 1);

    // Second run: dies while it looks in C1 for the post it could not record.
    const releaseHistory = slack.holdNext('conversations.history');
    const second = startProcess(slack, tmp.dir);
    await slack.waitFor(() => slack.callsTo('conversations.history').length === 1, 20_000);
    second.child.kill('SIGKILL');
    await second.exited;
    releaseHistory();

    // Third run: killed wherever it happens to be once a few more posts went out.
    const third = startProcess(slack, tmp.dir);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 5, 20_000);
    third.child.kill('SIGKILL');
    await third.exited;

    // Fourth run: left to finish, then stopped politely.
    const fourth = startProcess(slack, tmp.dir);
    const allPosted = () => CHANNELS.flatMap((c) => slack.messages(c)).length >= EXPECTED_KEYS.length;
    await slack.waitFor(allPosted, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    fourth.child.kill('SIGTERM');
    expect(await fourth.exited).toBe(0);

    const posted = CHANNELS.flatMap((c) => slack.messages(c));
    expect(Object.keys(count(posted.map(keyOf))).sort()).toEqual(EXPECTED_KEYS);
    expect(Object.values(count(posted.map(keyOf))).every((n) => n === 1)).toBe(true);
    const calls = count(slack.callsTo('chat.postMessage').map((c) => keyOf(c.args)));
    expect(Object.values(calls).every((n) => n === 1)).toBe(true);
    // The held post was looked for in the channel's history, by the second run and again by the third.
    expect(slack.callsTo('conversations.history').length).toBeGreaterThanOrEqual(2);

    const db = openReminderDatabase(tmp.dir);
    cleanup.push(() => db.close());
    const sent = new Outbox(db).list('sent');
    expect(sent.map((r) => r.key).sort()).toEqual(EXPECTED_KEYS);
    for (const reminder of sent) {
      const message = posted.find((m) => keyOf(m) === reminder.key);
      expect(reminder.sentTs).toBe(message?.ts);
    }
  }, 90_000);
});
