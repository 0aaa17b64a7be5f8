import { extractSymbols } from '../knowledge/doc-symbols.js';
import { MONTH_PATTERN, monthNumber, ORDINAL_PATTERN, ordinalToNumber } from '../knowledge/ordinals.js';
import type { Meeting, Schedule } from '../knowledge/schedule.js';

/**
 * Reads what a question points at before any search: which meetings (by ordinal, number, year, month or date),
 * which document symbols, which relative time ("tomorrow afternoon"), and which fact is asked for.
 */

export type FactKind =
  | 'date'
  | 'venue'
  | 'opener'
  | 'closer'
  | 'objectives'
  | 'agenda'
  | 'speakers'
  | 'documents'
  | 'outcomes'
  | 'conclusions'
  | 'participants'
  | 'mandate'
  | 'time'
  | 'chair'
  | 'organizer';

export interface QueryAnalysis {
  question: string;
  meetingNumbers: number[];
  /** How the meeting was named: explicit ordinals are exact, years and months can match several. */
  meetingBy: 'ordinal' | 'date' | 'year' | 'none';
  symbols: string[];
  facts: FactKind[];
  agendaItem?: string;
  relative?: RelativeTime;
  wantsNext: boolean;
  dayPart?: 'morning' | 'afternoon';
  /** A weekday named in the question, 1 = Monday. */
  weekday?: number;
  /** "the second day", "day one": which day of a meeting, counted from 1. */
  dayIndex?: number;
  /** "objective (c)", "the third objective": which one of a list, counted from 1. */
  listIndex?: number;
  aggregate: boolean;
  countQuestion: boolean;
}

export interface RelativeTime {
  day?: 'today' | 'tomorrow' | 'yesterday' | number;
  next: boolean;
  previous: boolean;
}

