import type { OutboxStore } from '../storage/types.js';
import { type ReminderDatabase, storageStep } from './database.js';
import { ReminderStorageError } from './errors.js';
import type { DesiredReminder, OutboxReminder, ReminderContent, ReminderState, ReplanResult } from './reminder.js';

/**
 * The durable record of every reminder the bot meant to send, keyed by the reminder key. Planning only ever
 * adds, re-times or cancels reminders that are still `planned`; once a reminder is `sending` or `sent` it
 * belongs to the sender, so no schedule edit, restart or replay can produce a second post.
 *
 *   planned ──claim──▶ sending ──post ok──▶ sent
 *      ▲ │               │ └──Slack error──▶ planned (retry later, history checked first)
 *      │ └─replan─▶ cancelled    └──too late──▶ skipped
 *      └──replan (wanted again)──┘
 */

interface Row {
  key: string;
  session_key: string;
  lead: string;
  recipient_kind: 'channel' | 'user';
  recipient_id: string;
  state: ReminderState;
  due_at: number;
  payload: string;
  attempts: number;
  next_attempt_at: number | null;
  last_error: string | null;
  sent_ts: string | null;
  channel_id: string | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS reminders (
  key TEXT PRIMARY KEY,
  session_key TEXT NOT NULL,
  lead TEXT NOT NULL,
  recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('channel', 'user')),
  recipient_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('planned', 'sending', 'sent', 'skipped', 'cancelled')),
  due_at INTEGER NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  last_error TEXT,
  sent_ts TEXT,
  channel_id TEXT,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS reminders_by_state_due ON reminders (state, due_at);
CREATE TABLE IF NOT EXISTS outbox_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/** The embedded store: one process sends per database file, so a claim never needs to expire. */
export class Outbox implements OutboxStore {
  private readonly db: ReminderDatabase;

  constructor(db: ReminderDatabase) {
    this.db = db;
    if (!db.readonly) storageStep('create the reminder tables', () => db.exec(SCHEMA));
  }

  /**
   * Brings the planned reminders with a due time in [from, to) in line with `desired`. Sent, skipped and
   * in-flight reminders are never touched, so replaying a plan, or planning an edited schedule, cannot duplicate.
   */
  replan(desired: DesiredReminder[], window: { from: Date; to?: Date }, now: Date): ReplanResult {
    const result: ReplanResult = { inserted: [], updated: [], cancelled: [], restored: [] };
    const select = this.db.prepare<[string], Row>('SELECT * FROM reminders WHERE key = ?');
    const insert = this.db.prepare(
      `INSERT INTO reminders (key, session_key, lead, recipient_kind, recipient_id, state, due_at, payload, updated_at)
       VALUES (@key, @sessionKey, @lead, @kind, @id, 'planned', @dueAt, @payload, @now)`,
    );
    const update = this.db.prepare(
      `UPDATE reminders SET due_at = @dueAt, payload = @payload, state = 'planned', updated_at = @now
       WHERE key = @key AND state IN ('planned', 'cancelled')`,
    );
    const inWindow = this.db.prepare<[number, number], { key: string }>(
      `SELECT key FROM reminders WHERE state = 'planned' AND due_at >= ? AND due_at < ?`,
    );
    const cancel = this.db.prepare(
      `UPDATE reminders SET state = 'cancelled', last_error = ?, updated_at = ? WHERE key = ? AND state = 'planned'`,
    );
    const apply = this.db.transaction(() => {
      const wanted = new Set<string>();
      for (const reminder of desired) {
        wanted.add(reminder.key);
        const payload = JSON.stringify(reminder.content);
        const values = { key: reminder.key, dueAt: reminder.dueAt.getTime(), payload, now: now.getTime() };
        const row = select.get(reminder.key);
        if (!row) {
          insert.run({ ...values, sessionKey: reminder.sessionKey, lead: reminder.lead, ...reminder.recipient });
          result.inserted.push(reminder.key);
        } else if (row.state === 'cancelled') {
          update.run(values);
          result.restored.push(reminder.key);
        } else if (row.state === 'planned' && (row.due_at !== values.dueAt || row.payload !== payload)) {
          update.run(values);
          result.updated.push(reminder.key);
        }
      }
      const to = window.to?.getTime() ?? Number.MAX_SAFE_INTEGER;
      for (const { key } of inWindow.all(window.from.getTime(), to)) {
        if (wanted.has(key)) continue;
        cancel.run(
          'no longer in the plan: session cancelled, moved or removed, or recipient opted out',
          now.getTime(),
          key,
        );
        result.cancelled.push(key);
      }
      this.setMeta('last_planned_at', now.toISOString());
    });
    storageStep('re-plan the reminders', apply);
    return result;
  }

  /** The last time a plan was applied, so the next one can also account for what fell due while the bot was down. */
  lastPlannedAt(): Date | undefined {
    const value = this.getMeta('last_planned_at');
    return value ? new Date(value) : undefined;
  }

