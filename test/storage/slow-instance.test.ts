import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import { openStorage, type Storage } from '../../src/storage/storage.js';
import type { HandledEventStore } from '../../src/storage/types.js';
import { postSigned, type SlackStandIn, startSlackStandIn } from '../e2e/slack-stand-in.js';
import { startTemporaryPostgres, type TemporaryPostgres } from '../helpers/postgres.js';
import { SIGNING_SECRET, TEST_NOW } from '../slack/harness.js';
import { MemorySessionFollows } from '../slack/memory-follows.js';
import { MemoryReminderPreferences } from '../slack/memory-preferences.js';

const PERSON = 'UPERSON';
const cleanup: Array<() => Promise<unknown> | unknown> = [];
let server: TemporaryPostgres;
let engine: Engine;
let slack: SlackStandIn;
let dataDir: string;

beforeAll(async () => {
  server = await startTemporaryPostgres();
  slack = await startSlackStandIn();
  dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-slow-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'), DATA_DIR: dataDir, NOW: TEST_NOW });
  engine = await createEngine({ config, logger: createLogger({ level: 'error' }) });
}, 120_000);

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  await engine?.close();
  await slack?.close();
  await server?.stop();
});

/** One Slack app instance on the shared database, with the log lines it writes. */
async function instance(databaseUrl: string, handled: (store: HandledEventStore) => HandledEventStore) {
  const config = loadConfig({
    KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
    DATA_DIR: dataDir,
    NOW: TEST_NOW,
    SLACK_BOT_TOKEN: 'xoxb-stand-in-bot-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    DATABASE_URL: databaseUrl,
    EVENT_CLAIM_SECONDS: '1',
  });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const storage: Storage = await openStorage(config, logger);
  const app: SlackApp = createSlackApp({
    config,
    engine,
    preferences: new MemoryReminderPreferences(),
    follows: new MemorySessionFollows(),
    logger,
    handledEvents: handled(storage.handledEvents),
  });
  const { port } = await app.start();
  cleanup.push(async () => {
    await app.stop();
    await storage.close();
  });
  return { url: `http://127.0.0.1:${port}/slack/events`, logs };
}

describe('an instance too busy to renew its claim on a Slack event', () => {
  it('leaves the reply to the instance that took the event over, so the person gets one answer', async () => {
    const databaseUrl = await server.createDatabase();
    // Renewal runs on a timer, which a process busy answering other questions can miss: this one never renews.
    const busy = await instance(databaseUrl, (store) => ({
      claim: (key) => store.claim(key),
      finish: (key) => store.finish(key),
    }));
    const other = await instance(databaseUrl, (store) => store);

    const channel = 'CSLOW';
    const opening = slack.addMessage(channel, { user: PERSON, text: 'Looking at the tenth meeting.' });
    const text = `<@${slack.botUserId}> Who opened the tenth meeting?`;
    const message = slack.addMessage(channel, { user: PERSON, text, thread_ts: opening.ts });
    const body = JSON.stringify(
      slack.eventPayload({ type: 'app_mention', channel, user: PERSON, text, ts: message.ts, thread_ts: opening.ts }),
    );
    const threadReads = () => slack.callsTo('conversations.replies').filter((c) => c.args.channel === channel);
    // The busy instance takes the event and stalls reading the thread, past its claim's one second.
    const release = slack.holdNext('conversations.replies');
    expect((await postSigned(busy.url, body, { signingSecret: SIGNING_SECRET })).status).toBe(200);
    await slack.waitFor(() => threadReads().length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    // Slack heard nothing in time and redelivers to the other instance, which takes the lapsed claim and answers.
    const retry = await postSigned(other.url, body, {
      signingSecret: SIGNING_SECRET,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    const replies = () => slack.botReplies(channel);
    await slack.waitFor(() => replies().length > 0, 20_000);

    release();
    await slack.waitFor(() => busy.logs.some((line) => line.includes('took') && line.includes(message.ts)), 20_000);
    expect(replies()).toHaveLength(1);
    expect(replies()[0]?.thread_ts).toBe(opening.ts);
    expect(replies()[0]?.text).toContain('Bela Hovy');
    expect(busy.logs.join('\n')).not.toMatch(/error/i);
  }, 60_000);
});
