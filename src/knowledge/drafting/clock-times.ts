/**
 * Clock times as programmes print them: "09.00 – 12.30", "10:00-17:00", "10 a.m. to 1 p.m.", "14.00 hrs",
 * "15h00", "0930–1100", "10:30 a.m. – noon". chrono-node reads most of these but not "14.00 hrs", "15h00" or
 * "0930", and it fills in a day of its own; a session's time is only what the line states, so this reads the clock
 * forms alone.
 */
export interface ClockRange {
  /** HH:MM, 24-hour. */
  start: string;
  end?: string;
}

/**
 * One clock as printed: hours with minutes ("9.30", "15h00"), hours with a meridiem ("2 pm"), four digits
 * ("0930", a time only beside another time or "hrs") or "noon", which may follow "12:00" as its meridiem. A number inside a date ("04.10.2021") or a symbol
 * ("58/208") is none of these.
 */
const TOKEN = new RegExp(
  [
    '(?<![\\d.:/])',
    '(?:(?<hours>\\d{1,2})(?:[.:h](?<minutes>\\d{2}))?|(?<hhmm>[01]\\d|2[0-3])(?<mm>[0-5]\\d)|\\b(?<noon>noon|midday)\\b)',
    '(?:\\s*(?<suffix>a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|hrs?\\b|hours\\b|h\\b|noon\\b|midday\\b))?',
    '(?![\\d/]|\\.\\d)',
  ].join(''),
  'gi',
);
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
/** What joins the two ends of a range. */
const BETWEEN = /^\s*(?:-|–|—|to|until|till)\s*$/i;
/** Four-digit pairs in this span are years ("2018–2021"), not clock times. */
const YEAR_LIKE = /^(?:19|20)\d\d$/;

interface Token {
  index: number;
  end: number;
  hours: string;
  minutes?: string;
  /** Printed as four digits: a time only beside another time, or with "hrs". */
  fourDigits: boolean;
  suffix?: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const g = m.groups ?? {};
    const base = { index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ...(g.suffix ? { suffix: g.suffix } : {}) };
    if (g.noon) return { ...base, hours: '12', minutes: '00', fourDigits: false };
    if (g.hhmm) return { ...base, hours: g.hhmm, minutes: g.mm, fourDigits: true };
    return { ...base, hours: g.hours ?? '', ...(g.minutes ? { minutes: g.minutes } : {}), fourDigits: false };
  });
}

