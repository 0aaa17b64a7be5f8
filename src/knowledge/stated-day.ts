import * as chrono from '../text/chrono.js';

type Parsed = ReturnType<typeof chrono.parse>[number];

/** The day one parse states, when it states a single day with its month (a day without a year takes `year`). */
function singleDay(r: Parsed, year: number | undefined): string | undefined {
  if (!r.start.isCertain('day') || !r.start.isCertain('month')) return undefined;
  // A range of days ("9–11 April 2019") dates no one session; a range of hours on one day does.
  if (r.end && r.end.get('day') !== r.start.get('day')) return undefined;
  const known = r.start.isCertain('year');
  if (!known && year === undefined) return undefined;
  const y = known ? r.start.get('year') : year;
  const pad = (n: number | null | undefined) => String(n ?? 0).padStart(2, '0');
  return `${y}-${pad(r.start.get('month'))}-${pad(r.start.get('day'))}`;
}

function parsed(text: string, year: number | undefined): Parsed[] {
  const reference = new Date(Date.UTC(year ?? 2000, 0, 1));
  // "The morning of the second day (14 March)": a part of the day is no date; the stated day is.
  return chrono
    .parse(text, { instant: reference, timezone: 0 })
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month'));
}

/**
 * The one day a text states: "Monday, 16 November 2009" → 2009-11-16, "On 16 October, …" → that day in `year` (a
 * day without a year takes the meeting's). chrono-node reads the forms; only what the text itself states is kept.
 */
export function dayOf(text: string | undefined, year: number | undefined): string | undefined {
  if (!text) return undefined;
  const first = parsed(text, year)[0];
  return first ? singleDay(first, year) : undefined;
}

/** Every single day a text states, in order ("held 19–21 September …; closed on Thursday 21 September" → the 21st). */
export function daysStated(text: string, year: number | undefined): string[] {
  return parsed(text, year).flatMap((r) => singleDay(r, year) ?? []);
}