  /**
   * Returns reminders a stopped process left `sending` to `planned`. Their attempt count stays, so the sender
   * looks in the conversation for the message before it posts again. Only one process may send per database.
   */
  recover(now: Date): string[] {
    return storageStep('recover interrupted reminders', () =>
      this.db
        .prepare<[number], { key: string }>(
          `UPDATE reminders SET state = 'planned', updated_at = ? WHERE state = 'sending' RETURNING key`,
        )
        .all(now.getTime())
        .map((r) => r.key),
    );
  }

  /** Planned reminders whose due time has come, oldest first, including those waiting out a retry pause. */
  due(now: Date): OutboxReminder[] {
    return this.db
      .prepare<[number], Row>(`SELECT * FROM reminders WHERE state = 'planned' AND due_at <= ? ORDER BY due_at, key`)
      .all(now.getTime())
      .map(toReminder);
  }

  /**
   * Takes a planned reminder for sending and counts the attempt, in one committed step, before anything is
   * posted. Returns how many attempts came before, or undefined when the reminder is no longer planned.
   */
  claim(key: string, now: Date): { previousAttempts: number } | undefined {
    const row = storageStep(`claim reminder ${key}`, () =>
      this.db
        .prepare<[number, string], { attempts: number }>(
          `UPDATE reminders SET state = 'sending', attempts = attempts + 1, updated_at = ?
           WHERE key = ? AND state = 'planned' RETURNING attempts`,
        )
        .get(now.getTime(), key),
    );
    return row ? { previousAttempts: row.attempts - 1 } : undefined;
  }

  markSent(key: string, sent: { ts: string; channelId: string }, now: Date): void {
    this.transition(key, 'sent', ['sending'], now, {
      sent_ts: sent.ts,
      channel_id: sent.channelId,
      next_attempt_at: null,
    });
  }

  /** Puts a failed send back to `planned`, to be tried again from `nextAttemptAt`. */
  retryLater(key: string, error: string, nextAttemptAt: Date, now: Date): void {
    this.transition(key, 'planned', ['sending'], now, { last_error: error, next_attempt_at: nextAttemptAt.getTime() });
  }

  /** Gives up on a reminder that is too late to be useful, whether it was waiting or had just failed. */
  skip(key: string, reason: string, now: Date): void {
    this.transition(key, 'skipped', ['planned', 'sending'], now, { last_error: reason, next_attempt_at: null });
  }

  get(key: string): OutboxReminder | undefined {
    const row = this.db.prepare<[string], Row>('SELECT * FROM reminders WHERE key = ?').get(key);
    return row ? toReminder(row) : undefined;
  }

  list(state?: ReminderState): OutboxReminder[] {
    const rows = state
      ? this.db.prepare<[string], Row>('SELECT * FROM reminders WHERE state = ? ORDER BY due_at, key').all(state)
      : this.db.prepare<[], Row>('SELECT * FROM reminders ORDER BY due_at, key').all();
    return rows.map(toReminder);
  }

  /** Removes every reminder whose key starts with `prefix`; a new rehearsal uses it to start from a clean slate. */
  forget(prefix: string): number {
    return storageStep(`forget reminders ${prefix}*`, () => {
      const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
      return this.db.prepare(`DELETE FROM reminders WHERE key LIKE ? ESCAPE '\\'`).run(pattern).changes;
    });
  }

  getMeta(name: string): string | undefined {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM outbox_meta WHERE name = ?').get(name)
      ?.value;
  }

  setMeta(name: string, value: string): void {
    storageStep(`store ${name}`, () =>
      this.db
        .prepare(
          'INSERT INTO outbox_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        )
        .run(name, value),
    );
  }

  private transition(
    key: string,
    state: ReminderState,
    from: ReminderState[],
    now: Date,
    fields: Partial<Pick<Row, 'sent_ts' | 'channel_id' | 'last_error' | 'next_attempt_at'>>,
  ): void {
    const sets = Object.keys(fields).map((name) => `${name} = @${name}`);
    const changed = storageStep(`mark reminder ${key} ${state}`, () =>
      this.db
        .prepare(
          `UPDATE reminders SET state = @state, ${sets.join(', ')}, updated_at = @now
           WHERE key = @key AND state IN (${from.map((f) => `'${f}'`).join(', ')})`,
        )
        .run({ ...fields, state, now: now.getTime(), key }),
    ).changes;
    if (changed === 0) {
      throw new ReminderStorageError(`Reminder ${key} cannot be marked ${state}: it is not ${from.join(' or ')}`);
    }
  }
}

function toReminder(row: Row): OutboxReminder {
  return {
    key: row.key,
    sessionKey: row.session_key,
    lead: row.lead,
    recipient: { kind: row.recipient_kind, id: row.recipient_id },
    state: row.state,
    dueAt: new Date(row.due_at),
    content: JSON.parse(row.payload) as ReminderContent,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at === null ? undefined : new Date(row.next_attempt_at),
    lastError: row.last_error ?? undefined,
    sentTs: row.sent_ts ?? undefined,
    channelId: row.channel_id ?? undefined,
  };
}
