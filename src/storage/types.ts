import type { DesiredReminder, OutboxReminder, ReminderState, ReplanResult } from '../reminders/reminder.js';

/**
 * What instances of the bot must share, whichever database holds it. The embedded SQLite store answers at once;
 * PostgreSQL answers later, so every caller awaits.
 */
export type Awaitable<T> = T | Promise<T>;

/**
 * The durable record of every reminder the bot meant to send; see src/reminders/outbox.ts for its states.
 * `claim` is the only way to `sending`, and at most one caller wins it, in any number of processes.
 */
export interface OutboxStore {
  replan(desired: DesiredReminder[], window: { from: Date; to?: Date }, now: Date): Awaitable<ReplanResult>;
  lastPlannedAt(): Awaitable<Date | undefined>;
  /** Returns to `planned` the reminders whose sender stopped mid-send; their attempt count stays. */
  recover(now: Date): Awaitable<string[]>;
  /** Reminders to try now: planned and due, and, where claims expire, those whose claim has lapsed. */
  due(now: Date): Awaitable<OutboxReminder[]>;
  claim(key: string, now: Date): Awaitable<{ previousAttempts: number } | undefined>;
  markSent(key: string, sent: { ts: string; channelId: string }, now: Date): Awaitable<void>;
  retryLater(key: string, error: string, nextAttemptAt: Date, now: Date): Awaitable<void>;
  skip(key: string, reason: string, now: Date): Awaitable<void>;
  get(key: string): Awaitable<OutboxReminder | undefined>;
  list(state?: ReminderState): Awaitable<OutboxReminder[]>;
  forget(prefix: string): Awaitable<number>;
  getMeta(name: string): Awaitable<string | undefined>;
  setMeta(name: string, value: string): Awaitable<void>;
}

/**
 * Slack events this deployment has taken on. `claim` is true for exactly one delivery of an event across all
 * instances; `finish` records that it was handled, so a claim left by an instance that died can be taken over
 * by a redelivery once it lapses.
 */
export interface HandledEventStore {
  claim(key: string): Awaitable<boolean>;
  /**
   * Records the event as handled. True when this instance still held it; false when its claim lapsed and a
   * redelivery to another instance took the event over, or when it was already finished.
   */
  finish(key: string): Awaitable<boolean>;
  /**
   * Keeps a claim from lapsing while its event is being handled, so a slow answer is not taken over by a
   * redelivery to another instance. Stores whose claims cannot lapse have none.
   */
  keepAlive?(key: string, onError: (error: unknown) => void): { stop(): void };
}

/**
 * One click. A person may click 👍 and then 👎 on the same answer: every click is kept, and the one with the latest
 * `clickedAt` is their vote (clicks can be recorded out of order when two are handled at once).
 */
export interface FeedbackEntry {
  /** When the click was recorded (wall-clock time, not the bot's NOW). */
  at: string;
  /** Slack's action_ts: when the person clicked, by Slack's clock. */
  clickedAt?: string;
  vote: 'up' | 'down';
  /** `channel:ts` of the question, as carried in the button's value. */
  questionId: string;
  userId: string;
  /** The answer message the button sits on. */
  answerTs?: string;
}

export interface FeedbackStore {
  append(entry: FeedbackEntry): Promise<void>;
}
