import type pg from 'pg';
import { ReminderStorageError } from '../reminders/errors.js';
import type {
  DesiredReminder,
  OutboxReminder,
  ReminderContent,
  ReminderState,
  ReplanResult,
} from '../reminders/reminder.js';
import type { PostgresPool } from './postgres-pool.js';
import type { OutboxStore } from './types.js';

interface Row {
  key: string;
  session_key: string;
  lead: string;
  recipient_kind: 'channel' | 'user';
  recipient_id: string;
  state: ReminderState;
  due_at: string;
  payload: string;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  sent_ts: string | null;
  channel_id: string | null;
}

/** Any constant all instances share: re-planning holds it, so two instances never plan the same window at once. */
const REPLAN_LOCK = 7_117_002;
const COLUMNS =
  'key, session_key, lead, recipient_kind, recipient_id, state, due_at, payload, attempts, next_attempt_at, last_error, sent_ts, channel_id';
/** A claim another instance may take over: its holder stopped renewing it, so it is presumed dead. */
const LAPSED = `state = 'sending' AND claim_expires_at < clock_timestamp()`;

/**
 * The outbox shared by several instances. A claim is a row lock taken with SKIP LOCKED plus a lease in the row:
 * the instance that wins it, and only that one, may mark the reminder sent or failed; an instance that dies
 * mid-send leaves a lease that lapses, after which any instance takes the reminder over, and the attempt count
 * makes it look in the conversation for the post before posting again.
 */
export class PostgresOutbox implements OutboxStore {
  constructor(
    private readonly db: PostgresPool,
    private readonly instanceId: string,
    private readonly claimSeconds: number,
  ) {}

