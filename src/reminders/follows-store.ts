import { type ReminderDatabase, storageStep } from './database.js';
import type { SessionFollow, SessionFollows } from './follows.js';

interface Row {
  user_id: string;
  session_key: string;
}

/** Follows live next to the outbox and the opt-ins, so a follow or an unfollow is planned on the very next tick. */
export class SqliteSessionFollows implements SessionFollows {
  constructor(private readonly db: ReminderDatabase) {
    if (!db.readonly) {
      storageStep('create the session follows table', () =>
        db.exec(
          `CREATE TABLE IF NOT EXISTS session_follows (
             user_id TEXT NOT NULL,
             session_key TEXT NOT NULL,
             PRIMARY KEY (user_id, session_key)
           )`,
        ),
      );
    }
  }

  follow(userId: string, sessionKey: string): boolean {
    return (
      storageStep(`store that ${userId} follows ${sessionKey}`, () =>
        this.db
          .prepare('INSERT OR IGNORE INTO session_follows (user_id, session_key) VALUES (?, ?)')
          .run(userId, sessionKey),
      ).changes === 1
    );
  }

  unfollow(userId: string, sessionKey: string): boolean {
    return (
      storageStep(`remove that ${userId} follows ${sessionKey}`, () =>
        this.db.prepare('DELETE FROM session_follows WHERE user_id = ? AND session_key = ?').run(userId, sessionKey),
      ).changes === 1
    );
  }

  followedBy(userId: string): string[] {
    return this.db
      .prepare<[string], Row>('SELECT * FROM session_follows WHERE user_id = ? ORDER BY session_key')
      .all(userId)
      .map((r) => r.session_key);
  }

  all(): SessionFollow[] {
    return this.db
      .prepare<[], Row>('SELECT * FROM session_follows ORDER BY user_id, session_key')
      .all()
      .map((r) => ({ userId: r.user_id, sessionKey: r.session_key }));
  }
}
