import { DateTime } from 'luxon';

/**
 * Every date the bot writes goes through here: day-month-year order with the weekday, and times with
 * their zone, so an answer never depends on the machine's TZ or leaves a reader guessing.
 */

/** A record's date that gives only its month ("2005-10"). */
export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/** "Thursday, 9 February 2012"; a month-only date reads "October 2005". */
export function formatDay(date: string): string {
  if (isMonthOnly(date)) return DateTime.fromISO(`${date}-01`, { zone: 'UTC' }).toFormat('LLLL yyyy');
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat('cccc, d LLLL yyyy');
}

/** "9–10 February 2012", "30 November – 1 December 2006", "October 2005". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDay(start).replace(/^\w+, /, '');
  const a = DateTime.fromISO(start, { zone: 'UTC' });
  const b = DateTime.fromISO(end, { zone: 'UTC' });
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.toFormat('d LLLL yyyy')}`;
  if (a.year === b.year) return `${a.toFormat('d LLLL')} – ${b.toFormat('d LLLL yyyy')}`;
  return `${a.toFormat('d LLLL yyyy')} – ${b.toFormat('d LLLL yyyy')}`;
}

/** "Thursday 9 – Friday 10 February 2012", for answers where the weekday helps. */
export function formatDateRangeWithWeekdays(start: string, end?: string): string {
  if (!end || end === start || isMonthOnly(start)) return formatDay(start);
  const a = DateTime.fromISO(start, { zone: 'UTC' });
  const b = DateTime.fromISO(end, { zone: 'UTC' });
  const left =
    a.year === b.year
      ? a.month === b.month
        ? a.toFormat('cccc d')
        : a.toFormat('cccc d LLLL')
      : a.toFormat('cccc d LLLL yyyy');
  return `${left} – ${b.toFormat('cccc d LLLL yyyy')}`;
}

export function zoneLabel(zone: string, at: Date): string {
  const dt = DateTime.fromJSDate(at, { zone });
  const offset = dt.offsetNameShort ?? dt.toFormat('ZZ');
  // A zone with no city ("UTC") is named once: "(UTC)", not "(UTC time, UTC)".
  if (!zone.includes('/')) return offset;
  return `${(zone.split('/').pop() ?? zone).replace(/_/g, ' ')} time, ${offset}`;
}

/** "Thursday, 9 February 2012, 10:00–13:00 (New York time, EST)". */
export function formatSessionTime(start: Date, end: Date | undefined, zone: string): string {
  const a = DateTime.fromJSDate(start, { zone });
  const day = a.toFormat('cccc, d LLLL yyyy');
  const hours = end
    ? `${a.toFormat('HH:mm')}–${DateTime.fromJSDate(end, { zone }).toFormat('HH:mm')}`
    : a.toFormat('HH:mm');
  return `${day}, ${hours} (${zoneLabel(zone, start)})`;
}

export function localIsoDate(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toISODate() ?? '';
}
