import * as chrono from '../text/chrono.js';

/**
 * The one day a text states: "Monday, 16 November 2009" → 2009-11-16, "On 16 October, …" → that day in `year` (a
 * day without a year takes the meeting's). chrono-node reads the forms; only what the text itself states is kept.
 */
export function dayOf(text: string | undefined, year: number | undefined): string | undefined {
  if (!text) return undefined;
  const reference = new Date(Date.UTC(year ?? 2000, 0, 1));
  // "The morning of the second day (14 March)": a part of the day is no date; the first stated day is.
  const first = chrono
    .parse(text, { instant: reference, timezone: 0 })
    .find((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  // A range of days ("9–11 April 2019") dates no one session; a range of hours on one day does.
  if (!first || (first.end && first.end.get('day') !== first.start.get('day'))) return undefined;
  const known = first.start.isCertain.bind(first.start);
  if (!known('year') && year === undefined) return undefined;
  const y = known('year') ? first.start.get('year') : year;
  const pad = (n: number | null | undefined) => String(n ?? 0).padStart(2, '0');
  return `${y}-${pad(first.start.get('month'))}-${pad(first.start.get('day'))}`;
}
