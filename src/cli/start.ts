import { pathToFileURL } from 'node:url';
import type { webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { type AppConfig, loadConfig } from '../config/env.js';
import { feedService, ScheduleFeed } from '../knowledge/schedule-feed.js';
import type { Logger } from '../logging/logger.js';
import { openReminderDatabase, type ReminderDatabase } from '../reminders/database.js';
import { SqliteSessionFollows } from '../reminders/follows-store.js';
import { SqliteReminderPreferences } from '../reminders/preferences-store.js';
import { reminderService } from '../reminders/service.js';
import { createSlackApp } from '../slack/app.js';
import { bootstrap, exitWith } from './bootstrap.js';
import { runConsole } from './console.js';

/** A long-running part of the bot that starts after the Slack app is connected and stops before it. */
export interface Startable {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What a service gets to build itself from: the same config, engine, logger, Slack client and reminder store. */
export interface ServiceDeps {
  config: AppConfig;
  engine: Engine;
  logger: Logger;
  slackClient: webApi.WebClient;
  reminderDatabase: ReminderDatabase;
}

/** A changed feed rebuilds the knowledge base; the reminder scheduler re-plans from it on its next tick. */
function scheduleFeedService(feed: ScheduleFeed, engine: Engine, logger: Logger, intervalMs: number): Startable {
  return feedService(feed, logger, {
    intervalMs,
    onChange: async () => {
      const stats = await engine.reload();
      logger.info(
        `Schedule feed changed: knowledge reloaded (${stats.documents} documents, ${engine.schedule().sessions.length} sessions)`,
      );
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

  const reminderDatabase = openReminderDatabase(config.dataDir);
  const preferences = new SqliteReminderPreferences(reminderDatabase);
  const follows = new SqliteSessionFollows(reminderDatabase);
  const slack = createSlackApp({ config, engine, preferences, follows, logger });
  const running: Startable[] = [];
  let stopping: Promise<void> | undefined;
  const stopAll = () => {
    stopping ??= (async () => {
      for (const service of [...running].reverse()) {
        await service.stop().catch((error: unknown) => logger.error(`Could not stop ${service.name}:`, error));
      }
      await engine.close();
      reminderDatabase.close();
    })();
    return stopping;
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));

  try {
    const all: Startable[] = [
      { name: 'Slack app', start: async () => void (await slack.start()), stop: () => slack.stop() },
      ...services.map((build) => build({ config, engine, logger, slackClient: slack.app.client, reminderDatabase })),
      ...(feed ? [scheduleFeedService(feed, engine, logger, config.scheduleFeed.pollMs)] : []),
    ];
    for (const service of all) {
      await service.start();
      running.push(service);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main([(deps) => reminderService(deps, { rehearsal: deps.config.reminders.rehearsal })]).catch(exitWith);
}
