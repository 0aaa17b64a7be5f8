import { nounForms } from '../text/inflect.js';
import { extractSymbols } from './doc-symbols.js';
import { withoutSendingDate } from './mail-header.js';
import {
  CARDINAL_PATTERN,
  cardinalToNumber,
  MONTH_PATTERN,
  MONTHS,
  monthNumber,
  ORDINAL_PATTERN,
  ordinalToNumber,
} from './ordinals.js';

/**
 * Finds which numbered event a raw page is about ("Tenth Coordination Meeting", "Third Regional Workshop on Basin
 * Water Accounts", "Seminar No. 4") and when it was held ("9 to 10 February 2012"), so pages dropped into the
 * knowledge folder without front matter still answer "when was the tenth meeting?" for any secretariat's series.
 */
export interface DetectedMeeting {
  number?: number;
  /** The event noun the page uses, lower-case singular ("meeting", "workshop", "session"); set with `number`. */
  noun?: string;
  start?: string;
  end?: string;
  /** Set when the page gives day and month but no year, and the year came from the file name or title. */
  yearInferred?: boolean;
  /** The page's day range as it states it, without a year ("11-12 July"): MM-DD, for matching a known meeting. */
  days?: { start: string; end: string };
}

/**
 * General English nouns for an event that a series numbers, with their plural spellings. Deliberately not the
 * vocabulary of one secretariat: a commission's "workshops" must be found the way the UN's "meetings" are.
 */
const EVENT_NOUNS: Array<[noun: string, spellings: string[]]> = [
  ['meeting', ['meetings?']],
  ['workshop', ['workshops?']],
  ['seminar', ['seminars?']],
  ['conference', ['conferences?']],
  ['session', ['sessions?']],
  ['forum', ['forums?', 'fora']],
  ['symposium', ['symposiums?', 'symposia']],
  ['consultation', ['consultations?']],
  ['dialogue', ['dialogues?', 'dialogs?']],
  ['edition', ['editions?']],
  ['congress', ['congress(?:es)?']],
  ['colloquium', ['colloquiums?', 'colloquia']],
  ['round table', ['round[-\\s]?tables?']],
  ['summit', ['summits?']],
  ['retreat', ['retreats?']],
  ['course', ['courses?']],
  ['training', ['trainings?']],
];

/** The event nouns a corpus adds to the general ones ("round" for a partnership's "Monitoring Rounds"). */
export type LearnedNouns = readonly string[];

/** The patterns of one vocabulary of event nouns: the general ones and those a corpus taught. */
interface NounPatterns {
  spellings: Array<readonly [string, RegExp]>;
  ordinalEvent: RegExp;
  numberedEvent: RegExp;
  titledEvent: RegExp;
  anyNoun: RegExp;
  nextNoun: RegExp;
  editionOf: RegExp;
  numberBefore: RegExp;
}

const compiled = new Map<string, NounPatterns>();

function patternsOf(learned: LearnedNouns = []): NounPatterns {
  const key = learned.join('|');
  const hit = compiled.get(key);
  if (hit) return hit;
  // A noun the corpus taught is spelt in the singular and in the plural English gives it: "plenary", "plenaries".
  const spelt = (word: string) => word.replace(/[^a-z-]/g, '');
  const nouns: Array<[string, string[]]> = [
    ...EVENT_NOUNS,
    ...learned.map((n): [string, string[]] => [n, [...new Set([spelt(n), spelt(nounForms(n).plural)])]]),
  ];
  const noun = `(?:${nouns.flatMap(([, s]) => s).join('|')})`;
  const patterns: NounPatterns = {
    spellings: nouns.map(([n, s]) => [n, new RegExp(`^(?:${s.join('|')})$`, 'i')] as const),
    ordinalEvent: new RegExp(`\\b(${ORDINAL_PATTERN})\\s+((?:[A-Za-z][A-Za-z'-]*\\s+){0,4}?)(${noun})\\b`, 'gi'),
    numberedEvent: new RegExp(
      `\\b(${noun})\\s+(?:No\\.?|Number|#)\\s*(\\d{1,3}|${CARDINAL_PATTERN})\\b(?![/:.,]\\d)`,
      'gi',
    ),
    // "Workshop 3" without "No." only when the noun is capitalised: in running text "at the workshop 30 people…" is
    // a count. "Session 2" is left out because sessions numbered so are the parts of a programme, not the event.
    // The number stands on the noun's line, and is no day of a range ("7th Moot, Melbourne" / "2-4 Mar 2027").
    titledEvent: new RegExp(
      `\\b(${noun})[^\\S\\n]+(\\d{1,3}|${CARDINAL_PATTERN})\\b(?![/:.,]\\d|\\s*[-–]\\s*\\d)`,
      'gi',
    ),
    anyNoun: new RegExp(`\\b(${noun})\\b`, 'i'),
    nextNoun: new RegExp(`^\\s+(${noun})\\b`, 'i'),
    editionOf: new RegExp(`^\\s+(?:of|for)\\s+(?:the\\s+)?((?:[A-Za-z][A-Za-z'-]*\\s+){0,5}?)(${noun})\\b`, 'i'),
    numberBefore: new RegExp(`(?:\\bNo\\.?|#|\\bNumber|\\b${noun})\\s*$`, 'i'),
  };
  compiled.set(key, patterns);
  return patterns;
}

