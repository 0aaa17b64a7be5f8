import type { AgendaItem } from '../knowledge/meeting-record.js';

/**
 * What a reminder is, shared by the planner that makes reminders, the stores that keep them and the message that
 * renders them; none of those needs the others to name a reminder.
 */

export interface Recipient {
  kind: 'channel' | 'user';
  /** A channel ID (C…/G…) or a user ID (U…/W…); users get the reminder as a direct message. */
  id: string;
}

/** The slice of a session a message needs, as JSON, so a stored reminder renders without the schedule. */
export interface ReminderSession {
  key: string;
  title: string;
  start: string;
  end?: string;
  timezone: string;
  room?: string;
  cutOff: boolean;
  items: Array<Pick<AgendaItem, 'number' | 'title' | 'speakers' | 'moderators' | 'documents'>>;
}

export interface ReminderContent {
  /** `session`: one session, before it starts. `day`: the digest of one meeting day. */
  kind: 'session' | 'day';
  lead: string;
  rehearsal: boolean;
  meetingTitle: string;
  timezone: string;
  /** The meeting day (YYYY-MM-DD, meeting zone) of a digest. */
  day?: string;
  sessions: ReminderSession[];
  /** Where the agenda's document symbols link ("https://undocs.org/{symbol}"); unlinked when unknown. */
  symbolUrlTemplate?: string;
}

export interface DesiredReminder {
  /** `${sessionKey}|${lead}|${recipient id}`: unique and stable, the only identity a reminder has. */
  key: string;
  /** The session's key, or for a digest the meeting day's key `day:<meeting>@<date>`. */
  sessionKey: string;
  lead: string;
  recipient: Recipient;
  dueAt: Date;
  content: ReminderContent;
}

export type ReminderState = 'planned' | 'sending' | 'sent' | 'skipped' | 'cancelled';

export interface OutboxReminder {
  key: string;
  sessionKey: string;
  lead: string;
  recipient: Recipient;
  state: ReminderState;
  dueAt: Date;
  content: ReminderContent;
  /** Posts tried so far; above zero, a post may have reached Slack before the process stopped. */
  attempts: number;
  nextAttemptAt?: Date;
  lastError?: string;
  sentTs?: string;
  /** The conversation the reminder went to (for a user, the IM channel). */
  channelId?: string;
}

export interface ReplanResult {
  inserted: string[];
  updated: string[];
  cancelled: string[];
  restored: string[];
}
