import type { ReminderPreference, ReminderPreferences } from '../../src/reminders/preferences.js';

/** Reminder choices held in memory, standing in for the SQLite store in Slack tests. */
export class MemoryReminderPreferences implements ReminderPreferences {
  private readonly byUser = new Map<string, ReminderPreference>();

  get(userId: string): ReminderPreference {
    return this.byUser.get(userId) ?? { optedIn: false };
  }

  set(userId: string, preference: ReminderPreference): void {
    this.byUser.set(userId, { ...preference });
  }

  optedInUsers(): Array<{ userId: string } & ReminderPreference> {
    return [...this.byUser].filter(([, p]) => p.optedIn).map(([userId, p]) => ({ userId, ...p }));
  }
}
