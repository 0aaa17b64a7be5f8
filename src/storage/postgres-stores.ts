import type { SessionFollow, SessionFollows } from '../reminders/follows.js';
import type { ReminderPreference, ReminderPreferences } from '../reminders/preferences.js';
import { validatePreference } from '../reminders/preferences-store.js';
import type { PostgresPool } from './postgres-pool.js';
import type { FeedbackEntry, FeedbackStore, HandledEventStore } from './types.js';

/** Opt-ins in the shared database, so a choice made through one instance plans reminders on all of them. */
export class PostgresReminderPreferences implements ReminderPreferences {
  constructor(private readonly db: PostgresPool) {}

  async get(userId: string): Promise<ReminderPreference> {
    const { rows } = await this.db.step(`read the reminder preference of ${userId}`, (c) =>
      c.query<Row>('SELECT user_id, opted_in, lead_minutes FROM reminder_preferences WHERE user_id = $1', [userId]),
    );
    return rows[0] ? toPreference(rows[0]) : { optedIn: false };
  }

  async set(userId: string, preference: ReminderPreference): Promise<void> {
    validatePreference(userId, preference);
    await this.db.step(`store the reminder preference of ${userId}`, (c) =>
      c.query(
        `INSERT INTO reminder_preferences (user_id, opted_in, lead_minutes) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET opted_in = excluded.opted_in, lead_minutes = excluded.lead_minutes`,
        [userId, preference.optedIn, preference.leadMinutes ?? null],
      ),
    );
  }

  async optedInUsers(): Promise<Array<{ userId: string } & ReminderPreference>> {
    const { rows } = await this.db.step('list the users who opted in to reminders', (c) =>
      c.query<Row>('SELECT user_id, opted_in, lead_minutes FROM reminder_preferences WHERE opted_in ORDER BY user_id'),
    );
    return rows.map((row) => ({ userId: row.user_id, ...toPreference(row) }));
  }
}

interface Row {
  user_id: string;
  opted_in: boolean;
  lead_minutes: number | null;
}

function toPreference(row: Row): ReminderPreference {
  return row.lead_minutes === null
    ? { optedIn: row.opted_in }
    : { optedIn: row.opted_in, leadMinutes: row.lead_minutes };
}

/** Events are remembered a day: Slack stops redelivering within the hour. */
const EVENT_MEMORY = '1 day';
/** Forgetting old events on every claim would cost a write per event; once every so many is plenty. */
const PRUNE_EVERY = 500;
/** How many times a claim is renewed within its own length while its event is still being handled. */
const RENEWALS_PER_CLAIM = 3;

/**
 * Each event key gets one row. The instance whose insert creates it handles the event; a redelivery reaching any
 * instance finds the row and is dropped, unless the claim was never finished and has lapsed: the instance that
 * took it died, and the redelivery is handled instead.
 */
export class PostgresHandledEvents implements HandledEventStore {
  private claims = 0;

  constructor(
    private readonly db: PostgresPool,
    private readonly instanceId: string,
    private readonly claimSeconds: number,
  ) {}

  async claim(key: string): Promise<boolean> {
    if (++this.claims % PRUNE_EVERY === 0) {
      await this.db.step('forget old Slack events', (c) =>
        c.query(`DELETE FROM handled_events WHERE first_seen_at < clock_timestamp() - interval '${EVENT_MEMORY}'`),
      );
    }
    const { rowCount } = await this.db.step(`claim Slack event ${key}`, (c) =>
      c.query(
        `INSERT INTO handled_events (key, claimed_by, claim_expires_at)
         VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3))
         ON CONFLICT (key) DO UPDATE SET claimed_by = excluded.claimed_by, claim_expires_at = excluded.claim_expires_at
         WHERE handled_events.finished_at IS NULL AND handled_events.claim_expires_at < clock_timestamp()`,
        [key, this.instanceId, this.claimSeconds],
      ),
    );
    return rowCount === 1;
  }

  keepAlive(key: string, onError: (error: unknown) => void): { stop(): void } {
    const renew = () =>
      this.db
        .step(`renew the claim on Slack event ${key}`, (c) =>
          c.query(
            `UPDATE handled_events SET claim_expires_at = clock_timestamp() + make_interval(secs => $3)
             WHERE key = $1 AND claimed_by = $2 AND finished_at IS NULL`,
            [key, this.instanceId, this.claimSeconds],
          ),
        )
        .catch(onError);
    // Renewed well before it lapses, so a busy database still has time to take the update.
    const timer = setInterval(renew, (this.claimSeconds * 1000) / RENEWALS_PER_CLAIM);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }

  async finish(key: string): Promise<boolean> {
    const { rowCount } = await this.db.step(`record Slack event ${key} as handled`, (c) =>
      c.query(
        'UPDATE handled_events SET finished_at = clock_timestamp() WHERE key = $1 AND claimed_by = $2 AND finished_at IS NULL',
        [key, this.instanceId],
      ),
    );
    return rowCount === 1;
  }
}

/** Votes in the shared database: whichever instance took the click, none is lost and all are in one place. */
export class PostgresFeedbackStore implements FeedbackStore {
  constructor(private readonly db: PostgresPool) {}

  async append(entry: FeedbackEntry): Promise<void> {
    await this.db.step(`record ${entry.vote} feedback of ${entry.userId} on ${entry.questionId}`, (c) =>
      c.query(
        `INSERT INTO feedback (recorded_at, clicked_at, vote, question_id, user_id, answer_ts)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [entry.at, entry.clickedAt ?? null, entry.vote, entry.questionId, entry.userId, entry.answerTs ?? null],
      ),
    );
  }
}

/** The sessions people follow, shared by every instance. */
export class PostgresSessionFollows implements SessionFollows {
  constructor(private readonly db: PostgresPool) {}

  async follow(userId: string, sessionKey: string): Promise<boolean> {
    const { rowCount } = await this.db.step(`store that ${userId} follows ${sessionKey}`, (c) =>
      c.query('INSERT INTO session_follows (user_id, session_key) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        userId,
        sessionKey,
      ]),
    );
    return rowCount === 1;
  }

  async unfollow(userId: string, sessionKey: string): Promise<boolean> {
    const { rowCount } = await this.db.step(`remove that ${userId} follows ${sessionKey}`, (c) =>
      c.query('DELETE FROM session_follows WHERE user_id = $1 AND session_key = $2', [userId, sessionKey]),
    );
    return rowCount === 1;
  }

  async followedBy(userId: string): Promise<string[]> {
    const { rows } = await this.db.step(`list the sessions ${userId} follows`, (c) =>
      c.query<{ session_key: string }>(
        'SELECT session_key FROM session_follows WHERE user_id = $1 ORDER BY session_key',
        [userId],
      ),
    );
    return rows.map((r) => r.session_key);
  }

  async all(): Promise<SessionFollow[]> {
    const { rows } = await this.db.step('list the followed sessions', (c) =>
      c.query<{ user_id: string; session_key: string }>(
        'SELECT user_id, session_key FROM session_follows ORDER BY user_id, session_key',
      ),
    );
    return rows.map((r) => ({ userId: r.user_id, sessionKey: r.session_key }));
  }
}
