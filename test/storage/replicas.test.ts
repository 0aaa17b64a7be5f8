import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { FEEDBACK_ACTION } from '../../src/slack/blocks.js';
import { openStorage, type Storage } from '../../src/storage/storage.js';
import { postSigned, type SlackStandIn, startSlackStandIn } from '../e2e/slack-stand-in.js';
import { freePort } from '../helpers/ports.js';
import { startTemporaryPostgres, type TemporaryPostgres } from '../helpers/postgres.js';
import { schedulerProcessEnv } from '../reminders/helpers.js';
import { SIGNING_SECRET, TEST_NOW } from '../slack/harness.js';

/**
 * Several instances of the bot on one PostgreSQL database, against one Slack stand-in: the real Bolt app over
 * signed HTTP, and the reminder scheduler as separate processes, one of them killed with SIGKILL mid-post.
 * What is counted is what Slack received: one answer per question, one post per reminder, every vote.
 */
let server: TemporaryPostgres;
let engine: Engine;
/** The engine's DATA_DIR, holding the index built from the bundled knowledge; bot processes start from a copy. */
let builtDataDir: string;
const cleanup: Array<() => unknown> = [];

beforeAll(async () => {
  server = await startTemporaryPostgres();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-replicas-'));
  builtDataDir = dataDir;
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  // The index is read-only and each instance would build the same one from the same folder; one copy in memory
  // keeps this test light. Everything the instances share goes through their own database connections.
  const config = loadConfig({ KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'), DATA_DIR: dataDir, NOW: TEST_NOW });
  engine = await createEngine({ config, logger: createLogger({ level: 'error', write: () => {} }) });
});

afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
  await engine?.close();
  await server?.stop();
});

interface Instance {
  app: SlackApp;
  storage: Storage;
  eventsUrl: string;
}

async function startInstances(count: number, slack: SlackStandIn, databaseUrl: string): Promise<Instance[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const config = loadConfig({
        KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
        DATA_DIR: await mkdtemp(path.join(tmpdir(), 'rapporteur-replica-')),
        NOW: TEST_NOW,
        SLACK_BOT_TOKEN: 'xoxb-stand-in-bot-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        DATABASE_URL: databaseUrl,
      });
      cleanup.push(() => rm(config.dataDir, { recursive: true, force: true }));
      const logger = createLogger({ level: 'error', write: () => {} });
      const storage = await openStorage(config, logger);
      const { preferences, feedback, handledEvents, follows } = storage;
      const app = createSlackApp({ config, engine, preferences, follows, feedback, handledEvents, logger });
      const { port } = await app.start();
      return { app, storage, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
    }),
  );
}

async function stopInstances(instances: Instance[]): Promise<void> {
  for (const i of instances) {
    await i.app.stop();
    await i.storage.close();
  }
}

const QUESTIONS = [
  'Who opened the tenth meeting?',
  'When is the next session?',
  'What is A/RES/68/4?',
  'Where was the twelfth meeting held?',
];

