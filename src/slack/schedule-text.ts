import { formatSessionTime, localIsoDate } from '../knowledge/date-format.js';
import { meetingLabel, meetingWhen } from '../knowledge/meeting-facts.js';
import type { Meeting, Schedule, Session } from '../knowledge/schedule.js';
import { escapeMrkdwn, mrkdwnLink } from './slack-text.js';

/**
 * The schedule as the Slack surfaces show it (App Home, `/meetings next`, the assistant's prompts).
 * "Now" is always the engine's clock, so a demo pinned with NOW sees the same future everywhere.
 */

/** Sessions that have not started yet, cancelled ones included so people learn of the cancellation. */
export function upcomingSessions(schedule: Schedule, now: Date, limit: number): Session[] {
  return schedule.sessions.filter((s) => s.start.getTime() > now.getTime()).slice(0, limit);
}

export function nextSession(schedule: Schedule, now: Date): Session | undefined {
  return schedule.sessions.find((s) => s.start.getTime() > now.getTime() && s.status === 'scheduled');
}

/** The latest meeting that has begun by `now`; meetings known only by month count from that month. */
export function mostRecentMeeting(schedule: Schedule, now: Date): Meeting | undefined {
  const today = localIsoDate(now, 'UTC');
  let latest: Meeting | undefined;
  for (const meeting of schedule.meetings) {
    if (!meeting.start || meeting.start > today) continue;
    if (!latest?.start || meeting.start >= latest.start) latest = meeting;
  }
  return latest;
}

export function meetingSource(meeting: Meeting): string {
  return meeting.url ? mrkdwnLink(meeting.url, 'meeting page') : `\`${meeting.sourcePath}\``;
}

/** "*Morning session* (cancelled), Twelfth Coordination Meeting…" then the local time with its zone. */
export function sessionSummary(session: Session): string {
  const cancelled = session.status === 'cancelled' ? ' (cancelled)' : '';
  const room = session.room ? `, ${escapeMrkdwn(session.room)}` : '';
  return [
    `*${escapeMrkdwn(session.title)}*${cancelled}, ${escapeMrkdwn(session.meetingTitle)}`,
    `${formatSessionTime(session.start, session.end, session.timezone)}${room}`,
  ].join('\n');
}

/** "*Twelfth Coordination Meeting…*: the twelfth meeting (2014), Thursday 20 – Friday 21 February 2014". */
export function meetingSummary(meeting: Meeting): string {
  const when = meetingWhen(meeting);
  return `*${escapeMrkdwn(meeting.title)}*: ${meetingLabel(meeting)}${when ? `, ${when}` : ''} (${meetingSource(meeting)})`;
}