  async replan(desired: DesiredReminder[], window: { from: Date; to?: Date }, now: Date): Promise<ReplanResult> {
    const result: ReplanResult = { inserted: [], updated: [], cancelled: [], restored: [] };
    await this.db.transaction('re-plan the reminders', async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [REPLAN_LOCK]);
      const existing = new Map(
        (
          await client.query<Pick<Row, 'key' | 'state' | 'due_at' | 'payload'>>(
            'SELECT key, state, due_at, payload FROM reminders WHERE key = ANY($1)',
            [desired.map((d) => d.key)],
          )
        ).rows.map((row) => [row.key, row]),
      );
      const fresh: DesiredReminder[] = [];
      for (const reminder of desired) {
        const payload = JSON.stringify(reminder.content);
        const row = existing.get(reminder.key);
        if (!row) {
          fresh.push(reminder);
          result.inserted.push(reminder.key);
          continue;
        }
        const changed = Number(row.due_at) !== reminder.dueAt.getTime() || row.payload !== payload;
        if (row.state === 'cancelled' || (row.state === 'planned' && changed)) {
          await client.query(
            `UPDATE reminders SET due_at = $2, payload = $3, state = 'planned', updated_at = $4
             WHERE key = $1 AND state IN ('planned', 'cancelled')`,
            [reminder.key, reminder.dueAt.getTime(), payload, now.getTime()],
          );
          (row.state === 'cancelled' ? result.restored : result.updated).push(reminder.key);
        }
      }
      if (fresh.length > 0) await insertAll(client, fresh, now);
      const cancelled = await client.query<{ key: string }>(
        `UPDATE reminders SET state = 'cancelled', last_error = $1, updated_at = $2
         WHERE state = 'planned' AND due_at >= $3 AND due_at < $4 AND NOT (key = ANY($5)) RETURNING key`,
        [
          'no longer in the plan: session cancelled, moved or removed, or recipient opted out',
          now.getTime(),
          window.from.getTime(),
          window.to?.getTime() ?? Number.MAX_SAFE_INTEGER,
          desired.map((d) => d.key),
        ],
      );
      result.cancelled.push(...cancelled.rows.map((r) => r.key).sort());
      await setMeta(client, 'last_planned_at', now.toISOString());
    });
    return result;
  }

  async lastPlannedAt(): Promise<Date | undefined> {
    const value = await this.getMeta('last_planned_at');
    return value ? new Date(value) : undefined;
  }

  /** Only lapsed claims: a claim held by a live instance is that instance's to finish. */
  async recover(now: Date): Promise<string[]> {
    const { rows } = await this.db.step('recover reminders whose claim lapsed', (c) =>
      c.query<{ key: string }>(
        `UPDATE reminders SET state = 'planned', claimed_by = NULL, claim_expires_at = NULL, updated_at = $1
         WHERE ${LAPSED} RETURNING key`,
        [now.getTime()],
      ),
    );
    return rows.map((r) => r.key).sort();
  }

  async due(now: Date): Promise<OutboxReminder[]> {
    const { rows } = await this.db.step('list the due reminders', (c) =>
      c.query<Row>(
        `SELECT ${COLUMNS} FROM reminders WHERE (state = 'planned' AND due_at <= $1) OR (${LAPSED})
         ORDER BY due_at, key`,
        [now.getTime()],
      ),
    );
    return rows.map(toReminder);
  }

  async claim(key: string, now: Date): Promise<{ previousAttempts: number } | undefined> {
    const { rows } = await this.db.step(`claim reminder ${key}`, (c) =>
      c.query<{ attempts: number }>(
        `UPDATE reminders r SET state = 'sending', attempts = r.attempts + 1, claimed_by = $2,
           claim_expires_at = clock_timestamp() + make_interval(secs => $3), updated_at = $4
         FROM (SELECT key FROM reminders WHERE key = $1 AND (state = 'planned' OR (${LAPSED}))
               FOR UPDATE SKIP LOCKED) free
         WHERE r.key = free.key RETURNING r.attempts`,
        [key, this.instanceId, this.claimSeconds, now.getTime()],
      ),
    );
    const row = rows[0];
    return row ? { previousAttempts: row.attempts - 1 } : undefined;
  }

  async markSent(key: string, sent: { ts: string; channelId: string }, now: Date): Promise<void> {
    await this.finishClaim(key, 'sent', now, 'sent_ts = $4, channel_id = $5, next_attempt_at = NULL', [
      sent.ts,
      sent.channelId,
    ]);
  }

  async retryLater(key: string, error: string, nextAttemptAt: Date, now: Date): Promise<void> {
    await this.finishClaim(key, 'planned', now, 'last_error = $4, next_attempt_at = $5', [
      error,
      nextAttemptAt.getTime(),
    ]);
  }

  async skip(key: string, reason: string, now: Date): Promise<void> {
    const { rowCount } = await this.db.step(`mark reminder ${key} skipped`, (c) =>
      c.query(
        `UPDATE reminders SET state = 'skipped', last_error = $2, next_attempt_at = NULL, claimed_by = NULL,
           claim_expires_at = NULL, updated_at = $3
         WHERE key = $1 AND (state = 'planned' OR (state = 'sending' AND (claimed_by = $4 OR claim_expires_at < clock_timestamp())))`,
        [key, reason, now.getTime(), this.instanceId],
      ),
    );
    if (rowCount === 0) throw new ReminderStorageError(`Reminder ${key} cannot be skipped: it is no longer waiting`);
  }

  async get(key: string): Promise<OutboxReminder | undefined> {
    const { rows } = await this.db.step(`read reminder ${key}`, (c) =>
      c.query<Row>(`SELECT ${COLUMNS} FROM reminders WHERE key = $1`, [key]),
    );
    return rows[0] ? toReminder(rows[0]) : undefined;
  }

  async list(state?: ReminderState): Promise<OutboxReminder[]> {
    const { rows } = await this.db.step('list the reminders', (c) =>
      state
        ? c.query<Row>(`SELECT ${COLUMNS} FROM reminders WHERE state = $1 ORDER BY due_at, key`, [state])
        : c.query<Row>(`SELECT ${COLUMNS} FROM reminders ORDER BY due_at, key`),
    );
    return rows.map(toReminder);
  }

  async forget(prefix: string): Promise<number> {
    const pattern = `${prefix.replace(/[\\%_]/g, '\\$&')}%`;
    const { rowCount } = await this.db.step(`forget reminders ${prefix}*`, (c) =>
      c.query(`DELETE FROM reminders WHERE key LIKE $1`, [pattern]),
    );
    return rowCount ?? 0;
  }

  async getMeta(name: string): Promise<string | undefined> {
    const { rows } = await this.db.step(`read ${name}`, (c) =>
      c.query<{ value: string }>('SELECT value FROM outbox_meta WHERE name = $1', [name]),
    );
    return rows[0]?.value;
  }

  async setMeta(name: string, value: string): Promise<void> {
    await this.db.step(`store ${name}`, (c) => setMeta(c, name, value));
  }

  /** Ends this instance's own claim; if the claim lapsed and another instance took the reminder, nothing changes. */
  private async finishClaim(key: string, state: ReminderState, now: Date, sets: string, values: unknown[]) {
    const { rowCount } = await this.db.step(`mark reminder ${key} ${state}`, (c) =>
      c.query(
        `UPDATE reminders SET state = $2, ${sets}, claimed_by = NULL, claim_expires_at = NULL, updated_at = $3
         WHERE key = $1 AND state = 'sending' AND claimed_by = $${values.length + 4}`,
        [key, state, now.getTime(), ...values, this.instanceId],
      ),
    );
    if (rowCount === 0) {
      throw new ReminderStorageError(
        `Reminder ${key} cannot be marked ${state}: this instance no longer holds its claim (it lapsed after ${this.claimSeconds} s)`,
      );
    }
  }
}

async function insertAll(client: pg.PoolClient, reminders: DesiredReminder[], now: Date): Promise<void> {
  await client.query(
    `INSERT INTO reminders (key, session_key, lead, recipient_kind, recipient_id, state, due_at, payload, updated_at)
     SELECT key, session_key, lead, kind, id, 'planned', due_at, payload, $8
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[])
       AS t(key, session_key, lead, kind, id, due_at, payload)`,
    [
      reminders.map((r) => r.key),
      reminders.map((r) => r.sessionKey),
      reminders.map((r) => r.lead),
      reminders.map((r) => r.recipient.kind),
      reminders.map((r) => r.recipient.id),
      reminders.map((r) => r.dueAt.getTime()),
      reminders.map((r) => JSON.stringify(r.content)),
      now.getTime(),
    ],
  );
}

function setMeta(client: pg.Pool | pg.PoolClient, name: string, value: string) {
  return client.query(
    'INSERT INTO outbox_meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    [name, value],
  );
}

function toReminder(row: Row): OutboxReminder {
  return {
    key: row.key,
    sessionKey: row.session_key,
    lead: row.lead,
    recipient: { kind: row.recipient_kind, id: row.recipient_id },
    state: row.state,
    dueAt: new Date(Number(row.due_at)),
    content: JSON.parse(row.payload) as ReminderContent,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at === null ? undefined : new Date(Number(row.next_attempt_at)),
    lastError: row.last_error ?? undefined,
    sentTs: row.sent_ts ?? undefined,
    channelId: row.channel_id ?? undefined,
  };
}
