/**
 * The reminder service as `npm start` runs it, minus Bolt and the retrieval engine, for the test that kills it
 * with SIGKILL. Reads the usual settings (KNOWLEDGE_DIR, DATA_DIR, NOW, SLACK_*, REMINDER_*) and
 * REMINDER_TICK_MS, so the test need not wait 30 s between ticks.
 */
import { shiftedClock, systemClock } from '../../src/config/clock.js';
import { loadConfig } from '../../src/config/env.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { createLogger } from '../../src/logging/logger.js';
import { openReminderDatabase } from '../../src/reminders/database.js';
import { reminderService } from '../../src/reminders/service.js';

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, secrets: [config.slack.botToken] });
const schedule = buildSchedule((await loadCorpus(config.knowledgeDir)).documents);
const clock = config.now ? shiftedClock(config.now) : systemClock;
const reminderDatabase = openReminderDatabase(config.dataDir);
const scheduler = reminderService(
  { config, logger, reminderDatabase, engine: { schedule: () => schedule, now: () => clock.now() } },
  { intervalMs: Number(process.env.REMINDER_TICK_MS ?? 30_000) },
);
process.once('SIGTERM', () => {
  void scheduler.stop().then(() => {
    reminderDatabase.close();
    process.exit(0);
  });
});
await scheduler.start();
process.stdout.write('started\n');
