import type { SessionFollow, SessionFollows } from '../../src/reminders/follows.js';

/** Follows held in memory, standing in for the SQLite store in Slack tests. */
export class MemorySessionFollows implements SessionFollows {
  private readonly set = new Set<string>();
  private readonly key = (userId: string, sessionKey: string) => JSON.stringify([userId, sessionKey]);

  follow(userId: string, sessionKey: string): boolean {
    const had = this.set.has(this.key(userId, sessionKey));
    this.set.add(this.key(userId, sessionKey));
    return !had;
  }

  unfollow(userId: string, sessionKey: string): boolean {
    return this.set.delete(this.key(userId, sessionKey));
  }

  followedBy(userId: string): string[] {
    return this.all()
      .filter((f) => f.userId === userId)
      .map((f) => f.sessionKey);
  }

  all(): SessionFollow[] {
    return [...this.set].map((k) => {
      const [userId, sessionKey] = JSON.parse(k) as [string, string];
      return { userId, sessionKey };
    });
  }
}
