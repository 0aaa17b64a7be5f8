-- Shared state of every instance: the reminder outbox with its claims, reminder opt-ins, handled Slack events,
-- and feedback. Times the bot plans by (due_at, next_attempt_at) are milliseconds of the bot's clock (NOW);
-- claim expiries are the database's own clock, the one clock all instances agree on.
CREATE TABLE reminders (
  key TEXT PRIMARY KEY,
  session_key TEXT NOT NULL,
  lead TEXT NOT NULL,
  recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('channel', 'user')),
  recipient_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('planned', 'sending', 'sent', 'skipped', 'cancelled')),
  due_at BIGINT NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT,
  last_error TEXT,
  sent_ts TEXT,
  channel_id TEXT,
  claimed_by TEXT,
  claim_expires_at TIMESTAMPTZ,
  updated_at BIGINT NOT NULL
);
CREATE INDEX reminders_by_state_due ON reminders (state, due_at);

CREATE TABLE outbox_meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE reminder_preferences (
  user_id TEXT PRIMARY KEY,
  opted_in BOOLEAN NOT NULL,
  lead_minutes INTEGER
);

CREATE TABLE handled_events (
  key TEXT PRIMARY KEY,
  claimed_by TEXT NOT NULL,
  claim_expires_at TIMESTAMPTZ NOT NULL,
  finished_at TIMESTAMPTZ,
  first_seen_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX handled_events_by_first_seen ON handled_events (first_seen_at);

CREATE TABLE feedback (
  id BIGSERIAL PRIMARY KEY,
  recorded_at TIMESTAMPTZ NOT NULL,
  clicked_at TEXT,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  question_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  answer_ts TEXT
);