async function countRows(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each([
  { count: 2, questions: 40, redelivered: 10, clicks: 10 },
  { count: 3, questions: 200, redelivered: 50, clicks: 30 },
])('$count Slack app instances on one PostgreSQL database', ({ count, questions, redelivered, clicks }) => {
  it(`answers ${questions} concurrent questions once each, with ${redelivered} redelivered to another instance, and keeps every vote`, async () => {
    const slack = await startSlackStandIn();
    const databaseUrl = await server.createDatabase();
    const instances = await startInstances(count, slack, databaseUrl);
    try {
      const deliver = (instance: number, body: string, retry?: number) =>
        postSigned(instances[instance % count]!.eventsUrl, body, {
          signingSecret: SIGNING_SECRET,
          ...(retry ? { headers: { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } } : {}),
        });
      const asked = Array.from({ length: questions }, (_, i) => {
        const channel = `${i % 2 ? 'D' : 'C'}REPLICA${i}`;
        const question = QUESTIONS[i % QUESTIONS.length]!;
        const user = `UREPLICA${i}`;
        if (i % 2) return { channel, body: JSON.stringify(slack.dmEvent(channel, question, { user })) };
        const text = `<@${slack.botUserId}> ${question}`;
        const message = slack.addMessage(channel, { user, text });
        const event = { type: 'app_mention', channel, user, text, ts: message.ts };
        return { channel, body: JSON.stringify(slack.eventPayload(event)) };
      });
      // Each question reaches one instance; the first ones reach another one too, as Slack's retry after a
      // slow ack would, at the same moment.
      const responses = await Promise.all([
        ...asked.map((q, i) => deliver(i, q.body)),
        ...asked.slice(0, redelivered).map((q, i) => deliver(i + 1, q.body, 1)),
      ]);
      expect(responses.every((r) => r.status === 200)).toBe(true);
      const answersIn = (channel: string) =>
        slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
      await slack.waitFor(() => asked.every((q) => answersIn(q.channel).length > 0), 120_000);

      const mentions = asked.filter((q) => q.channel.startsWith('C')).slice(0, clicks);
      await Promise.all(
        mentions.map((q, i) => {
          const answer = slack.botReplies(q.channel)[0]!;
          const click = slack.blockActionPayload({
            element: 'feedback_buttons',
            action_id: FEEDBACK_ACTION,
            value: `up:${q.channel}:${answer.thread_ts ?? answer.ts}`,
            channel_id: q.channel,
            message_ts: answer.ts,
          });
          return postSigned(
            instances[i % count]!.eventsUrl,
            new URLSearchParams({ payload: JSON.stringify(click) }).toString(),
            {
              signingSecret: SIGNING_SECRET,
              contentType: 'application/x-www-form-urlencoded',
            },
          );
        }),
      );
      await until(async () => (await countRows(databaseUrl, 'SELECT count(*) AS n FROM feedback')) === mentions.length);
      // A late duplicate would follow its first answer: one more question through every instance before counting.
      const sentinel = 'DREPLICASENTINEL';
      await deliver(0, JSON.stringify(slack.dmEvent(sentinel, QUESTIONS[0]!, { user: 'USENTINEL' })));
      await slack.waitFor(() => answersIn(sentinel).length > 0, 20_000);

      for (const q of asked) expect(answersIn(q.channel), `answers in ${q.channel}`).toHaveLength(1);
      expect(await countRows(databaseUrl, 'SELECT count(*) AS n FROM feedback')).toBe(mentions.length);
      expect(
        await countRows(databaseUrl, 'SELECT count(*) AS n FROM handled_events WHERE finished_at IS NOT NULL'),
      ).toBe(questions + 1);
    } finally {
      await stopInstances(instances);
      await slack.close();
    }
  }, 180_000);
});

const SCRIPT = path.join(projectRoot, 'test/reminders/run-scheduler.ts');
const CHANNELS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'];
const USERS = ['U1', 'U2', 'U3', 'U4'];

/** The reminder scheduler as its own process on the shared database, so SIGKILL stops it mid-claim. */
function startScheduler(slack: SlackStandIn, databaseUrl: string, dataDir: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: projectRoot,
    env: schedulerProcessEnv(slack.apiUrl, dataDir, CHANNELS, {
      DATABASE_URL: databaseUrl,
      // After the two-day meeting of the Geneva fixture, with a grace that still covers all of it: every
      // reminder of both days is due at once, so the instances race for all of them.
      NOW: '2025-10-15T15:00:00Z',
      REMINDER_GRACE_MINUTES: String(4 * 24 * 60),
      REMINDER_CLAIM_SECONDS: '2',
      REMINDER_TICK_MS: '100',
      LOG_LEVEL: 'error',
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.resume();
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

describe('three reminder schedulers on one PostgreSQL database', () => {
  it('posts every reminder of a two-day meeting exactly once when the instance holding a post is killed with SIGKILL', async () => {
    const slack = await startSlackStandIn();
    cleanup.push(() => slack.close());
    const databaseUrl = await server.createDatabase();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-schedulers-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const setup = await openStorage(loadConfig({ DATABASE_URL: databaseUrl }), createLogger({ level: 'error' }));
    for (const user of USERS) await setup.preferences.set(user, { optedIn: true });

    // The first post reaches Slack but its reply is held: the instance that sent it holds its claim, unrecorded.
    const release = slack.holdNext('chat.postMessage');
    const children = [0, 1, 2].map(() => startScheduler(slack, databaseUrl, dataDir));
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1, 30_000);
    const holder = await until(async () => {
      const sending = (await setup.outbox.list('sending'))[0];
      return sending !== undefined;
    }).then(async () => (await setup.outbox.list('sending'))[0]!);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const claimedBy = (
      await client.query<{ claimed_by: string }>('SELECT claimed_by FROM reminders WHERE key = $1', [holder.key])
    ).rows[0]!.claimed_by;
    await client.end();
    const pid = Number(claimedBy.split(':')[1]);
    const victim = children.find((c) => c.pid === pid);
    expect(victim, `the process ${pid} holding ${holder.key}`).toBeDefined();
    const exited = new Promise((resolve) => victim!.once('exit', resolve));
    victim!.kill('SIGKILL');
    await exited;
    release();

    const planned = async () => (await setup.outbox.list()).filter((r) => r.state !== 'sent');
    await until(async () => (await setup.outbox.list()).length > 0 && (await planned()).length === 0, 60_000);
    const reminders = await setup.outbox.list();
    // Both days' digests and the four scheduled sessions' 15-minute reminders, to each channel and person.
    expect(reminders).toHaveLength((CHANNELS.length + USERS.length) * 6);
    const posts = slack
      .callsTo('chat.postMessage')
      .map((c) => (c.args.metadata as { event_payload?: { key?: string } })?.event_payload?.key);
    const perKey = new Map<string, number>();
    for (const key of posts) perKey.set(key ?? '(none)', (perKey.get(key ?? '(none)') ?? 0) + 1);
    expect([...perKey.keys()].sort()).toEqual(reminders.map((r) => r.key).sort());
    expect([...perKey.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    // The killed instance's reminder was finished by another, which found the post in Slack rather than posting again.
    expect((await setup.outbox.get(holder.key))?.attempts).toBe(2);
    for (const child of children) if (child !== victim) child.kill('SIGTERM');
    await setup.close();
  }, 120_000);
});

/** `npm start` in HTTP mode on `port`, on the shared database; nothing leaks in from the developer's shell. */
function startBot(env: Record<string, string>): ChildProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|OPENAI_|NOW$|PORT$|DATABASE_URL$|HEALTH_PORT$)/.test(k)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/start.ts')], {
    cwd: projectRoot,
    env: { ...clean, LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.resume();
  cleanup.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

describe('three `npm start` processes on one PostgreSQL database, one killed with SIGKILL midway', () => {
  it('answers 200 questions (50 redelivered) and posts a two-day meeting’s reminders, each exactly once', async () => {
    const slack = await startSlackStandIn();
    cleanup.push(() => slack.close());
    const databaseUrl = await server.createDatabase();
    const setup = await openStorage(loadConfig({ DATABASE_URL: databaseUrl }), createLogger({ level: 'error' }));
    for (const user of USERS) await setup.preferences.set(user, { optedIn: true });
    const ports = await Promise.all([0, 1, 2].map(() => freePort()));
    // The first post is a reminder (questions wait for every instance to be ready); its reply is held, so one
    // instance holds a claim it has not recorded when it is killed.
    const release = slack.holdNext('chat.postMessage');
    const bots = await Promise.all(
      ports.map(async (port) => {
        // Its own DATA_DIR, as each instance has, holding the index the same folder always builds.
        const dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-bot-'));
        cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
        await cp(builtDataDir, dataDir, { recursive: true });
        return startBot({
          KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
          DATA_DIR: dataDir,
          // During the second day of the sixteenth meeting (15–16 February 2018), with a grace that covers both
          // days: all its reminders are due.
          NOW: '2018-02-16T15:30:00Z',
          SLACK_BOT_TOKEN: 'xoxb-replica-token',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: slack.apiUrl,
          PORT: String(port),
          DATABASE_URL: databaseUrl,
          REMINDER_CHANNELS: CHANNELS.join(','),
          REMINDER_GRACE_MINUTES: String(4 * 24 * 60),
          REMINDER_CLAIM_SECONDS: '2',
          EVENT_CLAIM_SECONDS: '2',
        });
      }),
    );
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);
    for (const url of urls) {
      await until(async () => (await fetch(`${url}/readyz`).catch(() => undefined))?.status === 200, 90_000);
    }

    // Slack delivers to any instance; when one does not answer, it delivers again, to another.
    const live = new Set([0, 1, 2]);
    const deliver = async (first: number, body: string, retry = 0): Promise<void> => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const target = (first + attempt) % 3;
        const retryNum = retry + attempt;
        try {
          const response = await postSigned(`${urls[target]}/slack/events`, body, {
            signingSecret: SIGNING_SECRET,
            ...(retryNum
              ? { headers: { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_error' } }
              : {}),
          });
          if (response.status === 200) return;
        } catch {
          // Connection refused: that instance is gone.
        }
      }
      throw new Error('No instance took the event');
    };
    const question = (i: number) => {
      const channel = `DBOTS${i}`;
      return {
        channel,
        body: JSON.stringify(slack.dmEvent(channel, QUESTIONS[i % QUESTIONS.length]!, { user: `UBOTS${i}` })),
      };
    };
    const answersIn = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
    const batch = async (from: number) => {
      const asked = Array.from({ length: 100 }, (_, i) => question(from + i));
      await Promise.all([
        ...asked.map((q, i) => deliver(i, q.body)),
        ...asked.slice(0, 25).map((q, i) => deliver(i + 1, q.body, 1)),
      ]);
      await slack.waitFor(() => asked.every((q) => answersIn(q.channel).length > 0), 60_000);
      return asked;
    };

    const before = await batch(0);
    const sending = await until(async () => (await setup.outbox.list('sending')).length > 0, 30_000).then(
      async () => (await setup.outbox.list('sending'))[0]!,
    );
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ claimed_by: string }>('SELECT claimed_by FROM reminders WHERE key = $1', [
      sending.key,
    ]);
    await client.end();
    const victim = bots.findIndex((b) => b.pid === Number(rows[0]?.claimed_by.split(':')[1]));
    expect(victim, `the instance holding ${sending.key}`).toBeGreaterThanOrEqual(0);
    const exited = new Promise((resolve) => bots[victim]!.once('exit', resolve));
    bots[victim]!.kill('SIGKILL');
    await exited;
    live.delete(victim);
    release();
    const after = await batch(100);

    await until(async () => {
      const all = await setup.outbox.list();
      return all.length > 0 && all.every((r) => r.state === 'sent');
    }, 60_000);
    const sentinel = question(999);
    await deliver([...live][0]!, sentinel.body);
    await slack.waitFor(() => answersIn(sentinel.channel).length > 0, 20_000);

    for (const q of [...before, ...after]) expect(answersIn(q.channel), `answers in ${q.channel}`).toHaveLength(1);
    const reminders = await setup.outbox.list();
    // Two day digests and three sessions' 15-minute reminders, to six channels and four people.
    expect(reminders).toHaveLength((CHANNELS.length + USERS.length) * 5);
    const perKey = new Map<string, number>();
    for (const call of slack.callsTo('chat.postMessage')) {
      const key = (call.args.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key;
      if (key) perKey.set(key, (perKey.get(key) ?? 0) + 1);
    }
    expect([...perKey.keys()].sort()).toEqual(reminders.map((r) => r.key).sort());
    expect([...perKey.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    for (const [i, bot] of bots.entries()) if (i !== victim) bot.kill('SIGTERM');
    await setup.close();
  }, 180_000);
});
