import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postSigned, startSlackStandIn } from '../../test/e2e/slack-stand-in.js';
import { startTemporaryPostgres } from '../../test/helpers/postgres.js';
import { SIGNING_SECRET, TEST_NOW } from '../../test/slack/harness.js';
import { createEngine } from '../answer/engine.js';
import { loadConfig, projectRoot } from '../config/env.js';
import { percentile } from '../evaluation/scoring.js';
import { createLogger } from '../logging/logger.js';
import { createSlackApp, type SlackApp } from '../slack/app.js';
import { openSqliteStorage, openStorage, type Storage } from '../storage/storage.js';

/**
 * What shared state costs a question: a DM over signed HTTP to the real Bolt app, timed to its answer's
 * chat.postMessage at the Slack stand-in, with the state on SQLite, on PostgreSQL (a throwaway local server), and
 * on PostgreSQL shared by three instances taking the questions in turn. The engine is the same in all three.
 */
export interface StorageLatencyFigures {
  setup: string;
  runs: number;
  p50: number;
  p95: number;
}

const WARM_UP = 5;
/** Each question twice: fifty runs put the p95 on the third-slowest, not the slowest two. */
const ROUNDS = 2;

export async function measureStorageLatency(questions: string[]): Promise<StorageLatencyFigures[]> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-bench-storage-'));
  const logger = createLogger({ level: 'error', write: () => {} });
  const slack = await startSlackStandIn();
  const postgres = await startTemporaryPostgres();
  const base = {
    KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
    DATA_DIR: dataDir,
    NOW: TEST_NOW,
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
  };
  const engine = await createEngine({ config: loadConfig(base), logger });
  const config = loadConfig(base);
  const setups: Array<{ name: string; stores: Storage[]; urls: string[]; times: number[]; apps: SlackApp[] }> = [];
  const start = async (name: string, stores: Storage[]) => {
    const apps = stores.map((storage) =>
      createSlackApp({
        config,
        engine,
        logger,
        preferences: storage.preferences,
        follows: storage.follows,
        feedback: storage.feedback,
        handledEvents: storage.handledEvents,
      }),
    );
    const urls = await Promise.all(
      apps.map(async (app) => `http://127.0.0.1:${(await app.start()).port}/slack/events`),
    );
    setups.push({ name, stores, urls, apps, times: [] });
  };
  try {
    const shared = loadConfig({ ...base, DATABASE_URL: await postgres.createDatabase() });
    await start('1 instance, SQLite', [openSqliteStorage(dataDir)]);
    await start('1 instance, PostgreSQL', [await openStorage(shared, logger)]);
    await start('3 instances, one PostgreSQL', await Promise.all([0, 1, 2].map(() => openStorage(shared, logger))));
    // Question by question, each setup in turn: a busy moment on a shared machine then slows all of them alike.
    for (let i = 0; i < questions.length * ROUNDS + WARM_UP; i++) {
      for (const [s, setup] of setups.entries()) {
        const channel = `DBENCHSTORE${s}Q${i}`;
        const body = JSON.stringify(slack.dmEvent(channel, questions[i % questions.length] ?? '', { user: 'UBENCH' }));
        const sentAt = performance.now();
        await postSigned(setup.urls[i % setup.urls.length] ?? '', body, { signingSecret: SIGNING_SECRET });
        await slack.waitFor(() => slack.callsTo('chat.postMessage').some((c) => c.args.channel === channel), 30_000);
        if (i >= WARM_UP) setup.times.push(performance.now() - sentAt);
      }
    }
    return setups.map((setup) => ({
      setup: setup.name,
      runs: setup.times.length,
      p50: percentile(setup.times, 50),
      p95: percentile(setup.times, 95),
    }));
  } finally {
    for (const setup of setups) {
      for (const app of setup.apps) await app.stop();
      for (const storage of setup.stores) await storage.close();
    }
    await engine.close();
    await slack.close();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
