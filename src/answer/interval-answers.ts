import { formatDateRange } from '../knowledge/date-format.js';
import { meetingName } from '../knowledge/meeting-facts.js';
import type { Meeting, Schedule } from '../knowledge/schedule.js';
import type { Question } from '../question/question.js';
import { contentTokens } from '../retrieval/tokenize.js';
import * as chrono from '../text/chrono.js';
import { documentKindsNamed } from './document-kinds.js';
import { meetingSource } from './sources.js';
import type { Answer } from './types.js';

/**
 * "Roughly how long after the November 2006 meeting did its report come out?": the time between a meeting and a
 * dated document of its record, worked out rather than looked for, since no page states it.
 */
const ASKS_INTERVAL = /\bhow (?:long|many (?:days|weeks|months|years)|soon)\b.*\b(?:after|before|later|following)\b/i;

interface Stated {
  year: number;
  month: number;
  day?: number;
}

/** A date as a record writes it ("October 2007", "28 April 2017", "2006-11-21"), to the precision it states. */
function statedDate(text: string): Stated | undefined {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), ...(iso[3] ? { day: Number(iso[3]) } : {}) };
  const [found] = chrono.parse(text, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const start = found?.start;
  if (!start?.isCertain('year') || !start.isCertain('month')) return undefined;
  const day = start.isCertain('day') ? start.get('day') : undefined;
  return { year: start.get('year') ?? 0, month: start.get('month') ?? 0, ...(day ? { day } : {}) };
}

/** Below this many days, the gap is told in days; above it, in months. */
const DAYS_SHOWN_BELOW = 60;

function between(from: Stated, to: Stated): { amount: number; unit: 'day' | 'month' } {
  if (from.day !== undefined && to.day !== undefined) {
    const days = Math.round(
      (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
    );
    if (Math.abs(days) < DAYS_SHOWN_BELOW) return { amount: days, unit: 'day' };
  }
  return { amount: (to.year - from.year) * 12 + (to.month - from.month), unit: 'month' };
}

/** "How long was the 8th meeting?", "how many days did it last?": its length, from its dates. */
const ASKS_DURATION = /\bhow (?:long|many days)\b(?!.*\b(?:after|before|later|following)\b)/i;
/** The words of such a question that say only "its length": anything else names a part of the meeting. */
const DURATION_WORDS = new Set(contentTokens('how long many days last lasted take took run ran'));

function duration(m: Meeting): Answer | undefined {
  const start = m.start ? statedDate(m.start) : undefined;
  const end = statedDate(m.end ?? m.start ?? '');
  if (!start?.day || !end?.day || !m.start) return undefined;
  const days = between(start, end).amount + 1;
  return worked(
    m,
    `The ${meetingName(m)} lasted ${days} day${days === 1 ? '' : 's'}: ${formatDateRange(m.start, m.end)}.`,
  );
}

/** An answer worked out from the meeting's record, citing it. */
function worked(m: Meeting, answer: string, section?: string): Answer {
  return {
    answer,
    answered: true,
    intent: 'meeting.interval',
    sources: [meetingSource(m, section)],
    confidence: 0.9,
    ...(m.drafted ? { drafted: true } : {}),
  };
}

export function answerAboutInterval(q: Question, schedule: Schedule): Answer | undefined {
  if (q.meetingNumbers.length !== 1) return undefined;
  const m: Meeting | undefined = schedule.byNumber.get(q.meetingNumbers[0] ?? -1);
  // "How long did the opening session last?" asks about a session, which the agenda answers.
  if (m && ASKS_DURATION.test(q.question) && q.terms.every((t) => DURATION_WORDS.has(t.term))) return duration(m);
  if (!ASKS_INTERVAL.test(q.question)) return undefined;
  const held = statedDate(m?.end ?? m?.start ?? '');
  if (!m || !held) return undefined;
  const kinds = documentKindsNamed(q);
  const dated = (m.record?.documents ?? []).filter(
    (d) => d.date !== undefined && (kinds.length === 0 || kinds.includes(d.kind)),
  );
  const doc = dated[0];
  const issued = doc?.date ? statedDate(doc.date) : undefined;
  if (!doc || !issued) return undefined;
  const { amount, unit } = between(held, issued);
  const size = Math.abs(amount);
  const gap =
    size === 0 ? `in the same ${unit}` : `${size} ${unit}${size === 1 ? '' : 's'} ${amount > 0 ? 'after' : 'before'}`;
  const when = m.start ? ` (${formatDateRange(m.start, m.end)})` : '';
  return worked(
    m,
    `The ${doc.kind} of the ${meetingName(m)}, ${doc.symbol ?? doc.title}, is dated ${doc.date}: about ${gap} the meeting${when}.`,
    'Documents',
  );
}
