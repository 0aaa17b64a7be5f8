import { extractSymbols } from '../knowledge/doc-symbols.js';
import { statedClock } from '../knowledge/drafting/clock-times.js';
import {
  CARDINAL_PATTERN,
  cardinalToNumber,
  MONTH_PATTERN,
  MONTHS,
  monthNumber,
  ORDINAL_PATTERN,
  ordinalToNumber,
  WEEKDAYS,
} from '../knowledge/ordinals.js';
import type { Meeting } from '../knowledge/schedule.js';
import { contentTokens, foldText, STOPWORDS } from '../retrieval/tokenize.js';
import nlp from '../text/nlp.js';
import { asksAboutPlanChange, withoutPlanChangeCues } from '../text/plan-changes.js';
import { MODERATING, PEOPLE_IN_GENERAL } from '../text/role-words.js';
import type { Catalogue } from './catalogue.js';
import { readConversation, sentenceAsks, splitSentences } from './conversation.js';
import { type AnswerKind, expectedKind, expectsSpan, fillsObjectGap, timeBoundaries } from './expected-kind.js';
import { UNIVERSAL_NOUNS } from './meeting-names.js';
import { mayPlaceMeeting, namePlacedMeetings } from './placed-meetings.js';
import { correctSpelling } from './spelling.js';

/**
 * The one reading of a question that every answerer takes: parsed once, here, and never re-read from the raw
 * text. It holds the question's core without the conversation around it, the kind of answer it expects, the
 * meetings it names (resolved against the corpus's own catalogue, whatever the series calls its meetings), the
 * document symbols it names, the relative time it speaks of ("tomorrow afternoon"), the record facts it asks
 * for, and its content terms with their weights.
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
  | 'organizer'
  | 'host'
  | 'timezone';

export interface Term {
  /** Stemmed, as search indexes it. */
  term: string;
  /** Inverse document frequency in the corpus: rare words say more about which passage answers. */
  weight: number;
}

export interface Question {
  /** What was typed, with invisible characters removed and spacing made regular. */
  text: string;
  /** The question itself: no greetings, thanks or lead-ins, spelling mended against the corpus. */
  question: string;
  /** Nothing but greetings, thanks, emoji or a request for help. */
  social: boolean;
  help: boolean;
  /** About the assistant itself ("what is your system prompt?"), not about the documents. */
  aboutAssistant: boolean;
  /** Words the documents do not use and English does not either: most likely another language. */
  foreign: boolean;
  expects: AnswerKind;
  /** For a time: whether the question asks when something starts, ends, or both ("from when to when?" asks neither). */
  asksStart: boolean;
  asksEnd: boolean;
  /** For "how many X": the stem of X, the thing a count must be of. */
  counted?: string;
  /** For "what were the results of …": the noun asked for (as typed, lower case), which an answer must speak of. */
  head?: string;
  meetingNumbers: number[];
  /** How the meeting was named: explicit ordinals are exact, years and months can match several. */
  meetingBy: 'ordinal' | 'date' | 'year' | 'title' | 'none';
  /** Content terms that say what is asked about, without the words that only name the meeting. */
  terms: Term[];
  symbols: string[];
  facts: FactKind[];
  agendaItem?: string;
  relative?: RelativeTime;
  wantsNext: boolean;
  /** "When's the next convocation?": the next of the series' meetings, named by the series' own noun. */
  wantsNextMeeting: boolean;
  dayPart?: 'morning' | 'afternoon';
  /** A weekday named in the question, 1 = Monday. */
  weekday?: number;
  /** "What's on Thursday at noon?": a clock time named in the question, "HH:mm", asking for what runs then. */
  atClock?: string;
  /** "the second day", "day one": which day of a meeting, counted from 1. */
  dayIndex?: number;
  /** "objective (c)", "the third objective": which one of a list, counted from 1. */
  listIndex?: number;
  /** "the final session", "the second sitting": which session of the meeting, counted from 1; -1 is the last. */
  sessionIndex?: number;
  /** "the 5th meeting" of a series of sessions: the session whose own title gives it that number. */
  sessionNumber?: number;
  /**
   * What the question is about once the words that name the kind of fact and the position it asks for ("the final
   * session", "day one", "the third objective") are taken out: what an answer must speak to.
   */
  subject: string;
  aggregate: boolean;
  countQuestion: boolean;
  /** Asks what was planned before a meeting was postponed or moved, or about the change ("the original dates"). */
  planChange: boolean;
  /** "Who moderated the panel?": the person asked for moderates an item, which its speakers do not answer. */
  asksModerator: boolean;
}

