import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReminderStorageError } from './errors.js';

export type ReminderDatabase = Database.Database;

export const REMINDER_DATABASE_FILE = 'reminders.sqlite';

/**
 * One file holds the outbox and the preferences so a reminder and the opt-in it came from live and move together.
 * WAL lets the CLI read while the bot writes; synchronous FULL because a lost commit of "sent" is a duplicate post.
 */
export function openReminderDatabase(dataDir: string, options: { readonly?: boolean } = {}): ReminderDatabase {
  const file = path.join(dataDir, REMINDER_DATABASE_FILE);
  try {
    if (options.readonly) return new Database(file, { readonly: true, fileMustExist: true });
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    throw new ReminderStorageError(`Reminder database ${file} cannot be opened: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Runs one database step, turning a driver error into a ReminderStorageError that says what was being done. */
export function storageStep<T>(what: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof ReminderStorageError) throw error;
    throw new ReminderStorageError(`Cannot ${what} in the reminder database: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
