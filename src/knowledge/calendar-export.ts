import ICAL from 'ical.js';
import { itemLine } from './meeting-record.js';
import type { Session } from './schedule.js';

/**
 * Sessions as an iCalendar file that any calendar app imports ("Add to calendar"). Times are written in UTC:
 * a TZID would need a VTIMEZONE block to be valid, and UTC instants import correctly everywhere; the meeting's
 * own zone is named in the description so the wall-clock time the organisers use is not lost.
 */

export interface CalendarExport {
  /** The calendar's name, shown by the app that imports it. */
  name: string;
  /** DTSTAMP, the time the file was made: the bot's now, so the same request always gives the same file. */
  stamp: Date;
}

const PRODID = '-//Rapporteur//Meeting schedule//EN';

/** A UID an importer keeps when the file is imported again, so a moved session updates instead of doubling. */
export function sessionUid(session: Pick<Session, 'key'>): string {
  return `${session.key.replace(/[^\w.:#@-]/g, '_')}@rapporteur`;
}

export function sessionsToIcs(sessions: Session[], options: CalendarExport): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', options.name);
  for (const s of sessions) {
    const event = new ICAL.Component('vevent');
    event.addPropertyWithValue('uid', sessionUid(s));
    event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(options.stamp, true));
    event.addPropertyWithValue('dtstart', ICAL.Time.fromJSDate(s.start, true));
    // A session without an end is put down as an hour: a calendar entry needs some length to be seen.
    event.addPropertyWithValue('dtend', ICAL.Time.fromJSDate(s.end ?? new Date(s.start.getTime() + 3_600_000), true));
    event.addPropertyWithValue('summary', s.title === s.meetingTitle ? s.title : `${s.title} (${s.meetingTitle})`);
    if (s.room) event.addPropertyWithValue('location', s.room);
    const items = s.items.map(itemLine);
    event.addPropertyWithValue(
      'description',
      [`${s.meetingTitle}. Times in the meeting's zone: ${s.timezone}.`, ...items].join('\n'),
    );
    event.addPropertyWithValue('status', s.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    calendar.addSubcomponent(event);
  }
  // RFC 5545 lines end in CRLF; ical.js joins with CRLF but leaves the last line open.
  return `${calendar.toString()}\r\n`;
}

/** A file name a person can read and every system accepts: "spring-coordination-meeting-welcome.ics". */
export function calendarFileName(...parts: string[]): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return `${slug || 'session'}.ics`;
}