function clock(t: Token, suffix = t.suffix): string | undefined {
  const meridiem = suffix?.toLowerCase().replace(/[\s.]/g, '');
  // A bare number is a count or a day, not a time: a clock needs minutes or a suffix.
  if (t.minutes === undefined && !meridiem) return undefined;
  let h = Number(t.hours);
  const m = Number(t.minutes ?? 0);
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  if (h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A number alone, "11" in "10:30-11", read as that hour; '' when it cannot be one. */
function bareHour(t: Token): string {
  if (t.minutes !== undefined || t.suffix || t.fourDigits || Number(t.hours) > 23) return '';
  return `${t.hours.padStart(2, '0')}:00`;
}

const yearLike = (t: Token) => t.fourDigits && YEAR_LIKE.test(`${t.hours}${t.minutes}`);

interface Span {
  range: ClockRange;
  index: number;
  end: number;
}

/** Every time or range a text states, with where it stands. */
function clockSpans(text: string): Span[] {
  const found: Span[] = [];
  // "2027-03-09 to 2027-03-11" is two days; its numbers are no clock ("09 to 2027" is no 09:00–20:27).
  const all = tokens(text.replace(ISO_DATE, (date) => ' '.repeat(date.length)));
  for (let i = 0; i < all.length; i++) {
    const first = all[i] as Token;
    const second = all[i + 1];
    const joined = second !== undefined && BETWEEN.test(text.slice(first.end, second.index));
    if (joined && !(yearLike(first) && yearLike(second))) {
      let end = clock(second);
      let from = clock(first);
      // "10:30-11", "13-14:30": a bare hour beside a clock with minutes is that hour, where it keeps the range in
      // order; two bare numbers ("3-4 May") stay no time.
      if (from && !end && bareHour(second) && bareHour(second) > from) end = bareHour(second);
      if (end && !from && bareHour(first) && bareHour(first) < end) from = bareHour(first);
      // "1 to 5 p.m." states its meridiem once, for both ends; "9 to 5 p.m." is nine in the morning.
      if (!first.suffix && second.suffix) {
        const shared = clock(first, second.suffix);
        if (shared && end && shared < end) from = shared;
        else from ??= clock(first, 'am');
      }
      if (from && (end || !first.fourDigits)) {
        found.push({
          range: end && end > from ? { start: from, end } : { start: from },
          index: first.index,
          end: second.end,
        });
        i++;
        continue;
      }
    }
    // Four digits alone are a time only with "hrs" ("1430 hrs"); alone they are a year or a number.
    const alone = first.fourDigits && !first.suffix ? undefined : clock(first);
    if (alone) found.push({ range: { start: alone }, index: first.index, end: first.end });
  }
  return found;
}

/** The first time or range a text states, with the words that state it ("noon", "10.30", "2 to 5 p.m."). */
export function statedClock(text: string): { range: ClockRange; words: string } | undefined {
  const [first] = clockSpans(text);
  return first ? { range: first.range, words: text.slice(first.index, first.end) } : undefined;
}

/** Every time or time range a text states, in order. */
export function clockRanges(text: string): ClockRange[] {
  return clockSpans(text).map((s) => s.range);
}

/** The first time or range a text states. */
export function clockRange(text: string): ClockRange | undefined {
  return clockRanges(text)[0];
}

/** Text that is only a time or a range ("10:00 – 13:00", "08h30–09h00", "2 p.m."), as a time column holds. */
export function isClockOnly(text: string): boolean {
  const spans = clockSpans(text);
  if (spans.length === 0) return false;
  let rest = text;
  for (const s of [...spans].reverse()) rest = rest.slice(0, s.index) + rest.slice(s.end);
  return rest.replace(ZONE_NOTE, '').replace(/[\s–—:()[\]-]|\bto\b/gi, '').length < 3;
}

/**
 * What a time cell adds to its times about zones: "CEST", "UTC+6", "GMT−3", "local time", as in "10:00–13:00
 * (06:00–09:00 CEST)". The first range is the meeting's own; the bracketed one is the same hours elsewhere.
 */
const ZONE_NOTE = /\b(?:UTC|GMT)\s*(?:[+−-]\s*\d{1,2}(?::?\d{2})?)?|\b[A-Z]{2,5}\b|\blocal time\b/g;

/** "09.00 – 10.00 Session 1. Opening" → "Session 1. Opening": the text after the time a line opens with. */
export function afterLeadingClock(text: string): string | undefined {
  const line = text.trimStart();
  const first = clockSpans(line)[0];
  if (first?.index !== 0) return undefined;
  return line.slice(first.end).replace(/^\s*[:,|–—·-]?\s*/u, '');
}

/**
 * "Block A · 09:30–12:30", "Morning sitting (10:00–13:00)", "14:00–17:30": a slot's one time range and the name
 * around it, with the separators and brackets that set the range off left out.
 */
export function namedRange(text: string): { name: string; range: ClockRange } | undefined {
  const spans = clockSpans(text);
  const [only] = spans;
  if (spans.length !== 1 || !only?.range.end) return undefined;
  const name = `${text.slice(0, only.index)} ${text.slice(only.end)}`
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/^[\s|:,–—·-]+|[\s|:,–—·(-]+$/gu, '')
    .trim();
  return { name, range: only.range };
}

/** A clock time ("10:30") at or after the range's start and before its end. */
export function withinRange(clock: string, range: ClockRange): boolean {
  return range.start <= clock && (range.end === undefined || clock < range.end);
}
