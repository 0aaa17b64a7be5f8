import { type ReminderDatabase, storageStep } from './database.js';
import type { ReminderPreference, ReminderPreferences } from './preferences.js';

/** A week: a longer personal lead is almost certainly a typo, and the planner looks no further ahead anyway. */
export const MAX_PERSONAL_LEAD_MINUTES = 7 * 24 * 60;

/** Throws a RangeError for a personal lead no store should keep; returns the lead. */
export function validatePreference(userId: string, preference: ReminderPreference): number | undefined {
  const lead = preference.leadMinutes;
  if (lead !== undefined && (!Number.isInteger(lead) || lead < 1 || lead > MAX_PERSONAL_LEAD_MINUTES)) {
    throw new RangeError(
      `Reminder lead for ${userId} must be a whole number of minutes from 1 to ${MAX_PERSONAL_LEAD_MINUTES} (got ${lead})`,
    );
  }
  return lead;
}

interface Row {
  user_id: string;
  opted_in: number;
  lead_minutes: number | null;
}

/** Opt-ins live next to the outbox, so opting out cancels the pending reminders on the very next plan. */
export class SqliteReminderPreferences implements ReminderPreferences {
  private readonly db: ReminderDatabase;

  constructor(db: ReminderDatabase) {
    this.db = db;
    if (!db.readonly) {
      storageStep('create the preferences table', () =>
        db.exec(
          `CREATE TABLE IF NOT EXISTS reminder_preferences (
             user_id TEXT PRIMARY KEY,
             opted_in INTEGER NOT NULL,
             lead_minutes INTEGER
           )`,
        ),
      );
    }
  }

  get(userId: string): ReminderPreference {
    const row = this.db.prepare<[string], Row>('SELECT * FROM reminder_preferences WHERE user_id = ?').get(userId);
    return row ? toPreference(row) : { optedIn: false };
  }

  set(userId: string, preference: ReminderPreference): void {
    const lead = validatePreference(userId, preference);
    storageStep(`store the reminder preference of ${userId}`, () =>
      this.db
        .prepare(
          `INSERT INTO reminder_preferences (user_id, opted_in, lead_minutes) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET opted_in = excluded.opted_in, lead_minutes = excluded.lead_minutes`,
        )
        .run(userId, preference.optedIn ? 1 : 0, lead ?? null),
    );
  }

  optedInUsers(): Array<{ userId: string } & ReminderPreference> {
    return this.db
      .prepare<[], Row>('SELECT * FROM reminder_preferences WHERE opted_in = 1 ORDER BY user_id')
      .all()
      .map((row) => ({ userId: row.user_id, ...toPreference(row) }));
  }
}

function toPreference(row: Row): ReminderPreference {
  return row.lead_minutes === null
    ? { optedIn: row.opted_in === 1 }
    : { optedIn: row.opted_in === 1, leadMinutes: row.lead_minutes };
}
