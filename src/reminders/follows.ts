/**
 * The sessions a person follows ("Follow" on a reminder, an answer or the agenda): each gets them a personal
 * reminder at their own lead time, and "my agenda" lists them. Keyed by `Session.key`, which survives reloads.
 */
export interface SessionFollow {
  userId: string;
  sessionKey: string;
}

type Awaitable<T> = T | Promise<T>;

/** Kept in SQLite under DATA_DIR, or in PostgreSQL where instances share one database. */
export interface SessionFollows {
  /** True when the person did not follow the session before. */
  follow(userId: string, sessionKey: string): Awaitable<boolean>;
  /** True when the person followed the session until now. */
  unfollow(userId: string, sessionKey: string): Awaitable<boolean>;
  followedBy(userId: string): Awaitable<string[]>;
  all(): Awaitable<SessionFollow[]>;
}
