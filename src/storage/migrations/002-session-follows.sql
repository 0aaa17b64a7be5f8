-- The sessions people follow, for their personal reminders and "my agenda".
CREATE TABLE session_follows (
  user_id TEXT NOT NULL,
  session_key TEXT NOT NULL,
  PRIMARY KEY (user_id, session_key)
);
