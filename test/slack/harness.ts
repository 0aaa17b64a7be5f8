import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { type AppConfig, loadConfig, projectRoot } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/app.js';
import type { FeedbackEntry, FeedbackStore } from '../../src/storage/types.js';
import { type SlackStandIn, startSlackStandIn } from '../e2e/slack-stand-in.js';
import { MemorySessionFollows } from './memory-follows.js';
import { MemoryReminderPreferences } from './memory-preferences.js';

/** The day before the twelfth meeting: its 20 February morning session is the next one. */
export const TEST_NOW = '2014-02-19T12:00:00-05:00';
export const SIGNING_SECRET = 'stand-in-signing-secret';

export class MemoryFeedbackStore implements FeedbackStore {
  readonly entries: FeedbackEntry[] = [];
  async append(entry: FeedbackEntry): Promise<void> {
    this.entries.push(entry);
  }
}

export interface Harness {
  slack: SlackStandIn;
  app: SlackApp;
  engine: Engine;
  config: AppConfig;
  preferences: MemoryReminderPreferences;
  follows: MemorySessionFollows;
  feedback: MemoryFeedbackStore;
  logs: string[];
  /** The app's HTTP port in HTTP mode. */
  port: number | undefined;
  close(): Promise<void>;
}

/**
 * The real engine on the bundled knowledge, the real Bolt app, and the Slack stand-in in between.
 * Socket Mode by default; `mode: 'http'` swaps the app token for a signing secret and a free port.
 */
export async function startHarness(options: { mode?: 'socket' | 'http'; env?: Record<string, string> } = {}) {
  const slack = await startSlackStandIn();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-slack-'));
  const transport =
    options.mode === 'http'
      ? { SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0' }
      : { SLACK_APP_TOKEN: 'xapp-1-stand-in-app-token' };
  const config = loadConfig({
    KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
    DATA_DIR: dataDir,
    NOW: TEST_NOW,
    LOG_LEVEL: 'info',
    SLACK_BOT_TOKEN: 'xoxb-stand-in-bot-token',
    SLACK_API_URL: slack.apiUrl,
    ...transport,
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const engine = await createEngine({ config, logger });
  const preferences = new MemoryReminderPreferences();
  const feedback = new MemoryFeedbackStore();
  const follows = new MemorySessionFollows();
  const app = createSlackApp({ config, engine, preferences, follows, logger, feedback });
  const { port } = await app.start();
  if (config.slack.mode === 'socket') await slack.waitFor(() => slack.connectedSockets() > 0);
  const harness: Harness = {
    slack,
    app,
    engine,
    config,
    preferences,
    follows,
    feedback,
    logs,
    port,
    async close() {
      await app.stop();
      await engine.close();
      await slack.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The blocks of a posted message as one string, for "contains" assertions. */
export function blocksText(message: { blocks?: unknown }): string {
  return JSON.stringify(message.blocks ?? []);
}

/** "ack p50 …, p99 …; first answer p50 …, p99 …" for a latency loop's console line (never asserted). */
export function latencySummary(acks: number[], answers: number[]): string {
  const at = (values: number[], p: number) =>
    [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? Number.NaN;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `ack p50 ${ms(at(acks, 50))}, p99 ${ms(at(acks, 99))}; first answer p50 ${ms(at(answers, 50))}, p99 ${ms(at(answers, 99))}`;
}