export interface RelativeTime {
  day?: 'today' | 'tomorrow' | 'yesterday' | number;
  next: boolean;
  previous: boolean;
}

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi');
const MONTH_WITH_YEAR = new RegExp(MONTH_YEAR.source, 'i');
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
/** "item III", "item 3", "item three": the agenda item asked about. */
const ITEM_NUMBER = new RegExp(`\\bitem\\s+([IVXLC]+|\\d+|${CARDINAL_PATTERN})\\b`, 'i');

const DAY_INDEX: Record<string, number> = {
  first: 1,
  '1st': 1,
  opening: 1,
  one: 1,
  '1': 1,
  second: 2,
  '2nd': 2,
  two: 2,
  '2': 2,
  third: 3,
  '3rd': 3,
  three: 3,
  '3': 3,
  last: -1,
  final: -1,
  closing: -1,
};

const TIME_ZONE_WORDS = /\btime[- ]?zones?\b/i;

/** Each fact kind with the words that ask for it and, where needed, the words that mean something else is asked. */
const FACT_CUES: Array<[FactKind, RegExp, RegExp?]> = [
  [
    'opener',
    /\b(who (opened|welcomed|kicked off|started)|opened by|opening (remarks|speech|statement|address)|opener|gave the opening)\b/i,
  ],
  ['closer', /\bclos(ed|ing|e)\b/i],
  ['chair', /\b(chair(ed|ing|man|woman|person)?|presid(ed|ent of the meeting))\b/i],
  ['date', /\b(when|(?:what|which) (?:dates?|days?|years?|months?)|dates?|days|held|take place|took place)\b/i],
  // "Under which resolution was it convened?" asks for the mandate, not for who convened it.
  // "Which venue hosted it?" asks for the place that hosted, not for the host.
  ['organizer', /\b(organi[sz](ed|er|ers|ing)|convened|convener)\b/i, /\bresolution\b.*\bconven/i],
  [
    'host',
    /\b(hosted|hosts?|hosting)\b/i,
    /\b(?:venue|room|hall|building|city|town|place)\s+(?:[\p{L}-]+\s+){0,2}?host(?:ed|s)?\b/iu,
  ],
  // "Where do I send my paper?" asks for an address; "in the first place" and "take place" name no place.
  [
    'venue',
    /\b(where(?! (?:do|should|can|could|must) (?:i|we|you) (?:send|submit|email|register))|venue|location|room|city|(?<!\b(?:first|take|takes|took|taking) )place)\b/i,
  ],
  [
    'time',
    /\b(what time|which time|hours?|o'?clock|a\.m\.|p\.m\.|(start|begin|end|finish)(s|ed)? at|when did .+ (start|begin|end|finish)|start time)\b/i,
    TIME_ZONE_WORDS,
  ],
  ['timezone', TIME_ZONE_WORDS],
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
  // How long a paper may be ("4 pages max"), when it is due or where it goes asks about the call for papers, and
  // "asked to report on" is a verb: neither asks for a document list. "The page" a meeting has is no paper's length.
  [
    'documents',
    /\b(documents?|papers?|reports?|symbols?|resolutions?|cited|references?)\b/i,
    /\b(how long|how many|deadline|due|submit\w*|send|length|(?:\d+|max\w*) pages?|pages? (?:max\w*|long|limit)|template|format|(asked|invited|requested) to|report (on|about))\b|\bresolution\b.*\bconven/i,
  ],
  ['outcomes', /\b(outcomes?|results?|outputs?|feed|contribut\w+ to|led to|achieve\w*|follow-?up)\b/i],
  ['conclusions', /\b(conclu\w+|agreed?|decid\w+|recommend\w*)\b/i],
  [
    'participants',
    /\b(participants?|attend\w*|how many (people|participants)|who (came|took part)|br(ing|ought) together)\b/i,
  ],
  ['mandate', /\b(mandate\w*|legal basis|resolution .* (conven\w*|basis)|why .* convened|authori[sz]\w+)\b/i],
];

/** "The 2002 one", "the 8th one", "the Manila one": "one" stands for the series' noun, as people write it. */
const ONE_AFTER = new RegExp(
  `\\b(${ORDINAL_PATTERN}|\\d{1,2}(?:st|nd|rd|th)|(?:19|20)\\d\\d|[\\p{L}-]{3,})\\s+one\\b(?!\\s+of\\b)`,
  'giu',
);

/** "The next one", "the last one": words that place a meeting in the series, as an ordinal does. */
const PLACING = /^(?:next|last|previous|upcoming|latest|final|earliest)$/i;

/**
 * "What docs were there for the 12th?": an ordinal with no noun, ending the clause or before a place or time, stands
 * for the series' noun as well. "On the 12th" is a day of the month, and "the 12th of May" or "the first and
 * second day" go on to their own noun.
 */
const BARE_ORDINAL = new RegExp(
  `(?<!\\bon\\s)\\bthe\\s+(${ORDINAL_PATTERN}|\\d{1,2}(?:st|nd|rd|th))\\b(?=\\s*(?:[?!.,;:)]|$)|\\s+(?:in|at|held|during|last|this|next)\\b)`,
  'giu',
);

/**
 * "What time does the 9th start?", "did the 5th decide anything?": after an auxiliary, "the 9th" is the subject of
 * the verb that follows it, so it names a meeting. Whether that word is a verb is compromise's to say.
 */
const INVERTED_ORDINAL = new RegExp(
  `\\b(?:do|does|did|will|would|can|could|should|has|have|had)\\s+the\\s+(${ORDINAL_PATTERN}|\\d{1,2}(?:st|nd|rd|th))(?=\\s+(\\p{L}+))`,
  'giu',
);

function withSeriesNoun(q: string, catalogue: Catalogue): string {
  // The series' own word ("colloquium", "round"), as its meetings are named: "meeting" is the word of any series.
  const noun = catalogue.seriesNoun;
  const isNoun = (word: string) => catalogue.names.nouns.some((n) => word.toLowerCase().startsWith(n));
  return q
    .replace(INVERTED_ORDINAL, (whole, _ordinal: string, next: string) =>
      !isNoun(next) && nlp(`to ${next}`).has('#Verb') ? `${whole} ${noun}` : whole,
    )
    .replace(ONE_AFTER, (whole, before: string) => {
      const names = /^\p{L}/u.test(before) && ordinalToNumber(before) === undefined && !PLACING.test(before);
      // A word before "one" names a meeting only if it is one of the catalogue's name words ("the Manila one").
      return names && !catalogue.nameWords.has(foldText(before)) ? whole : `${before} ${noun}`;
    })
    .replace(BARE_ORDINAL, (whole) => `${whole} ${noun}`);
}

/** "The first meeting held in February" names the earliest meeting of that month, not the 1st meeting. */
function extremeIn(q: string, catalogue: Catalogue): Meeting[] | undefined {
  const noun = catalogue.names.noun.source.replace(/^\\b|\\b$/g, '');
  const extreme = new RegExp(
    `\\b(first|earliest|last|latest|most recent)\\s+(?:\\w+\\s+)?${noun}\\s+(?:(?:that was|to be)\\s+)?(?:held\\s+)?(?:in|during)\\s+(?:(${MONTH_PATTERN})(?:\\s+((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))\\b`,
    'iu',
  ).exec(q);
  if (!extreme) return undefined;
  const month = extreme[2] ? monthNumber(extreme[2]) : undefined;
  const year = extreme[3] ?? extreme[4];
  const inSpan = catalogue.schedule.meetings.filter(
    (meeting) =>
      meeting.start !== undefined &&
      (month === undefined || Number(meeting.start.slice(5, 7)) === month) &&
      (year === undefined || meeting.start.startsWith(year)),
  );
  const found = /first|earliest/i.test(extreme[1] ?? '') ? inSpan[0] : inSpan.at(-1);
  return found ? [found] : [];
}

/** The ordinal's mention ends in the series' own noun ("5th session"), or the series has none but "meeting". */
function isSeriesNoun(mention: string, seriesNoun: string): boolean {
  const noun = foldText(mention.split(/\s+/).at(-1) ?? '').replace(/s$/, '');
  return seriesNoun === 'meeting' || noun === seriesNoun || !UNIVERSAL_NOUNS.includes(noun);
}

function numberNamed(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : (ordinalToNumber(word) ?? cardinalToNumber(word));
}

/**
 * Words of the question that name one meeting of the corpus by its place or title ("the Nairobi workshop"). With
 * `citiesOnly`, only the city a meeting was held in counts: "the Manila report", "who spoke in Suva".
 */
/** The question's words that may name a meeting (its city, a title word), folded as the catalogue holds them. */
const nameWordsOf = (q: string) => foldText(q).match(/[a-z][a-z-]{2,}/g) ?? [];

function byNameWords(q: string, catalogue: Catalogue, citiesOnly = false): number[] {
  const found = new Set<number>();
  // "What room is the Sapporo muster in?": the word that asks for a fact names no meeting, even one a venue's name
  // holds ("Blencathra Room").
  for (const w of nameWordsOf(withoutFactCues(q)))
    for (const n of catalogue.nameWords.get(w) ?? []) if (!citiesOnly || inCity(w, n, catalogue)) found.add(n);
  return [...found];
}

/** The word is one of the words of the city meeting `n` was held in. */
function inCity(word: string, n: number, catalogue: Catalogue): boolean {
  const city = catalogue.schedule.byNumber.get(n)?.record?.city ?? '';
  return foldText(city)
    .split(/[^a-z-]+/)
    .includes(word);
}

interface NamedMeetings {
  numbers: number[];
  by: Question['meetingBy'];
  /** "the 2nd meeting" of "the 5th session": the number of the part of the meeting the question names. */
  part?: number;
}

function collectMeetingNumbers(q: string, catalogue: Catalogue): NamedMeetings {
  const { schedule, names } = catalogue;
  const extreme = extremeIn(q, catalogue);
  if (extreme) return { numbers: extreme.map((m) => m.number), by: 'date' };
  const exact = new Set<number>();
  /** Ordinals with a noun the series does not name its meetings with ("the 2nd meeting" of a series of sessions). */
  const generic = new Set<number>();
  for (const m of q.matchAll(names.ordinal)) {
    const n = numberNamed(m[1] ?? '');
    if (n) (isSeriesNoun(m[0], catalogue.seriesNoun) ? exact : generic).add(n);
  }
  for (const m of q.matchAll(names.numbered)) {
    const n = numberNamed((m[1] ?? '').toLowerCase());
    if (n) exact.add(n);
  }
  for (const m of names.code ? q.matchAll(names.code) : []) {
    const n = Number(m[1]);
    if (schedule.byNumber.has(n)) exact.add(n);
  }
  // A series with a noun of its own may call the sittings of a meeting by the generic one ("the 2nd meeting of the
  // 5th session", "the 5th meeting in Montevideo"): where the question names a meeting otherwise, by the series' noun,
  // its code or its city, such an ordinal names a part of that meeting. Alone, it names the meeting.
  const inCityNamed = exact.size || !generic.size ? [] : byNameWords(q, catalogue, true);
  const part = generic.size === 1 ? [...generic][0] : undefined;
  if (!exact.size && inCityNamed.length === 1) return { numbers: inCityNamed, by: 'title', ...(part ? { part } : {}) };
  if (exact.size && generic.size) return { numbers: [...exact], by: 'ordinal', ...(part ? { part } : {}) };
  if (!exact.size) for (const n of generic) exact.add(n);
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
  if (byDate.size) return { numbers: [...byDate], by: 'date' };
  // "wasn't Durban supposed to be in Nov 2021?": a month no meeting was held in, beside a meeting named by its place,
  // is about something else (the dates it was first planned for), as a year is below.
  if (monthNamed) {
    const named = byNameWords(q, catalogue, !names.noun.test(q));
    return named.length ? { numbers: named, by: 'title' } : { numbers: [], by: 'date' };
  }

  const byYear = new Set<number>();
  const years = [...q.matchAll(YEAR)].map((m) => m[1]!);
  // "resolution 58/208 of 2004" names a document's year, not a meeting's; only years near the series' noun or alone count.
  if (years.length && (names.noun.test(q) || /\b(in|of|from) \d{4}\b|\d{4}'s\b/i.test(q))) {
    for (const y of years)
      for (const meeting of schedule.meetings) if (meeting.start?.startsWith(y)) byYear.add(meeting.number);
    // "species for 2050 climates at the Porto colloquium": a year no meeting was held in, beside a meeting named by
    // its place, is about something else.
    const named = byYear.size ? [] : byNameWords(q, catalogue, !names.noun.test(q));
    return named.length ? { numbers: named, by: 'title' } : { numbers: [...byYear], by: 'year' };
  }
  // "Melbourne 2027": without the series' noun, a year beside the city that year's meeting was held in names it.
  const words = nameWordsOf(q);
  const placed = schedule.meetings.filter(
    (m) => years.some((y) => m.start?.startsWith(y)) && words.some((w) => inCity(w, m.number, catalogue)),
  );
  if (placed.length) return { numbers: placed.map((m) => m.number), by: 'title' };
  // "The Nairobi workshop": a name word counts beside the series' own word for its meetings; a city on its own
  // does too, as people name a meeting by where it was held ("the Manila report").
  const named = byNameWords(q, catalogue, !names.noun.test(q));
  if (named.length) return { numbers: named, by: 'title' };
  return { numbers: [], by: 'none' };
}

/** 1 = Monday … 7 = Sunday, as luxon counts. */
function weekdayIn(lower: string): number | undefined {
  const index = WEEKDAYS.findIndex((d) => new RegExp(`\\b${d}('?s)?\\b`).test(lower));
  return index >= 0 ? index + 1 : undefined;
}

function relativeTime(q: string, catalogue: Catalogue): RelativeTime | undefined {
  const lower = q.toLowerCase();
  // "The next session", "what's next?": "next" speaks of the schedule only beside its own nouns or alone; "the
  // country hosting the next forum" names something else that comes next.
  const next =
    /\b(upcoming|coming up|soon|later today)\b/.test(lower) ||
    new RegExp(
      `\\bnext\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:sessions?|sittings?|events?|one|${catalogue.names.noun.source})|\\bnext\\W*$`,
      'iu',
    ).test(lower);
  const previous =
    new RegExp(`\\b(last|previous|most recent|latest)\\s+(session|${catalogue.names.noun.source})`, 'iu').test(lower) &&
    extremeIn(q, catalogue) === undefined;
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
/**
 * "The 2007 one talked about the GFMD in Belgium? Which country hosted the next forum": after a sentence that sets
 * the context, the last sentence with a question word is what is asked; the context still names the meeting.
 */
function askingPart(q: string): string {
  const sentences = splitSentences(q);
  if (sentences.length < 2) return q;
  const anywhere = new RegExp(QUESTION_WORDS.source, 'i');
  const asking = sentences.filter((s) => sentenceAsks(s) || anywhere.test(s));
  return asking.length ? asking.join(' ') : q;
}

/** Record facts a text names ("The objectives of the Meeting are" names the objectives), by the cues questions use. */
export function factsNamedIn(text: string): FactKind[] {
  return FACT_CUES.filter(([, cue, unless]) => cue.test(text) && !unless?.test(text)).map(([kind]) => kind);
}

/** Facts that are a person, which "who" asks for and "when" does not. */
const PERSON_FACTS = new Set<FactKind>(['opener', 'closer', 'chair', 'speakers']);

/**
 * The question without the words that ask for a record fact: what is left is its subject. A cue whose exception
 * holds asks for no fact ("the *paper* for the seminar" in a question about a deadline), and stays subject, and so
 * do the cues of `kept`, facts the question is about rather than asks for.
 */
export function withoutFactCues(question: string, kept: ReadonlySet<FactKind> = new Set()): string {
  return FACT_CUES.filter(
    ([kind, cue, unless]) => !kept.has(kind) && cue.test(question) && !unless?.test(question),
  ).reduce((text, [, re]) => text.replace(new RegExp(re.source, 'gi'), ' '), question);
}

/** Share of a question's words that are English function words or words of the corpus; low means another language. */
const MIN_KNOWN_WORDS = 0.5;

function looksForeign(core: string, catalogue: Catalogue): boolean {
  const words = foldText(core).match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const known = words.filter(
    (w) => STOPWORDS.has(w) || catalogue.vocabulary.count(w) > 0 || catalogue.vocabulary.knows(w),
  );
  return known.length / words.length < MIN_KNOWN_WORDS;
}

/**
 * Nouns and names say what a question is about. In a question that asks for a span ("who *gave* the keynote",
 * "the *daily* hours") verbs, adjectives and adverbs mostly phrase it, so they weigh half; in one that asks what
 * was said or done ("what did she *say*", "what did it *conclude*") the verb is the question and keeps its weight.
 * Light verbs, which carry almost no meaning of their own, weigh nothing. Parts of speech come from compromise's
 * tagger, not from a list of any question's words.
 */
const MODIFIER_WEIGHT = 0.5;
const AUDIENCE = new Set(contentTokens(PEOPLE_IN_GENERAL));
const LIGHT_VERBS = new Set(
  contentTokens(
    'give gave given take took taken make made have had get got go went come came put held hold happen happened use used',
  ),
);

/**
 * Words that only say which meeting is meant: its series noun, the year and month it was held in, and, when the
 * meeting was named by a word of its own ("the Valparaíso seminar"), that word.
 */
function namingTerms(core: string, meetings: number[], by: Question['meetingBy'], catalogue: Catalogue): Set<string> {
  const naming = new Set<string>();
  for (const n of meetings) {
    const m = catalogue.schedule.byNumber.get(n);
    if (!m) continue;
    // The meeting's month names it where a date named it ("the March 2027 assembly", "the 4th meeting in October
    // 2005"); a month alone beside its place or number is what is asked about ("why is the Hobart one in March?").
    const dated = by === 'date' || by === 'year' || MONTH_WITH_YEAR.test(core);
    const months = dated ? [m.start, m.end].map((d) => MONTHS[Number(d?.slice(5, 7)) - 1] ?? '') : [];
    const years = [m.start, m.end].map((d) => d?.slice(0, 4) ?? '');
    // "The Second Workshop on Basin Water Accounts": the meeting's own title words name it, too.
    for (const t of contentTokens(`${m.noun} ${years.join(' ')} ${months.join(' ')} ${m.title}`)) naming.add(t);
    for (const t of seriesInitialisms(core, m.title, catalogue)) naming.add(t);
  }
  // Only when a name word is what named the meeting: "the press release" of a meeting named by its ordinal is content.
  if (by !== 'title') return naming;
  for (const w of foldText(core).match(/[a-z][a-z-]{2,}/g) ?? []) {
    if (!catalogue.nameWords.get(w)?.some((n) => meetings.includes(n))) continue;
    for (const t of contentTokens(w)) naming.add(t);
  }
  return naming;
}

/** Title words this long give their initial to the ways people shorten a series' name. */
const INITIAL_WORD = 4;

/**
 * "The ICM in Feb 2016": an initialism the corpus never writes, made only of initials of the meeting's title words
 * ("Coordination Meeting on International Migration"), is the asker's own short name for the meeting.
 */
function seriesInitialisms(core: string, title: string, catalogue: Catalogue): string[] {
  const initials = new Set(
    (title.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= INITIAL_WORD).map((w) => w[0]?.toLowerCase()),
  );
  return (core.match(/\b\p{Lu}{2,5}\b/gu) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => [...w].every((c) => initials.has(c)))
    .flatMap((w) => contentTokens(w))
    .filter((t) => catalogue.bm25.spread(t) === 0);
}

/** Content terms of the question with their corpus weights, without the words that only name the meeting. */
function weightedTerms(core: string, expects: AnswerKind, catalogue: Catalogue, naming: Set<string>): Term[] {
  const named = new RegExp(
    `(?:\\bthe\\s+)?(?:${[catalogue.names.ordinal, catalogue.names.numbered, catalogue.names.code]
      .filter((r) => r !== undefined)
      .map((r) => r.source)
      .join('|')})`,
    'giu',
  );
  // The meeting's name stands as "it", so the sentence around it still parses: "did the sittings of it run".
  const subject = withoutQuestionWords(core.replace(named, ' it '));
  const doc = nlp(subject);
  // Number words ("three goals", "day one") qualify what is asked; digits (years, item numbers) name it.
  const phrasing = new Set(
    contentTokens(doc.match('(#Verb|#Adjective|#Adverb|#TextValue)').not('#Auxiliary').out('array').join(' ')),
  );
  const nouns = new Set(contentTokens(doc.match('(#Noun|#NumericValue)').not('#TextValue').out('array').join(' ')));
  const found = [...new Set(contentTokens(subject))].filter((term) => !LIGHT_VERBS.has(term) && !naming.has(term));
  // "Who welcomes people at the opening?": beside what a question asks about, the people a person addresses or
  // represents are no person to find.
  const terms =
    expects === 'person' && found.some((t) => !AUDIENCE.has(t)) ? found.filter((t) => !AUDIENCE.has(t)) : found;
  // With no noun to carry it ("who chaired it?"), the verb is what the question is about.
  const hasNoun = terms.some((t) => nouns.has(t) && !phrasing.has(t));
  // A verb or modifier the corpus never uses ("booked", "daily") cannot tell one passage from another; beside a
  // noun that carries the question it only lowers every passage's coverage alike.
  const unknownPhrasing = (t: string) => hasNoun && phrasing.has(t) && !nouns.has(t) && catalogue.bm25.spread(t) === 0;
  return terms
    .filter((t) => !unknownPhrasing(t))
    .map((term) => {
      const idf = catalogue.bm25.idf(term);
      const phrases = hasNoun && expectsSpan(expects) && phrasing.has(term) && !nouns.has(term);
      return { term, weight: phrases ? idf * MODIFIER_WEIGHT : idf };
    });
}

/**
 * "How many contributed papers were submitted…" counts papers: the last noun of the phrase after "how many", up to
 * the verb or preposition that ends it. Parts of speech come from compromise.
 */
function countedThing(core: string): string | undefined {
  const words = nlp(core).terms().json() as Array<{ text: string; terms: Array<{ tags: string[] }> }>;
  const at = words.findIndex((w, i) => /^how$/i.test(w.text) && /^(many|much)$/i.test(words[i + 1]?.text ?? ''));
  if (at < 0) return undefined;
  // "How many came?", "how many attended online?": a count with no noun, before a verb of its own, counts people.
  const next = new Set(words[at + 2]?.terms[0]?.tags ?? []);
  const beforeNoun = (words[at + 3]?.terms[0]?.tags ?? []).includes('Noun');
  if (next.has('Verb') && !next.has('Auxiliary') && !next.has('Copula') && !beforeNoun) {
    return contentTokens('people')[0];
  }
  let counted: string | undefined;
  for (let i = at + 2; i < words.length; i++) {
    const tags = new Set(words[i]?.terms[0]?.tags ?? []);
    const text = (words[i]?.text ?? '').replace(/[?!.,;:]+$/, '');
    // "contributed papers": a participle before a noun modifies it.
    const modifier = tags.has('Verb') && (words[i + 1]?.terms[0]?.tags ?? []).includes('Noun');
    if (tags.has('Noun') && /^[\p{L}-]+$/u.test(text)) counted = text;
    else if (counted || (tags.has('Verb') && !modifier) || tags.has('Preposition')) break;
    // "how many ports, at the sixth seminar": a comma or colon ends the phrase.
    if (counted && /[,;:]$/.test(words[i]?.text ?? '')) break;
  }
  return counted ? contentTokens(counted).at(-1) : undefined;
}

/**
 * The noun a "what" or "which" question asks for: "What were the *results* of the survey?", "Which ILO *item*…?".
 * Parts of speech come from compromise; a possessor ("the 2002 meeting's goals") is not the head.
 */
function headNoun(core: string): string | undefined {
  const words = nlp(core).terms().json() as Array<{ text: string; terms: Array<{ tags: string[] }> }>;
  const allTags = words.map((w) => w.terms[0]?.tags ?? []);
  const texts = words.map((w) => w.text.toLowerCase().replace(/[?!.,]+$/, ''));
  const tags = (i: number) => new Set(allTags[i]);
  if (!tags(0).has('QuestionWord') || !/^(what|which)(?:['’]s)?$/i.test(words[0]?.text ?? '')) return undefined;
  let head: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const t = tags(i);
    const text = (words[i]?.text ?? '').replace(/[?!.,;:]+$/, '');
    if (t.has('Copula') || t.has('Determiner') || t.has('Value') || t.has('Adjective')) {
      if (head) break;
      continue;
    }
    // "What did the workshop agree?": the question is in the verb, and there is no head noun. A "verb" just before
    // a noun is a modifier the tagger misread ("which harbour item").
    const modifier = t.has('Verb') && !t.has('Auxiliary') && tags(i + 1).has('Noun');
    if (modifier) continue;
    if (t.has('Auxiliary') || (t.has('Verb') && !head)) return undefined;
    if (t.has('Verb') && fillsObjectGap(texts, allTags, i)) return undefined;
    if (t.has('Possessive')) continue;
    if (!t.has('Noun')) break;
    if (/^[\p{L}-]+$/u.test(text)) head = text;
  }
  return head?.toLowerCase();
}

const QUESTION_WORDS =
  /\b(how\s+(?:many|much)|what|which|who|whom|whose|when|where|why|how|tell|know|give|list|describe|explain)\b/gi;

function withoutQuestionWords(text: string): string {
  return text.replace(QUESTION_WORDS, ' ');
}

/**
 * Reads a question against the corpus's catalogue. With `now`, the bot's present, a meeting named by where it stands
 * against it ("the next moot", "last year's round") is resolved to one of the catalogue's meetings.
 */
export function parseQuestion(raw: string, catalogue: Catalogue, now?: Date): Question {
  const conversation = readConversation(raw);
  const worded = withSeriesNoun(correctSpelling(conversation.core, catalogue.vocabulary), catalogue);
  const q =
    now && mayPlaceMeeting(worded) && collectMeetingNumbers(worded, catalogue).by === 'none'
      ? namePlacedMeetings(worded, catalogue.schedule.meetings, catalogue.names, expectedKind(askingPart(worded)), now)
      : worded;
  const named = collectMeetingNumbers(q, catalogue);
  // "So the 2019 one was in Antwerp. Who spoke there?": the meeting may be named only in a sentence around the question.
  const { numbers, by, part } =
    named.by === 'none' && conversation.context
      ? collectMeetingNumbers(withSeriesNoun(conversation.context, catalogue), catalogue)
      : named;
  const asking = askingPart(q);
  const expects = expectedKind(asking);
  const boundaries = timeBoundaries(q, expects);
  // "the closing session" names a session by its place, and asks nothing about who closed the meeting.
  // "The 5th session" names the meeting: where the series' noun is itself a fact's word ("session" for the agenda),
  // the meeting's name asks for no fact, and "the first session" is a meeting, not one of its sessions.
  const nounCues = factsNamedIn(catalogue.seriesNoun).length > 0;
  const sessionWord = nounCues
    ? null
    : /\b(first|second|third|fourth|fifth|last|final|opening|closing)\s+(?:session|sitting)\b/i.exec(q);
  const unnamed = nounCues
    ? asking.replace(catalogue.names.ordinal, ' ').replace(catalogue.names.numbered, ' ')
    : asking;
  const cued = factsNamedIn(sessionWord ? unnamed.replace(sessionWord[0], 'session') : unnamed);
  // "When does the afternoon sitting start?" asks for a time of day, however "when" alone would read.
  const timed: FactKind[] =
    expects === 'time' && !cued.includes('time') ? cued.map((k) => (k === 'date' ? 'time' : k)) : cued;
  // "Wasn't it supposed to be in June? Why the change?": the change may be named in the sentence before the one asking.
  const planChange = asksAboutPlanChange(q);
  // "When was it closed?" asks when, not who closed it: the closing is then what the question is about. "Why was it
  // postponed?" asks what moved the plan, not what the meeting was for.
  // "Why was it convened?" asks what it was for: who convened it is what the question is about.
  const about = new Set<FactKind>(
    expects === 'date' || expects === 'time'
      ? timed.filter((k) => PERSON_FACTS.has(k))
      : expects === 'reason'
        ? timed.filter((k) => k !== 'objectives')
        : [],
  );
  if (planChange) about.add('objectives');
  const facts = timed.filter((k) => !about.has(k));
  const item = ITEM_NUMBER.exec(q);
  const lower = q.toLowerCase();
  const relative = relativeTime(q, catalogue);
  const dayPart = /\bmorning\b/.test(lower) ? 'morning' : /\bafternoon\b/.test(lower) ? 'afternoon' : undefined;
  const dayWord =
    /\b(?:(first|second|third|1st|2nd|3rd|last|final|opening|closing) day|day (one|two|three|1|2|3)|(first|second|third|1st|2nd|3rd) (morning|afternoon))\b/i.exec(
      q,
    );
  const clockAt = statedClock(q);
  const dayIndex = dayWord ? DAY_INDEX[(dayWord[1] ?? dayWord[2] ?? dayWord[3] ?? '').toLowerCase()] : undefined;
  const listWord =
    /\b(?:objective|item|point|aim|goal)\s*\(([a-h])\)|\b(first|second|third|fourth|fifth)\s+(?:objective|aim|goal|purpose)\b/i.exec(
      q,
    );
  const sessionIndex = sessionWord
    ? (DAY_INDEX[(sessionWord[1] ?? '').toLowerCase()] ?? ordinalToNumber(sessionWord[1] ?? ''))
    : undefined;
  const listIndex = listWord
    ? listWord[1]
      ? listWord[1].toLowerCase().charCodeAt(0) - 96
      : ordinalToNumber(listWord[2] ?? '')
    : undefined;
  // A symbol the corpus knows is named as the corpus writes it, so "resolution 58/208" and "A/RES/58/208" are one.
  const symbols = [
    ...new Set(
      [...catalogue.symbols.mentionsIn(q), ...extractSymbols(q).map((s) => s.symbol)].map(
        (s) => catalogue.symbols.get(s)?.symbol ?? s,
      ),
    ),
  ];
  return {
    text: conversation.text,
    question: q,
    social: conversation.social,
    help: conversation.help,
    aboutAssistant: conversation.aboutAssistant,
    foreign: !conversation.social && looksForeign(q, catalogue),
    expects,
    asksStart: boundaries.start,
    asksEnd: boundaries.end,
    counted: countedThing(q),
    head: headNoun(q),
    // "Day one" and "the second day" are read against the page's day headings, not matched as words.
    terms: weightedTerms(
      planChange ? withoutPlanChangeCues(asking) : asking,
      expects,
      catalogue,
      new Set([
        ...namingTerms(q, numbers, by, catalogue),
        ...contentTokens(dayWord?.[0].replace(/morning|afternoon/i, '') ?? ''),
        ...contentTokens(clockAt?.words ?? ''),
      ]),
    ),
    meetingNumbers: numbers,
    meetingBy: by,
    symbols,
    facts,
    agendaItem: item?.[1] ? (cardinalToNumber(item[1]) ?? item[1]).toString().toUpperCase() : undefined,
    relative,
    wantsNext: Boolean(relative?.next) && (catalogue.names.noun.test(q) || /\b(session|event)s?\b/.test(lower)),
    wantsNextMeeting: Boolean(relative?.next) && catalogue.names.noun.test(q),
    dayPart,
    weekday: weekdayIn(lower),
    ...(clockAt ? { atClock: clockAt.range.start } : {}),
    dayIndex,
    listIndex,
    ...(sessionIndex !== undefined ? { sessionIndex } : {}),
    ...(part !== undefined ? { sessionNumber: part } : {}),
    subject: withoutFactCues(
      [dayWord?.[0], sessionWord?.[0], listWord?.[0], clockAt?.words].reduce<string>(
        (t, w) => (w ? t.replace(w, ' ') : t),
        asking,
      ),
      about,
    ),
    aggregate: catalogue.names.aggregate.test(q),
    countQuestion: catalogue.names.count.test(q),
    planChange,
    asksModerator: expects === 'person' && MODERATING.test(q),
  };
}
