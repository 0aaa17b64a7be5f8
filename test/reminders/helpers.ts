import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type AppConfig, loadConfig, projectRoot } from '../../src/config/env.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { buildSchedule, type Schedule } from '../../src/knowledge/schedule.js';
import { createLogger, type Logger } from '../../src/logging/logger.js';
import { openReminderDatabase, type ReminderDatabase } from '../../src/reminders/database.js';
import { Outbox } from '../../src/reminders/outbox.js';
import { SqliteReminderPreferences } from '../../src/reminders/preferences-store.js';

export const GENEVA_DIR = path.join(projectRoot, 'test/fixtures/ics/geneva');
export const NEW_YORK_DST_DIR = path.join(projectRoot, 'test/fixtures/ics/new-york-dst');
export const BUNDLED_DIR = path.join(projectRoot, 'knowledge');

const schedules = new Map<string, Promise<Schedule>>();

/** Loaded once per folder and test file; tests that edit a schedule copy it with `editSessions`. */
export function scheduleOf(dir: string): Promise<Schedule> {
  let loaded = schedules.get(dir);
  if (!loaded) {
    loaded = loadCorpus(dir).then((corpus) => buildSchedule(corpus.documents));
    schedules.set(dir, loaded);
  }
  return loaded;
}

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapporteur-reminders-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({ REMINDER_CHANNELS: 'C1', REMINDER_LEAD_TIMES: '1d,15m', REMINDER_GRACE_MINUTES: '10', ...env });
}

export interface CapturedLogger extends Logger {
  lines: string[];
}

export function captureLogger(): CapturedLogger {
  const lines: string[] = [];
  return Object.assign(createLogger({ level: 'debug', write: (line) => lines.push(line) }), { lines });
}

/** The stores of one process; open it again on the same folder to play a restart. */
export interface Stores {
  db: ReminderDatabase;
  outbox: Outbox;
  preferences: SqliteReminderPreferences;
  close(): void;
}

export function openStores(dataDir: string): Stores {
  const db = openReminderDatabase(dataDir);
  return { db, outbox: new Outbox(db), preferences: new SqliteReminderPreferences(db), close: () => db.close() };
}

/** A copy of the schedule with some sessions changed, as a reload after someone edits a file would give. */
export function editSessions(
  schedule: Schedule,
  edit: (session: Schedule['sessions'][number]) => Schedule['sessions'][number] | undefined,
): Schedule {
  const sessions = schedule.sessions.flatMap((s) => {
    const edited = edit({ ...s });
    return edited ? [edited] : [];
  });
  const meetings = schedule.meetings.map((m) => ({
    ...m,
    sessions: sessions.filter((s) => s.meetingNumber === m.number),
  }));
  return { ...schedule, meetings, sessions, byNumber: new Map(meetings.map((m) => [m.number, m])) };
}

/**
 * The environment of a scheduler run as its own process (for SIGKILL tests): the Geneva fixture meeting, reminders
 * to `channels` at the default lead times, Slack at the stand-in. `extra` adds or overrides settings.
 */
export function schedulerProcessEnv(
  apiUrl: string,
  dataDir: string,
  channels: string[],
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    KNOWLEDGE_DIR: GENEVA_DIR,
    DATA_DIR: dataDir,
    SLACK_BOT_TOKEN: 'xoxb-process-token',
    SLACK_APP_TOKEN: 'xapp-process-token',
    SLACK_API_URL: apiUrl,
    REMINDER_CHANNELS: channels.join(','),
    REMINDER_LEAD_TIMES: '1d,15m',
    ...extra,
  };
}
