import { createRequire } from 'node:module';
import type * as english from 'chrono-node/en';

/**
 * chrono-node's English parsers alone, from its CommonJS build. The package root also sets up fourteen other
 * languages' parsers, about half a second of a cold start; and its ESM build is some fifty files, each a round
 * trip to tsx's loader thread, which took twice as long as `require` of the same code compiled to CommonJS.
 */
const chrono: typeof english = createRequire(import.meta.url)('chrono-node/en');

/**
 * "12.09.2023" is day first wherever dates are written with dots; chrono-node reads every numeric date month first
 * unless told otherwise. A text that writes one so is read day first throughout, as its writer does.
 */
const DOTTED_DATE = /\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b/;

/** "Tue 9/3": a numeric date with slashes may be either way round. */
const SLASHED_DATE = /\b\d{1,2}\/\d{1,2}\b/;

/**
 * "Tue 7.06": a weekday before a dotted pair, which chrono-node reads as a clock time (07:06). Where the weekday falls
 * on that day of that month, the pair is the date, written day first as dotted dates are.
 */
const WEEKDAY_DOTTED_PAIR = /\b((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2})\.(\d{1,2})\b(?![.:]\d)/i;

type Results = ReturnType<typeof chrono.parse>;

/**
 * Whether the days read fall on the weekdays the text names beside them ("Tue 9/3" is 9 March in 2027). A day with no
 * year is taken in the reference's year, as the callers date it.
 */
function weekdaysAgree(results: Results, referenceYear: number | undefined): boolean {
  const named = results.filter((r) => r.start.isCertain('weekday') && r.start.isCertain('day'));
  return (
    named.length > 0 &&
    named.every((r) => {
      const year = r.start.isCertain('year') ? r.start.get('year') : (referenceYear ?? r.start.get('year'));
      const day = new Date(Date.UTC(year ?? 2000, (r.start.get('month') ?? 1) - 1, r.start.get('day') ?? 1));
      return day.getUTCDay() === r.start.get('weekday');
    })
  );
}

export function parse(...args: Parameters<typeof chrono.parse>): Results {
  if (DOTTED_DATE.test(args[0])) return chrono.GB.parse(...args);
  const reference = args[1] instanceof Date ? args[1] : args[1]?.instant;
  const year = reference instanceof Date ? reference.getUTCFullYear() : undefined;
  if (WEEKDAY_DOTTED_PAIR.test(args[0])) {
    // The slash keeps every offset of the text; chrono-node reads "Tue 7/06" as a date.
    const [text, ref, option] = args;
    const asDate = chrono.GB.parse(text.replace(WEEKDAY_DOTTED_PAIR, '$1/$2'), ref, option);
    if (weekdaysAgree(asDate, year)) return asDate;
  }
  const monthFirst = chrono.parse(...args);
  if (!SLASHED_DATE.test(args[0]) || weekdaysAgree(monthFirst, year)) return monthFirst;
  // A weekday that only the day-first reading falls on says the writer puts the day first.
  const dayFirst = chrono.GB.parse(...args);
  return weekdaysAgree(dayFirst, year) ? dayFirst : monthFirst;
}

export const { strict } = chrono;