/** One of the general event nouns ("workshop", "symposia"), which no corpus needs to teach. */
export function isEventNoun(word: string): boolean {
  return nounOf(word, patternsOf()) !== undefined;
}

/** Lower-case words that may stand between an ordinal and its noun ("the fifth expert group meeting"). */
const QUALIFIERS =
  /^(annual|biennial|coordination|regular|ordinary|extraordinary|special|informal|technical|expert|group|working|consultative|preparatory|plenary|joint|inter-agency|interagency|intergovernmental|open-ended|regional|subregional|sub-regional|national|international|global|high-level|ministerial|virtual|online|hybrid)$/i;

function nounOf(word: string, p: NounPatterns): string | undefined {
  return p.spellings.find(([, re]) => re.test(word))?.[0];
}

function isPluralOf(word: string, noun: string): boolean {
  const w = word.toLowerCase();
  return w === `${noun}s` || w === `${noun}es` || (noun.endsWith('y') && w === `${noun.slice(0, -1)}ies`);
}

/** Only an event's own title words or qualifiers may stand between the ordinal and its noun, not a clause. */
function namesAnEvent(between: string): boolean {
  return between
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => /^[A-Z]/.test(word) || QUALIFIERS.test(word));
}

/**
 * The head noun of an event name starting at `word`: "Training Workshop" is a workshop, and "2nd edition of the
 * Water Data Workshop" a workshop too, since an edition is only the number of something else.
 */
function headNoun(word: string, after: string, p: NounPatterns): string | undefined {
  let noun = nounOf(word, p);
  let last = word;
  let rest = after;
  for (let next = p.nextNoun.exec(rest); next; next = p.nextNoun.exec(rest)) {
    // A change of case ends the name: in "the Tenth Meeting session" the session is a part of the meeting.
    if (/^[A-Z]/.test(next[1] ?? '') !== /^[A-Z]/.test(last)) break;
    last = next[1] ?? '';
    noun = nounOf(last, p);
    rest = rest.slice(next[0].length);
  }
  if (noun !== 'edition') return noun;
  const of = p.editionOf.exec(rest);
  if (!of || !namesAnEvent(of[1] ?? '')) return noun;
  return headNoun(of[2] ?? '', rest.slice(of[0].length), p) ?? noun;
}

/** The event noun of a meeting's title ("Third Regional Workshop on Basin Water Accounts" → "workshop"). */
export function meetingNoun(title: string, learned?: LearnedNouns): string | undefined {
  const p = patternsOf(learned);
  const match = p.anyNoun.exec(title);
  return match ? headNoun(match[1] ?? '', title.slice(match.index + match[0].length), p) : undefined;
}

interface EventMention {
  index: number;
  number: number;
  noun: string;
}

