/**
 * The sessions a person follows ("Follow" on a reminder, an answer or the agenda): each gets them a personal
 * reminder at their own lead time, and "my agenda" lists them. Keyed by `Session.key`, which survives reloads.
 */
export interface SessionFollow {
  userId: string;
  sessionKey: string;
}

export interface SessionFollows {
  /** True when the person did not follow the session before. */
  follow(userId: string, sessionKey: string): boolean;
  /** True when the person followed the session until now. */
  unfollow(userId: string, sessionKey: string): boolean;
  followedBy(userId: string): string[];
  all(): SessionFollow[];
}
