import { DateTime } from 'luxon';
import type { CalendarEvent, KnowledgeDocument } from '../document.js';
import { type HeldMeeting, meetingOfEvent } from '../ics-meetings.js';
import type { LearnedNouns } from '../meeting-detect.js';
import { type ReadingUnit, readingUnits } from '../reading-units.js';
import { splitSummary } from '../session-title.js';
import type { SymbolFamilies } from '../symbol-scheme.js';
import { agendaItem, type DraftItem, type DraftSession } from './agenda.js';
import { readDocuments } from './page-documents.js';
import { meetingName, type PageDraft } from './page-draft.js';
import { readRoles } from './page-fields.js';

/**
 * A calendar file gives a meeting's sessions exactly: each event is a session at its own time in its own zone, and
 * its description lists the items taken up ("Item 1. Adoption of the agenda (…)"), read as an agenda's lines are.
 * An event joins the meeting that the pages' drafts place it in (`meetingOfEvent`); one no page speaks of is left to
 * the schedule, which makes a meeting of it.
 */
export function calendarDrafts(
  doc: KnowledgeDocument,
  pages: PageDraft[],
  nouns: LearnedNouns,
  families: SymbolFamilies,
): PageDraft[] {
  const meetings = heldMeetings(pages);
  const byMeeting = new Map<number, CalendarEvent[]>();
  for (const event of doc.events ?? []) {
    if (event.status === 'cancelled') continue;
    const meeting = meetingOfEvent(event.title, localTime(event.start, event.timezone).slice(0, 10), meetings, nouns);
    if (meeting) byMeeting.set(meeting.number, [...(byMeeting.get(meeting.number) ?? []), event]);
  }
  const lines = doc.body.split('\n');
  return [...byMeeting].map(([number, events]) => {
    const units: ReadingUnit[] = [];
    const items: DraftItem[] = [];
    const sessions = events.map((event): DraftSession => {
      // The event's heading in the loaded body is the line its fields are cited from.
      const from = { path: doc.path, line: lines.indexOf(`## ${event.title}`) + 1 || 1 };
      const described = event.description ? readingUnits({ body: event.description }) : [];
      units.push(...described);
      const title = splitSummary(event.title).session;
      const numbered = described.filter((u) => u.kind === 'item' && u.number).map((u) => agendaItem(u, from, families));
      const own = numbered.length ? numbered : namedSlot(described, title, from, families);
      items.push(...own);
      return {
        title,
        start: localTime(event.start, event.timezone),
        ...(event.end ? { end: localTime(event.end, event.timezone) } : {}),
        zone: event.timezone,
        items: own,
        from,
      };
    });
    const first = events[0] as CalendarEvent;
    const named = splitSummary(first.title).meeting;
    return {
      path: doc.path,
      number,
      primary: false,
      title: { value: meetingName(named ?? doc.title), from: { path: doc.path, line: 1 } },
      pageTitle: doc.title,
      places: first.timezone === 'UTC' ? {} : { zone: first.timezone },
      roles: readRoles(units, items, doc.path),
      objectives: [],
      conclusions: [],
      sessions,
      documents: readDocuments(units, doc.path, doc.title, families),
    };
  });
}

/**
 * "Opening of the 7th Moot" described as "Welcome - Priya Natarajan-Holt, Chief Executive": an event that lists no
 * numbered items but names who speaks or leads is one item of its own, titled as the event, as a programme's
 * unnumbered slot with a speaker is.
 */
function namedSlot(
  described: ReadingUnit[],
  title: string,
  from: DraftItem['from'],
  families: SymbolFamilies,
): DraftItem[] {
  for (const unit of described) {
    const item = agendaItem(unit, from, families);
    if (item.speakers.length || item.moderators.length) return [{ ...item, title, notes: unit.text }];
  }
  return [];
}

function localTime(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** Each meeting the pages draft, with the first full dates a page gives it. */
function heldMeetings(pages: PageDraft[]): HeldMeeting[] {
  const meetings = new Map<number, HeldMeeting>();
  const fullDate = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined);
  for (const page of pages) {
    const held = meetings.get(page.number) ?? { number: page.number };
    const start = fullDate(page.start?.value);
    if (!held.start && start) {
      held.start = start;
      const end = fullDate(page.end?.value);
      if (end) held.end = end;
    }
    meetings.set(page.number, held);
  }
  return [...meetings.values()];
}