function eventMentions(head: string, p: NounPatterns): EventMention[] {
  const found: EventMention[] = [];
  const add = (index: number, number: number | undefined, noun: string | undefined) => {
    if (number && noun) found.push({ index, number, noun });
  };
  for (const m of head.matchAll(p.ordinalEvent)) {
    if (!namesAnEvent(m[2] ?? '')) continue;
    const after = head.slice((m.index ?? 0) + m[0].length);
    const noun = headNoun(m[3] ?? '', after, p);
    // "The 1st to 7th Convocations", "the 3rd and 4th meetings": a plural names several events, none the page's own.
    if (noun && isPluralOf(m[3] ?? '', noun)) continue;
    add(m.index ?? 0, ordinalToNumber(m[1] ?? ''), noun);
  }
  for (const re of [p.numberedEvent, p.titledEvent]) {
    for (const m of head.matchAll(re)) {
      const noun = nounOf(m[1] ?? '', p);
      if (re === p.titledEvent && (noun === 'session' || !/^[A-Z]/.test(m[1] ?? '') || !/^[A-Z\d]/.test(m[2] ?? ''))) {
        continue;
      }
      const n = /^\d/.test(m[2] ?? '') ? Number(m[2]) : cardinalToNumber(m[2] ?? '');
      add(m.index ?? 0, n, noun);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** An opening that names this many meetings of the series, under a heading naming none, is the series' own page. */
const SERIES_PAGE_MEETINGS = 3;
/**
 * The title and the first short lines of the text head a page ("Summary minutes of the 5th Moot", or "REPORT OF THE
 * SECOND WORKSHOP" under a letterhead of symbol, distribution and date lines);
 * a paragraph of prose among them ("The 1st Moot (Ghent, 2013) and the 2nd …") only refers to meetings.
 */
const HEADING_LINES = 8;
const HEADING_LINE_WORDS = 15;

/**
 * The text at `index` opens its line, after a bullet, a heading mark or emphasis: "- **3rd Moot, Porto**". A numbered
 * paragraph ("7. The first workshop of the series …") is prose, not the head of a part.
 */
function opensLine(head: string, index: number): boolean {
  const before = head.slice(head.lastIndexOf('\n', index - 1) + 1, index);
  return /^[\s#*_>•·|-]*(?:the\s+)?$/i.test(before);
}

/** A short line that is not prose: no sentence ends inside it ("Kept by members. The 1st Moot …" is prose). */
function isHeadingLine(line: string): boolean {
  return line.trim().split(/\s+/).length <= HEADING_LINE_WORDS && !/[.!?]\s+\p{Lu}/u.test(line);
}

/** Whether the text at `index` of `head` (the title, a line break, then the text) sits in its heading lines. */
function inHeadingLines(head: string, index: number): boolean {
  let seen = 0;
  let at = 0;
  for (const line of head.split('\n')) {
    const end = at + line.length;
    if (line.trim()) seen += 1;
    if (index <= end) return seen <= HEADING_LINES && isHeadingLine(line);
    if (seen >= HEADING_LINES) return false;
    at = end + 1;
  }
  return false;
}

const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const MON = `(${MONTH_PATTERN})`;
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?)';
// A weekday may open the second half of a range: "Thursday, 15 February and Friday, 16 February 2018".
const SEP = `\\s*(?:-|–|—|to|and|until|till|through)\\s*(?:${WEEKDAY},?\\s+)?`;

type Parts = [d1: string, m1: string, y1: string, d2: string, m2: string, y2: string];
interface DateForm {
  re: RegExp;
  pick: (m: RegExpExecArray) => Parts;
}

interface DateCandidate {
  index: number;
  text: string;
  parts: Parts;
}

// Patterns rather than chrono-node: it reads "November 30 – December 1, 2006" as 1 December 2006 to 1 November
// 2030 and splits "Thursday, 15 February and Friday, 16 February 2018" in two, and it fills a missing year itself.
const RANGE_FORMS: DateForm[] = [
  // 15 October 2003 to 16 October 2003 / 30 November to 1 December 2006
  {
    re: new RegExp(`\\b${DAY}\\s+${MON},?\\s*${YEAR}?${SEP}${DAY}\\s+${MON},?\\s+${YEAR}`, 'gi'),
    pick: (m) => [m[1]!, m[2]!, m[3] ?? '', m[4]!, m[5]!, m[6]!],
  },
  // 9-10 February 2012, from 3 to 5 June 2021, 9 to 10 February (year may be missing)
  {
    re: new RegExp(`\\b${DAY}${SEP}${DAY}\\s+${MON},?\\s*${YEAR}?`, 'gi'),
    pick: (m) => [m[1]!, m[3]!, '', m[2]!, m[3]!, m[4] ?? ''],
  },
  // February 9-10, 2012 / April 9-11, 2019
  {
    re: new RegExp(`\\b${MON}\\s+${DAY}${SEP}${DAY},?\\s*${YEAR}?`, 'gi'),
    pick: (m) => [m[2]!, m[1]!, '', m[3]!, m[1]!, m[4] ?? ''],
  },
  // November 30 – December 1, 2006
  {
    re: new RegExp(`\\b${MON}\\s+${DAY},?\\s*${YEAR}?${SEP}${MON}\\s+${DAY},?\\s+${YEAR}`, 'gi'),
    pick: (m) => [m[2]!, m[1]!, m[3] ?? '', m[5]!, m[4]!, m[6]!],
  },
];

/** "2025-09-24 to 2025-09-26": ISO dates, read the one way they can be. */
const ISO_RANGE = new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})${SEP}${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g');
/** "04.10.2021 – 06.10.2021", "24/09/2025 - 26/09/2025": numeric dates, day first or month first. */
const NUMERIC_RANGE = new RegExp(
  `(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2${YEAR}${SEP}(\\d{1,2})\\2(\\d{1,2})\\2${YEAR}(?![\\d./])`,
  'g',
);
/**
 * "1-3/2/2022", "10–12.05.2016": days that share their month and year. Month first, a range would run over the
 * middle number ("2/1-3/2022"), so the days come first unless the page says otherwise.
 */
const SHARED_MONTH_RANGE = new RegExp(
  `(?<![\\d./])(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})([./])(\\d{1,2})\\3${YEAR}(?![\\d./])`,
  'g',
);
/** Pages that write numeric dates say which order they use: "(dd.mm.yyyy)", "written day/month/year", "(day/month)". */
const DAY_FIRST = /\b(?:dd[./-]mm(?:[./-]yy(?:yy)?)?|day[/ -]month(?:[/ -]year)?)\b/i;
const MONTH_FIRST = /\b(?:mm[./-]dd(?:[./-]yy(?:yy)?)?|month[/ -]day(?:[/ -]year)?)\b/i;

const monthName = (n: string) => MONTHS[Number(n) - 1] ?? '';
/** "17.II.2011 – 18.II.2011": months in Roman numerals, as some European secretariats write dates. */
const ROMAN_MONTH = '(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';
const ROMAN_RANGE = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.${ROMAN_MONTH}\\.${YEAR}${SEP}(\\d{1,2})\\.${ROMAN_MONTH}\\.${YEAR}(?![\\d.])`,
  'g',
);
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const romanMonthName = (n: string) => MONTHS[ROMAN_MONTHS.indexOf(n)] ?? '';

/**
 * Numeric date ranges. The order of day and month is the page's stated one; else a number above 12 can only be a
 * day; else dots mean day first, as the countries that write dates with dots do. A slash with no such sign is left
 * unread rather than guessed.
 */
function numericRanges(head: string): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const m of head.matchAll(ISO_RANGE)) {
    const [, y1 = '', m1 = '', d1 = '', y2 = '', m2 = '', d2 = ''] = m;
    found.push({ index: m.index ?? 0, text: m[0], parts: [d1, monthName(m1), y1, d2, monthName(m2), y2] });
  }
  for (const m of head.matchAll(ROMAN_RANGE)) {
    const [, d1 = '', m1 = '', y1 = '', d2 = '', m2 = '', y2 = ''] = m;
    found.push({ index: m.index ?? 0, text: m[0], parts: [d1, romanMonthName(m1), y1, d2, romanMonthName(m2), y2] });
  }
  const stated = DAY_FIRST.test(head) ? 'day' : MONTH_FIRST.test(head) ? 'month' : undefined;
  for (const m of head.matchAll(NUMERIC_RANGE)) {
    const [, a1 = '', sep, b1 = '', y1 = '', a2 = '', b2 = '', y2 = ''] = m;
    const numbers = [a1, b1, a2, b2].map(Number);
    const order =
      stated ??
      (numbers[0]! > 12 || numbers[2]! > 12
        ? 'day'
        : numbers[1]! > 12 || numbers[3]! > 12
          ? 'month'
          : sep === '.'
            ? 'day'
            : undefined);
    if (!order) continue;
    const [d1, m1, d2, m2] = order === 'day' ? [a1, b1, a2, b2] : [b1, a1, b2, a2];
    found.push({ index: m.index ?? 0, text: m[0], parts: [d1, monthName(m1), y1, d2, monthName(m2), y2] });
  }
  if (stated !== 'month') {
    for (const m of head.matchAll(SHARED_MONTH_RANGE)) {
      const [, d1 = '', d2 = '', , month = '', year = ''] = m;
      const name = monthName(month);
      if (name && Number(d1) < Number(d2))
        found.push({ index: m.index ?? 0, text: m[0], parts: [d1, name, year, d2, name, year] });
    }
  }
  return found;
}

const DAY_FORMS: DateForm[] = [
  // 9 April 2019, Monday, 14 November 2022
  { re: new RegExp(`\\b${DAY}\\s+${MON},?\\s+${YEAR}`, 'gi'), pick: (m) => [m[1]!, m[2]!, m[3]!, m[1]!, m[2]!, m[3]!] },
  // April 9, 2019
  { re: new RegExp(`\\b${MON}\\s+${DAY},?\\s+${YEAR}`, 'gi'), pick: (m) => [m[2]!, m[1]!, m[3]!, m[2]!, m[1]!, m[3]!] },
];

/**
 * A lone date after these words dates the page or a document ("Published 2 March 2021", "resolution 58/208 of
 * 23 December 2003", "Registration closes on 21 May 2021"), not the event.
 */
const NOT_EVENT_DAY = new RegExp(
  `(?:\\b(?:published|posted|updated|issued|dated|adopted|released|circulated|accessed|retrieved|received|submitted|deadline|closes?|due|by)(?:\\s+(?:on|by))?|\\d/\\d+\\s+of)[\\s:,]*(?:${WEEKDAY},?\\s+)?$`,
  'i',
);

const WEEKDAY_IN = new RegExp(`\\b${WEEKDAY}`, 'i');
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY},?\\s+$`, 'i');

/**
 * "Seminar No. 4 – Monday, 14 November 2022" is a number and a day, not 4–14 November: a range's first day is
 * not a number of something, and a weekday opens its second half only when one opens its first.
 */
function isRange(head: string, c: DateCandidate, p: NounPatterns): boolean {
  const before = head.slice(Math.max(0, c.index - 16), c.index);
  if (p.numberBefore.test(before)) return false;
  return !WEEKDAY_IN.test(c.text) || WEEKDAY_BEFORE.test(before);
}

function iso(year: string, month: string, day: string): string | undefined {
  const mm = monthNumber(month);
  const dd = Number(day);
  if (!mm || !year) return undefined;
  const date = new Date(Date.UTC(Number(year), mm - 1, dd));
  if (date.getUTCMonth() !== mm - 1) return undefined;
  return `${year}-${String(mm).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function candidates(head: string, forms: DateForm[]): DateCandidate[] {
  return forms
    .flatMap((form) =>
      [...head.matchAll(form.re)].map((m) => ({ index: m.index ?? 0, text: m[0], parts: form.pick(m) })),
    )
    .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

function datesOf(parts: Parts, hintedYear: string | undefined): Pick<DetectedMeeting, 'start' | 'end'> | undefined {
  const [d1, m1, y1, d2, m2, stated] = parts;
  const y2 = stated || hintedYear || '';
  let start = iso(y1 || y2, m1, d1);
  const end = iso(y2, m2, d2);
  // "30 December to 2 January 2021" states the year once, for the end.
  if (start && end && !y1 && (monthNumber(m1) ?? 0) > (monthNumber(m2) ?? 0)) {
    start = iso(String(Number(y2) - 1), m1, d1);
  }
  return start && end && start <= end ? { start, end } : undefined;
}

/** "11-12 July" with no year: the days alone, which can still pick out one meeting of a known schedule. */
function daysOf(parts: Parts): Pick<DetectedMeeting, 'days'> {
  const [d1, m1, , d2, m2] = parts;
  const md = (d: string, m: string) => {
    const mm = monthNumber(m);
    return mm ? `${String(mm).padStart(2, '0')}-${d.padStart(2, '0')}` : undefined;
  };
  const start = md(d1, m1);
  const end = md(d2, m2);
  return start && end ? { days: { start, end } } : {};
}

/** "HSS/SEM/2024/REP / 12 April 2024": a date printed right under a document's symbol is that document's date. */
function datesASymbol(before: string): boolean {
  const last = extractSymbols(before)
    .filter((m) => !m.bare)
    .at(-1);
  return last !== undefined && before.slice(last.index + last.symbol.length).trim() === '';
}

/**
 * `noun`: what the series calls its meetings, once the corpus is known. A page whose first numbered event is another
 * kind ("Towards the second High-level Dialogue") and that names one of the series' own further on ("the eleventh
 * coordination meeting") is that meeting's page, but about the other event: its dates are the other event's.
 */
export function detectMeeting(
  text: string,
  hints: { path?: string; title?: string; noun?: string; nouns?: LearnedNouns } = {},
): DetectedMeeting {
  const result: DetectedMeeting = {};
  const p = patternsOf(hints.nouns);
  const head = `${hints.title ?? ''}\n${withoutSendingDate(text).slice(0, 4000)}`;
  // The first numbered event in the title or opening lines is the page's own; later ones tend to be back-references.
  const mentions = eventMentions(head, p);
  const first = mentions[0];
  // A page that heads a part of its own for each of several meetings ("7th Moot — Melbourne", "- 3rd Moot, Porto")
  // and names none in its heading is about the series ("The Moots of the Fellowship", a history of the series), not
  // about the first meeting it lists. A meeting named in the title or the heading lines is the page's own.
  const listed = new Set(
    mentions.filter((m) => m.noun === first?.noun && opensLine(head, m.index)).map((m) => m.number),
  );
  // The first of the parts may itself open the page ("- **3rd Moot, Porto**" under "Moot history").
  const inHeading = first !== undefined && inHeadingLines(head, first.index) && !opensLine(head, first.index);
  if (first && listed.size >= SERIES_PAGE_MEETINGS && !inHeading) return { noun: first.noun };
  const own =
    hints.noun && first && first.noun !== hints.noun ? mentions.find((m) => m.noun === hints.noun) : undefined;
  if (own) return { number: own.number, noun: own.noun };
  if (first) {
    result.number = first.number;
    result.noun = first.noun;
  }
  const hintedYear = /(?:19|20)\d{2}/.exec(`${hints.title ?? ''} ${hints.path ?? ''}`)?.[0];
  const ranges = [...candidates(head, RANGE_FORMS).filter((c) => isRange(head, c, p)), ...numericRanges(head)].sort(
    (a, b) => a.index - b.index,
  );
  for (const c of ranges) {
    // The page's first range is its event's even without a year; a later one must not stand in for it, except to
    // give the year of the same days ("21 AND 22 FEBRUARY" in the headline, "21-22 February 2013" in the text).
    if (!c.parts[5] && !hintedYear) {
      const { days } = daysOf(c.parts);
      const same = ranges
        .map((r) => (r.parts[5] ? datesOf(r.parts, undefined) : undefined))
        .find((d) => d?.start?.slice(5) === days?.start && d?.end?.slice(5) === days?.end);
      return { ...result, ...(same ?? (days ? { days } : {})) };
    }
    const dates = datesOf(c.parts, hintedYear);
    if (dates) return { ...result, ...dates, ...(c.parts[5] ? {} : { yearInferred: true }) };
  }
  if (ranges.length) return result;
  // A lone day is only trusted when the opening gives no range at all, and not when it dates the page itself.
  for (const c of candidates(head, DAY_FORMS)) {
    const before = head.slice(Math.max(0, c.index - 40), c.index);
    if (NOT_EVENT_DAY.test(before) || datesASymbol(before)) continue;
    const dates = datesOf(c.parts, undefined);
    if (dates) return { ...result, ...dates };
  }
  return result;
}
