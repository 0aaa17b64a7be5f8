import type { WebClient } from '@slack/web-api';
import type { Engine } from '../answer/engine.js';
import type { AppConfig } from '../config/env.js';
import type { Logger } from '../logging/logger.js';
import type { Storage } from '../storage/storage.js';
import { ReminderScheduler, type ReminderSchedulerOptions } from './scheduler.js';
import { createReminderClient } from './sender.js';

/** What `main()` in src/cli/start.ts hands every service; only the parts reminders use. */
export interface ReminderServiceDeps {
  config: AppConfig;
  engine: Pick<Engine, 'schedule' | 'now'>;
  logger: Logger;
  storage: Pick<Storage, 'outbox' | 'preferences' | 'follows'>;
}

/**
 * The reminder scheduler wired to the engine's schedule and clock. It makes its own Slack client by default
 * because the app's client retries failed posts by itself, which could post a reminder twice.
 */
export function reminderService(
  deps: ReminderServiceDeps,
  options: Pick<ReminderSchedulerOptions, 'rehearsal' | 'intervalMs'> & { client?: WebClient } = {},
): ReminderScheduler {
  const { config, engine, logger, storage } = deps;
  return new ReminderScheduler({
    schedule: () => engine.schedule(),
    client: options.client ?? createReminderClient(config.slack.botToken, config.slack.apiUrl),
    outbox: storage.outbox,
    preferences: storage.preferences,
    follows: storage.follows,
    config,
    clock: { now: () => engine.now() },
    logger,
    rehearsal: options.rehearsal,
    intervalMs: options.intervalMs,
  });
}
