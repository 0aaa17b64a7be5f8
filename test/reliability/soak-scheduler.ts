/**
 * The reminder service on a ManualClock, for the soak test that SIGKILLs it 100 times across a simulated
 * two-day meeting. Reads the usual settings (KNOWLEDGE_DIR, DATA_DIR, SLACK_*, REMINDER_*) plus:
 *
 *   SOAK_FROM          ISO time the clock starts at (the parent passes the last time the previous run reported)
 *   SOAK_UNTIL         ISO time after which the run says `done` and stops advancing
 *   SOAK_STEP_MINUTES  simulated minutes per tick
 *   SOAK_PAUSE_AT      ISO time at which this run stops advancing and idles until it is killed (its share of the soak)
 *
 * Each tick advances the clock, runs one scheduler pass and prints `now <iso>` on stdout once the pass is
 * committed, so the parent always resumes at a time this process fully handled. Nothing is faked but time.
 */
import { ManualClock } from '../../src/config/clock.js';
import { loadConfig } from '../../src/config/env.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { createLogger } from '../../src/logging/logger.js';
import { reminderService } from '../../src/reminders/service.js';
import { openStorage } from '../../src/storage/storage.js';

const config = loadConfig();
const logger = createLogger({ level: config.logLevel, secrets: [config.slack.botToken] });
const schedule = buildSchedule((await loadCorpus(config.knowledgeDir)).documents);
const clock = new ManualClock(process.env.SOAK_FROM ?? '');
const until = new Date(process.env.SOAK_UNTIL ?? '').getTime();
const stepMs = Number(process.env.SOAK_STEP_MINUTES ?? 2) * 60_000;
const pauseAt = process.env.SOAK_PAUSE_AT ? new Date(process.env.SOAK_PAUSE_AT).getTime() : until;
const storage = await openStorage(config, logger);
// The service's own timer never fires here (interval just under the 32-bit limit); this script steps time.
const scheduler = reminderService(
  { config, logger, storage, engine: { schedule: () => schedule, now: () => clock.now() } },
  { intervalMs: 2_000_000_000 },
);
await scheduler.start();
process.stdout.write(`now ${clock.now().toISOString()}\n`);
while (clock.now().getTime() < until) {
  if (clock.now().getTime() >= pauseAt) {
    // Idle, process alive, until the parent's SIGKILL.
    await new Promise(() => setInterval(() => {}, 1_000));
  }
  clock.advance(stepMs);
  await scheduler.tick();
  process.stdout.write(`now ${clock.now().toISOString()}\n`);
}
process.stdout.write('done\n');
await scheduler.stop();
await storage.close();
process.exit(0);
