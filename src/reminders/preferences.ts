import type { Awaitable } from '../storage/types.js';

/** A participant's reminder choice, as set with `/meetings remind on|off` or the App Home toggle. */
export interface ReminderPreference {
  optedIn: boolean;
  /** Personal lead time in minutes before each session; the configured defaults apply when absent. */
  leadMinutes?: number;
}

export interface ReminderPreferences {
  get(userId: string): Awaitable<ReminderPreference>;
  set(userId: string, preference: ReminderPreference): Awaitable<void>;
  optedInUsers(): Awaitable<Array<{ userId: string } & ReminderPreference>>;
}
