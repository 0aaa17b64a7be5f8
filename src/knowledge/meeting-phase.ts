import { localIsoDate } from './date-format.js';
import type { Meeting } from './schedule.js';

export type MeetingPhase = 'past' | 'current' | 'future';

/**
 * Where a meeting stands against the bot's present, judged by the meeting's own calendar day (not the machine's):
 * a meeting with no date is taken as past. Dates known to the month only compare at the month.
 */
export function meetingPhase(m: Pick<Meeting, 'start' | 'end' | 'timezone'>, now: Date): MeetingPhase {
  const today = localIsoDate(now, m.timezone);
  const first = m.start ?? '';
  const last = m.end ?? first;
  if (!first || last.slice(0, today.length) < today.slice(0, last.length)) return 'past';
  if (first.slice(0, today.length) > today.slice(0, first.length)) return 'future';
  return 'current';
}
