import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { StorageConfig } from '../config/env.js';
import type { Logger } from '../logging/logger.js';
import { openReminderDatabase } from '../reminders/database.js';
import type { SessionFollows } from '../reminders/follows.js';
import { SqliteSessionFollows } from '../reminders/follows-store.js';
import { Outbox } from '../reminders/outbox.js';
import type { ReminderPreferences } from '../reminders/preferences.js';
import { SqliteReminderPreferences } from '../reminders/preferences-store.js';
import { JsonlFeedbackStore } from './jsonl-feedback.js';
import { HandledEvents } from './memory-handled-events.js';
import { PostgresOutbox } from './postgres-outbox.js';
import { createPostgresPool, describeDatabase, migrate } from './postgres-pool.js';
import {
  PostgresFeedbackStore,
  PostgresHandledEvents,
  PostgresReminderPreferences,
  PostgresSessionFollows,
} from './postgres-stores.js';
import type { FeedbackStore, HandledEventStore, OutboxStore } from './types.js';

/** Everything an instance keeps that outlives a request, from one database. */
export interface Storage {
  /** For logs and /readyz: which database, without its password. */
  readonly description: string;
  outbox: OutboxStore;
  preferences: ReminderPreferences;
  handledEvents: HandledEventStore;
  feedback: FeedbackStore;
  /** The sessions people follow, for personal reminders and "my agenda". */
  follows: SessionFollows;
  /** Throws, saying why, when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PostgreSQL when DATABASE_URL is set, shared by any number of instances; otherwise the SQLite file under
 * DATA_DIR, for one instance. Migrations run here, before anything reads.
 */
export async function openStorage(
  config: { dataDir: string; storage: StorageConfig },
  logger: Logger,
): Promise<Storage> {
  const { databaseUrl, reminderClaimSeconds, eventClaimSeconds } = config.storage;
  if (!databaseUrl) return openSqliteStorage(config.dataDir);
  const description = describeDatabase(databaseUrl);
  const db = createPostgresPool(databaseUrl, (error) => logger.warn(`${description}: idle connection lost:`, error));
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info(`${description}: applied migrations ${applied.join(', ')}`);
  } catch (error) {
    await db.close();
    throw error;
  }
  // Unique per process, so a restarted instance never mistakes its predecessor's claims for its own.
  const instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  return {
    description,
    outbox: new PostgresOutbox(db, instanceId, reminderClaimSeconds),
    preferences: new PostgresReminderPreferences(db),
    handledEvents: new PostgresHandledEvents(db, instanceId, eventClaimSeconds),
    feedback: new PostgresFeedbackStore(db),
    follows: new PostgresSessionFollows(db),
    ping: () => db.step('reach the database', (c) => c.query('SELECT 1')).then(() => undefined),
    close: () => db.close(),
  };
}

export function openSqliteStorage(dataDir: string): Storage {
  const db = openReminderDatabase(dataDir);
  return {
    description: `SQLite ${db.name}`,
    outbox: new Outbox(db),
    preferences: new SqliteReminderPreferences(db),
    follows: new SqliteSessionFollows(db),
    handledEvents: new HandledEvents(),
    feedback: JsonlFeedbackStore.inDataDir(dataDir),
    ping: async () => void db.prepare('SELECT 1').get(),
    close: async () => void db.close(),
  };
}
