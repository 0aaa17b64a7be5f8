/**
 * Clock times as programmes print them: "09.00 – 12.30", "10:00-17:00", "10 a.m. to 1 p.m.", "14.00 hrs",
 * "15h00". chrono-node reads most of these but not "14.00 hrs" or "15h00", and it fills in a day of its own;
 * a session's time is only what the line states, so this reads the clock forms alone.
 */
export interface ClockRange {
  /** HH:MM, 24-hour. */
  start: string;
  end?: string;
}

const CLOCK = '(\\d{1,2})(?:[.:h](\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|hrs?\\b|hours\\b|h\\b)?';
const RANGE = new RegExp(`(?<![\\d.:/])${CLOCK}(?:\\s*(?:-|–|—|to|until|till)\\s*${CLOCK})?(?![\\d/]|\\.\\d)`, 'gi');

function clock(hours: string | undefined, minutes: string | undefined, suffix: string | undefined): string | undefined {
  if (hours === undefined) return undefined;
  const meridiem = suffix?.toLowerCase().replace(/[\s.]/g, '');
  // A bare number is a count or a day, not a time: a clock needs minutes or a suffix.
  if (minutes === undefined && !meridiem) return undefined;
  let h = Number(hours);
  const m = Number(minutes ?? 0);
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  if (h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Every time or time range a text states, in order. */
export function clockRanges(text: string): ClockRange[] {
  const found: ClockRange[] = [];
  for (const m of text.matchAll(RANGE)) {
    const [, h1, m1, s1, h2, m2, s2] = m;
    const end = clock(h2, m2, s2);
    let from = clock(h1, m1, s1);
    // "1 to 5 p.m." states its meridiem once, for both ends; "9 to 5 p.m." is nine in the morning.
    if (!s1 && s2) {
      const shared = clock(h1, m1, s2);
      if (shared && end && shared < end) from = shared;
      else from ??= clock(h1, m1, 'am');
    }
    if (!from) continue;
    found.push(end && end > from ? { start: from, end } : { start: from });
  }
  return found;
}

/** The first time or range a text states. */
export function clockRange(text: string): ClockRange | undefined {
  return clockRanges(text)[0];
}

/** Text that is only a time or a range ("10:00 – 13:00", "08h30–09h00", "2 p.m."), as a time column holds. */
export function isClockOnly(text: string): boolean {
  return clockRange(text) !== undefined && text.replace(/[\d.:h\s–—-]|hrs?|a\.?m\.?|p\.?m\.?|to/gi, '').length < 3;
}

const LEADING_RANGE = new RegExp(RANGE.source, 'iy');

/** "09.00 – 10.00 Session 1. Opening" → "Session 1. Opening": the text after the time a line opens with. */
export function afterLeadingClock(text: string): string | undefined {
  const line = text.trimStart();
  LEADING_RANGE.lastIndex = 0;
  const m = LEADING_RANGE.exec(line);
  if (!m || !clockRange(m[0])) return undefined;
  return line.slice(m[0].length).replace(/^\s*[:,|–—-]?\s*/u, '');
}
