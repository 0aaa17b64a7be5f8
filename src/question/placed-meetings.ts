import { localIsoDate } from '../knowledge/date-format.js';
import { meetingPhase } from '../knowledge/meeting-phase.js';
import { ordinalSuffix } from '../knowledge/ordinals.js';
import type { Meeting } from '../knowledge/schedule.js';
import type { AnswerKind } from './expected-kind.js';
import type { MeetingNamePatterns } from './meeting-names.js';

/**
 * "Who chairs strand 2 at the next moot?", "the dates of last year's moot": a meeting named by where it stands
 * against the bot's present is renamed by its number or year before the question is read, so that every answerer
 * sees an ordinary reference to one meeting of the catalogue. "When is the next moot?" and "where is it?" stay
 * questions about the schedule, which answers them with the coming session as well.
 */

const YEAR_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
const AFTER_NOW = new Set(['next', 'upcoming', 'coming', 'forthcoming']);
/** Kinds of answer the schedule gives for the coming or the most recent meeting. */
const SCHEDULE_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'time', 'place']);

/** Words that may place a meeting against the present: most questions have none, and skip the reading below. */
const PLACING = /\b(?:next|upcoming|coming|forthcoming|previous|last|most recent|latest|this year)\b/i;

export function mayPlaceMeeting(question: string): boolean {
  return PLACING.test(question);
}

export function namePlacedMeetings(
  question: string,
  meetings: readonly Meeting[],
  names: MeetingNamePatterns,
  expects: AnswerKind,
  now: Date,
): string {
  const noun = names.noun.source;
  const byYear = new RegExp(
    `\\b(last|this|next) year'?s\\s+((?:[\\p{L}-]+\\s+)?${noun})|\\b(?:the\\s+)?((?:[\\p{L}-]+\\s+)?${noun})\\s+(?:of\\s+|from\\s+)?(last|this|next) year\\b`,
    'iu',
  );
  const year = byYear.exec(question);
  if (year) {
    const [whole, before, nounBefore, nounAfter, after] = year;
    const at = Number(localIsoDate(now, meetings.at(-1)?.timezone ?? 'UTC').slice(0, 4));
    const wanted = at + (YEAR_OFFSET[(before ?? after ?? '').toLowerCase()] ?? 0);
    if (!meetings.some((m) => m.start?.startsWith(String(wanted)))) return question;
    return question.replace(whole, `the ${wanted} ${nounBefore ?? nounAfter}`);
  }
  if (SCHEDULE_KINDS.has(expects)) return question;
  const byOrder = new RegExp(
    `\\b(?:the\\s+)?(next|upcoming|coming|forthcoming|previous|last|most recent|latest)\\s+((?:[\\p{L}-]+\\s+)?${noun})`,
    'iu',
  );
  const order = byOrder.exec(question);
  if (!order) return question;
  const [whole, placing = '', named = ''] = order;
  const dated = meetings
    .filter((m) => m.start !== undefined)
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  const target = AFTER_NOW.has(placing.toLowerCase())
    ? dated.find((m) => meetingPhase(m, now) !== 'past')
    : dated.filter((m) => meetingPhase(m, now) === 'past').at(-1);
  if (!target?.numbered) return question;
  return question.replace(whole, `the ${ordinalSuffix(target.number)} ${named}`);
}