const ORDINAL_MEETING = new RegExp(`\\b(${ORDINAL_PATTERN})\\s+(?:[a-z]+\\s+){0,3}?meetings?\\b`, 'gi');
const NUMBERED_MEETING = /\bmeeting\s+(?:no\.?\s*|number\s+|#)?(\d{1,2})\b(?!\s*(?:st|nd|rd|th|[/:.]\d))/gi;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi');
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const DAY_INDEX: Record<string, number> = {
  first: 1,
  opening: 1,
  one: 1,
  '1': 1,
  second: 2,
  two: 2,
  '2': 2,
  third: 3,
  three: 3,
  '3': 3,
  last: -1,
  final: -1,
  closing: -1,
};
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Each fact kind with the words that ask for it and, where needed, the words that mean something else is asked. */
const FACT_CUES: Array<[FactKind, RegExp, RegExp?]> = [
  [
    'opener',
    /\b(who (opened|welcomed)|opened by|opening (remarks|speech|statement|address)|opener|gave the opening)\b/i,
  ],
  ['closer', /\bclos(ed|ing|e)\b/i],
  ['chair', /\b(chair(ed|ing|man|woman|person)?|presid(ed|ent of the meeting))\b/i],
  ['date', /\b(when|what dates?|which dates?|dates?|what days?|which days|exact days|held|take place|took place)\b/i],
  // "Under which resolution was it convened?" asks for the mandate, not for who convened it.
  ['organizer', /\b(organi[sz](ed|er|ers|ing)|convened|convener|hosted|host)\b/i, /\bresolution\b.*\bconven/i],
  // "Where do I send my paper?" asks for an address; "in the first place" and "take place" name no place.
  [
    'venue',
    /\b(where(?! (?:do|should|can|could|must) (?:i|we|you) (?:send|submit|email|register))|venue|location|room|city|(?<!\b(?:first|take|takes|took|taking) )place)\b/i,
  ],
  [
    'time',
    /\b(what time|which time|hours?|o'?clock|a\.m\.|p\.m\.|(start|begin|end|finish)(s|ed)? at|when did .+ (start|begin|end|finish)|start time)\b/i,
  ],
  // "About" asks for the purpose only at the end ("what was it about?"), not in "report about their surveys".
  [
    'objectives',
    /\b(objectives?|purposes?|aims?|goals?|focus(ed)?|why (was|were|did|would)|about(?=\W*$)|intended|theme|main topic)\b/i,
  ],
  [
    'agenda',
    /\b(agenda|items?|programme|program|schedule|sessions?|on the table|discussed|topics?|what was on|what's on|what is on)\b/i,
  ],
  ['speakers', /\b(speakers?|spoke|speak|present(ed|er|ers|ation)|keynote|moderat\w*|panel\w*|talk(ed)?|who gave)\b/i],
  // How long a paper may be, when it is due or where it goes asks about the call for papers, and "asked to report
  // on" is a verb: neither asks for a document list.
  [
    'documents',
    /\b(documents?|papers?|reports?|symbols?|resolutions?|cited|references?)\b/i,
    /\b(how long|how many|deadline|due|submit\w*|send|length|pages?|template|format|(asked|invited|requested) to|report (on|about))\b|\bresolution\b.*\bconven/i,
  ],
  ['outcomes', /\b(outcomes?|results?|outputs?|feed|contribut\w+ to|led to|achieve\w*|follow-?up)\b/i],
  ['conclusions', /\b(conclu\w+|agreed?|decid\w+|recommend\w*)\b/i],
  [
    'participants',
    /\b(participants?|attend\w*|how many (people|participants)|who (came|took part)|br(ing|ought) together)\b/i,
  ],
  ['mandate', /\b(mandate\w*|legal basis|resolution .* (conven\w*|basis)|why .* convened|authori[sz]\w+)\b/i],
];

const EXTREME = new RegExp(
  `\\b(first|earliest|last|latest|most recent)\\s+(?:\\w+\\s+)?meeting\\s+(?:(?:that was|to be)\\s+)?(?:held\\s+)?(?:in|during)\\s+(?:(${MONTH_PATTERN})(?:\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))\\b`,
  'i',
);

/** "The first meeting held in February" names the earliest meeting of that month, not the 1st meeting. */
function extremeIn(q: string, schedule: Schedule): Meeting[] | undefined {
  const m = EXTREME.exec(q);
  if (!m) return undefined;
  const month = m[2] ? monthNumber(m[2]) : undefined;
  const year = m[3] ?? m[4];
  const inSpan = schedule.meetings.filter(
    (meeting) =>
      meeting.start !== undefined &&
      (month === undefined || Number(meeting.start.slice(5, 7)) === month) &&
      (year === undefined || meeting.start.startsWith(year)),
  );
  const found = /first|earliest/i.test(m[1]!) ? inSpan[0] : inSpan.at(-1);
  return found ? [found] : [];
}

function collectMeetingNumbers(q: string, schedule: Schedule): { numbers: number[]; by: QueryAnalysis['meetingBy'] } {
  const extreme = extremeIn(q, schedule);
  if (extreme) return { numbers: extreme.map((m) => m.number), by: 'date' };
  const exact = new Set<number>();
  for (const m of q.matchAll(ORDINAL_MEETING)) {
    const n = ordinalToNumber(m[1] ?? '');
    if (n) exact.add(n);
  }
  for (const m of q.matchAll(NUMBERED_MEETING)) exact.add(Number(m[1]));
  if (exact.size) return { numbers: [...exact], by: 'ordinal' };

  const byDate = new Set<number>();
  const covers = (meeting: Meeting, iso: string) =>
    meeting.start !== undefined && meeting.start <= iso && iso <= (meeting.end ?? meeting.start);
  const addDate = (day: string, month: string, year: string) => {
    const mm = monthNumber(month);
    if (!mm) return;
    const iso = `${year}-${String(mm).padStart(2, '0')}-${day.padStart(2, '0')}`;
    for (const meeting of schedule.meetings) if (covers(meeting, iso)) byDate.add(meeting.number);
  };
  for (const m of q.matchAll(DAY_MONTH_YEAR)) addDate(m[1]!, m[2]!, m[3]!);
  for (const m of q.matchAll(MONTH_DAY_YEAR)) addDate(m[2]!, m[1]!, m[3]!);
  let monthNamed = false;
  for (const m of q.matchAll(MONTH_YEAR)) {
    monthNamed = true;
    const mm = monthNumber(m[1]!);
    const prefix = `${m[2]}-${String(mm).padStart(2, '0')}`;
    for (const meeting of schedule.meetings) {
      if (meeting.start?.startsWith(prefix) || meeting.end?.startsWith(prefix)) byDate.add(meeting.number);
    }
  }
  if (byDate.size || monthNamed) return { numbers: [...byDate], by: 'date' };

  const byYear = new Set<number>();
  const years = [...q.matchAll(YEAR)].map((m) => m[1]!);
  // "resolution 58/208 of 2004" names a document's year, not a meeting's; only years near "meeting" or alone count.
  if (years.length && /\bmeetings?\b|\bin \d{4}\b|\bof \d{4}\b|\d{4} (one|edition|session)/i.test(q)) {
    for (const y of years)
      for (const meeting of schedule.meetings) if (meeting.start?.startsWith(y)) byYear.add(meeting.number);
    return { numbers: [...byYear], by: 'year' };
  }
  return { numbers: [], by: 'none' };
}

/** 1 = Monday … 7 = Sunday, as luxon counts. */
function weekdayIn(lower: string): number | undefined {
  const index = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}('?s)?\\b`).test(lower));
  return index >= 0 ? index + 1 : undefined;
}

function relativeTime(q: string): RelativeTime | undefined {
  const lower = q.toLowerCase();
  const next = /\b(next|upcoming|coming up|soon|later today)\b/.test(lower);
  const previous = /\b(last|previous|most recent|latest)\s+(session|meeting)\b/.test(lower) && !EXTREME.test(q);
  let day: RelativeTime['day'];
  if (/\b(today|this (morning|afternoon|evening))\b/.test(lower)) day = 'today';
  else if (/\btomorrow\b/.test(lower)) day = 'tomorrow';
  else if (/\byesterday\b/.test(lower)) day = 'yesterday';
  else {
    // With a year in the question a weekday belongs to that past meeting, not to the coming week.
    const weekday = weekdayIn(lower);
    if (weekday !== undefined && !/\d{4}/.test(lower)) day = weekday;
  }
  if (day === undefined && !next && !previous) return undefined;
  return { day, next, previous };
}

/** The question without the words that named the kind of fact asked for: what is left is its subject. */
export function withoutFactCues(question: string): string {
  return FACT_CUES.reduce((text, [, re]) => text.replace(new RegExp(re.source, 'gi'), ' '), question);
}

export function analyzeQuery(question: string, schedule: Schedule): QueryAnalysis {
  const q = question.replace(/\s+/g, ' ').trim();
  const { numbers, by } = collectMeetingNumbers(q, schedule);
  const facts = FACT_CUES.filter(([, cue, unless]) => cue.test(q) && !unless?.test(q)).map(([kind]) => kind);
  const item = /\bitem\s+([IVXLC]+|\d+)\b/i.exec(q);
  const lower = q.toLowerCase();
  const relative = relativeTime(q);
  const dayPart = /\bmorning\b/.test(lower) ? 'morning' : /\bafternoon\b/.test(lower) ? 'afternoon' : undefined;
  const dayWord =
    /\b(?:(first|second|third|last|final|opening|closing) day|day (one|two|three|1|2|3)|(first|second|third) (morning|afternoon))\b/i.exec(
      q,
    );
  const dayIndex = dayWord ? DAY_INDEX[(dayWord[1] ?? dayWord[2] ?? dayWord[3] ?? '').toLowerCase()] : undefined;
  const listWord =
    /\b(?:objective|item|point|aim|goal)\s*\(([a-h])\)|\b(first|second|third|fourth|fifth)\s+(?:objective|aim|goal|purpose)\b/i.exec(
      q,
    );
  const listIndex = listWord
    ? listWord[1]
      ? listWord[1].toLowerCase().charCodeAt(0) - 96
      : ordinalToNumber(listWord[2] ?? '')
    : undefined;
  return {
    question: q,
    meetingNumbers: numbers,
    meetingBy: by,
    symbols: [...new Set(extractSymbols(q).map((s) => s.symbol))],
    facts,
    agendaItem: item?.[1]?.toUpperCase(),
    relative,
    wantsNext: Boolean(relative?.next) && /\b(session|meeting|event)s?\b/.test(lower),
    dayPart,
    weekday: weekdayIn(lower),
    dayIndex,
    listIndex,
    aggregate:
      /\b(which|what|list( all)?|all( the)?) (coordination )?meetings\b|\bin which meetings?\b|\bat which meetings?\b|\bhow many (\w+ )?meetings\b|\bacross (the )?meetings\b|\bany meeting\b|\bthe (coordination )?(meetings? )?series\b|\b(the|all) (coordination )?meetings\b/i.test(
        q,
      ),
    countQuestion: /\bhow many (\w+ )?meetings\b/i.test(q),
  };
}
