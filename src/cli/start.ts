import { pathToFileURL } from 'node:url';
import type { webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { type AppConfig, loadConfig } from '../config/env.js';
import { feedService, ScheduleFeed } from '../knowledge/schedule-feed.js';
import type { Logger } from '../logging/logger.js';
import { type OperationsRoute, operationsRoutes, startHealthServer } from '../ops/health.js';
import { reminderService } from '../reminders/service.js';
import { createSlackApp } from '../slack/app.js';
import { openStorage, type Storage } from '../storage/storage.js';
import { bootstrap, exitWith } from './bootstrap.js';
import { runConsole } from './console.js';

/** A long-running part of the bot that starts after the Slack app is connected and stops before it. */
export interface Startable {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Called after the schedule changed, for a service that plans from it. */
  refresh?(): Promise<void>;
}

/** What a service gets to build itself from: the same config, engine, logger, Slack client and storage. */
export interface ServiceDeps {
  config: AppConfig;
  engine: Engine;
  logger: Logger;
  slackClient: webApi.WebClient;
  storage: Storage;
}

/** A changed feed rebuilds the knowledge base, and the services that plan from the schedule re-plan at once. */
function scheduleFeedService(
  feed: ScheduleFeed,
  engine: Engine,
  logger: Logger,
  intervalMs: number,
  planners: Startable[],
): Startable {
  return feedService(feed, logger, {
    intervalMs,
    onChange: async () => {
      const stats = await engine.reload();
      logger.info(
        `Schedule feed changed: knowledge reloaded (${stats.documents} documents, ${engine.schedule().sessions.length} sessions)`,
      );
      for (const service of planners) await service.refresh?.();
    },
  });
}

export type ServiceFactory = (deps: ServiceDeps) => Startable;

export const NO_SLACK_NOTICE =
  'No Slack tokens set (SLACK_BOT_TOKEN + SLACK_APP_TOKEN); starting the console chat instead';

/**
 * `npm start`: the Slack app when tokens are set, otherwise the console chat on the same engine.
 * `services` are started once Slack is connected (the reminder scheduler is one), in order, and stopped in reverse.
 */
export async function main(services: ServiceFactory[] = []): Promise<void> {
  let feed: ScheduleFeed | undefined;
  const { config, logger, engine } = await bootstrap({
    load: () => loadConfig(),
    // The first poll comes before the engine is built, so the feeds' sessions are there from the first answer.
    calendars: async (c, log) => {
      if (c.scheduleFeed.urls.length === 0) return () => [];
      const polled = new ScheduleFeed(c.scheduleFeed.urls, log);
      await polled.poll();
      feed = polled;
      return () => polled.documents();
    },
  });
  if (config.slack.mode === 'none') {
    process.stderr.write(`${NO_SLACK_NOTICE}\n`);
    try {
      await runConsole(engine, logger, { input: process.stdin, output: process.stdout });
    } finally {
      await engine.close();
    }
    return;
  }

  const storage = await openStorage(config, logger);
  logger.info(`Shared state in ${storage.description}`);
  const { preferences, feedback, handledEvents, follows } = storage;
  const running: Startable[] = [];
  let stopping: Promise<void> | undefined;
  let connected = false;
  const routes = operationsRoutes(
    () => readiness({ engine, storage, starting: !connected, stopping: stopping !== undefined }),
    logger,
  );
  const slack = createSlackApp({ config, engine, preferences, follows, feedback, handledEvents, logger, routes });
  const stopAll = () => {
    stopping ??= (async () => {
      for (const service of [...running].reverse()) {
        await service.stop().catch((error: unknown) => logger.error(`Could not stop ${service.name}:`, error));
      }
      await engine.close();
      await storage.close();
    })();
    return stopping;
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));

  try {
    const all: Startable[] = [
      ...(config.slack.mode === 'socket' && config.healthPort !== undefined
        ? [healthServer(config.healthPort, routes, logger)]
        : []),
      {
        name: 'Slack app',
        start: async () => {
          await slack.start();
          connected = true;
        },
        stop: () => slack.stop(),
      },
    ];
    const built = services.map((build) => build({ config, engine, logger, slackClient: slack.app.client, storage }));
    all.push(...built);
    if (feed) all.push(scheduleFeedService(feed, engine, logger, config.scheduleFeed.pollMs, built));
    for (const service of all) {
      // Listed before it has started: the scheduler's start runs its first tick, and a SIGTERM meanwhile must
      // still let it finish the reminder in hand before the database closes.
      running.push(service);
      await service.start();
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Why this instance should not take traffic yet, or any more. */
async function readiness(state: {
  engine: Engine;
  storage: Storage;
  starting: boolean;
  stopping: boolean;
}): Promise<string[]> {
  const problems: string[] = [];
  if (state.stopping) problems.push('stopping: finishing the events and reminders in hand');
  if (state.starting) problems.push('starting: not connected to Slack yet');
  if (state.engine.stats().documents === 0) problems.push('index: no documents loaded from KNOWLEDGE_DIR');
  try {
    await state.storage.ping();
  } catch (error) {
    problems.push(`database: ${(error as Error).message}`);
  }
  return problems;
}

function healthServer(port: number, routes: OperationsRoute[], logger: Logger): Startable {
  let server: { close(): Promise<void> } | undefined;
  return {
    name: `health server on HEALTH_PORT ${port}`,
    start: async () => {
      server = await startHealthServer(port, routes, logger);
    },
    stop: async () => server?.close(),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main([(deps) => reminderService(deps, { rehearsal: deps.config.reminders.rehearsal })]).catch(exitWith);
}
