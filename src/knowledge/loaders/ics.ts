import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { ErrorCode, KnowledgeError } from '../../errors.js';
import type { CalendarEvent, LoadedDocument } from '../document.js';

/** Recurring series are expanded this far and no further, so an open-ended RRULE cannot run away. */
const MAX_OCCURRENCES = 500;

type IcalTime = InstanceType<typeof ICAL.Time>;

/**
 * Wall-clock times are converted with the event's own TZID through the IANA database instead of the
 * calendar's VTIMEZONE blocks, which many exporters omit or get wrong around DST changes.
 */
function toInstant(time: IcalTime, tzid: string | undefined, fallbackZone: string): Date {
  if (time.zone?.tzid === 'UTC' || time.zone === ICAL.Timezone.utcTimezone) return time.toJSDate();
  const zone = tzid ?? fallbackZone;
  const local = DateTime.fromObject(
    { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second },
    { zone },
  );
  if (!local.isValid) throw new Error(`unknown time zone "${zone}"`);
  return local.toJSDate();
}

function text(component: InstanceType<typeof ICAL.Component>, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function categoriesOf(component: InstanceType<typeof ICAL.Component>): string[] {
  return component
    .getAllProperties('categories')
    .flatMap((p) => p.getValues())
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());
}

export function loadIcs(relPath: string, source: string): LoadedDocument {
  let calendar: InstanceType<typeof ICAL.Component>;
  try {
    calendar = new ICAL.Component(ICAL.parse(source));
  } catch (error) {
    throw new KnowledgeError(
      ErrorCode.DocumentUnreadable,
      `${relPath}: not a valid iCalendar file: ${(error as Error).message}`,
      relPath,
      { cause: error },
    );
  }
  const calendarZone = text(calendar, 'x-wr-timezone') ?? 'UTC';
  const calendarName = text(calendar, 'x-wr-calname');
  const vevents = calendar.getAllSubcomponents('vevent');
  const exceptions = vevents.filter((v) => v.hasProperty('recurrence-id'));
  const events: CalendarEvent[] = [];

  for (const vevent of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
    const event = new ICAL.Event(vevent);
    for (const exception of exceptions) {
      if (text(exception, 'uid') === event.uid) event.relateException(exception);
    }
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined;
    const zone = tzid ?? calendarZone;
    const baseStatus = (text(vevent, 'status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled';
    const push = (start: IcalTime, end: IcalTime | undefined, item: InstanceType<typeof ICAL.Event>, key: string) => {
      const itemStatus =
        (text(item.component, 'status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : baseStatus;
      events.push({
        uid: key,
        title: item.summary?.trim() || 'Untitled event',
        start: toInstant(start, tzid, calendarZone),
        end: end ? toInstant(end, tzid, calendarZone) : undefined,
        timezone: zone,
        location: item.location?.trim() || undefined,
        description: asParagraphs(item.description ?? '') || undefined,
        status: itemStatus,
        categories: categoriesOf(item.component),
      });
    };
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let i = 0; i < MAX_OCCURRENCES; i++) {
        const next = iterator.next();
        if (!next) break;
        const details = event.getOccurrenceDetails(next);
        push(details.startDate, details.endDate, details.item, `${event.uid}#${next.toString()}`);
      }
    } else {
      push(event.startDate, event.endDate ?? undefined, event, event.uid);
    }
  }
  events.sort((a, b) => a.start.getTime() - b.start.getTime());
  const body = events
    .map((e) => {
      const when = DateTime.fromJSDate(e.start, { zone: e.timezone }).toFormat("cccc d LLLL yyyy, HH:mm '('z')'");
      const parts = [`## ${e.title}`, `${when}${e.status === 'cancelled' ? ' (cancelled)' : ''}`];
      if (e.location) parts.push(`Location: ${e.location}`);
      if (e.description) parts.push(e.description);
      return parts.join('\n');
    })
    .join('\n\n');
  return { path: relPath, format: 'ics', title: calendarName ?? relPath.replace(/\.ics$/i, ''), body, events };
}

/**
 * A calendar's line breaks are its writer's: "… - Dr João Pedro Medeiros\nNot streamed." is two lines, never one
 * line wrapped at the page's width as a single break in a text page may be. Each stands as a paragraph of its own.
 */
function asParagraphs(description: string): string {
  return description
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n\n');
}
