/**
 * The reminder service as `npm start` runs it, minus Bolt and the retrieval engine, for the tests that kill it
 * with SIGKILL. Reads the usual settings (KNOWLEDGE_DIR, DATA_DIR, DATABASE_URL, NOW, SLACK_*, REMINDER_*) and
 * REMINDER_TICK_MS, so the test need not wait 30 s between ticks.
 */
import { shiftedClock, systemClock } from '../../src/config/clock.js';
import { loadConfig } from '../../src/config/env.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { createLogger } from '../../src/logging/logger.js';
import { reminderService } from '../../src/reminders/service.js';
import { openStorage } from '../../src/storage/storage.js';

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, secrets: [config.slack.botToken] });
const schedule = buildSchedule((await loadCorpus(config.knowledgeDir)).documents);
const clock = config.now ? shiftedClock(config.now) : systemClock;
const storage = await openStorage(config, logger);
const scheduler = reminderService(
  { config, logger, storage, engine: { schedule: () => schedule, now: () => clock.now() } },
  { intervalMs: Number(process.env.REMINDER_TICK_MS ?? 30_000) },
);
process.once('SIGTERM', () => {
  void scheduler
    .stop()
    .then(() => storage.close())
    .then(() => process.exit(0));
});
await scheduler.start();
process.stdout.write('started\n');
