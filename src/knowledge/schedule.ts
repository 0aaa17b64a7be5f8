import { DateTime } from 'luxon';
import type { CalendarEvent, KnowledgeDocument } from './document.js';
import type { DraftedRecord, DraftResult } from './drafting/merge-drafts.js';
import { nounsOfPages } from './event-nouns.js';
import { groupEvents, meetingOfEvent } from './ics-meetings.js';
import type { MeetingCode } from './meeting-codes.js';
import { detectMeeting, type LearnedNouns, meetingNoun } from './meeting-detect.js';
import type { AgendaItem, MeetingRecord } from './meeting-record.js';
import { splitSummary } from './session-title.js';
import type { SymbolFamilies } from './symbol-scheme.js';

/**
 * The schedule model: meetings and their sessions as instants. Built from meeting records, from raw pages
 * whose meeting was detected, and from calendar files; everything that answers "when" reads from here.
 */

export interface Session {
  /** Stable across reloads while the session itself is unchanged, so reminders can be keyed on it. */
  key: string;
  meetingNumber?: number;
  /** The key of the meeting the session belongs to (`Meeting.key`). */
  meetingKey?: string;
  meetingTitle: string;
  title: string;
  start: Date;
  end?: Date;
  timezone: string;
  room?: string;
  status: 'scheduled' | 'cancelled';
  items: AgendaItem[];
  cutOff: boolean;
  sourcePath: string;
}

export interface Meeting {
  /**
   * The series' own number for the meeting. A meeting that only a calendar names has none of its own
   * (`numbered` false) and gets one above `FIRST_UNNUMBERED`, so every lookup by number still finds it.
   */
  number: number;
  numbered: boolean;
  /** Stable identity across reloads: `meeting-8`, or `ics:<folded title>` for a meeting only a calendar names. */
  key: string;
  title: string;
  /** What the series calls its events, lower-case singular ("meeting", "workshop"), so answers speak its language. */
  noun: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  start?: string;
  end?: string;
  timezone: string;
  record?: MeetingRecord;
  /** Set when `record` was drafted from raw pages rather than written by hand: where each field was read. */
  drafted?: Pick<DraftedRecord, 'provenance' | 'conflicts' | 'zoneUnknown'>;
  sourcePath: string;
  sourcePaths: string[];
  url?: string;
  sessions: Session[];
}

export interface Schedule {
  meetings: Meeting[];
  sessions: Session[];
  byNumber: Map<number, Meeting>;
  /** Meetings the raw pages speak of but that make no valid record, with the reason. */
  undrafted: DraftResult['skipped'];
  /** The series' own codes for its meetings, where drafting learned them: read once, for drafts and questions. */
  meetingCodes?: MeetingCode[];
  /** The series' symbol families without a slash, where drafting learned them: read once, for drafts and answers. */
  symbolFamilies?: SymbolFamilies;
  /** Where the series' document symbols link ("https://undocs.org/{symbol}"): set, or learned from the pages. */
  symbolUrlTemplate?: string;
}

/** Numbers given to meetings a calendar names without a number: far above any series' own numbering. */
export const FIRST_UNNUMBERED = 10_000;

const numberedKey = (n: number) => `meeting-${n}`;

function toInstant(local: string, zone: string): Date {
  return DateTime.fromISO(local, { zone }).toJSDate();
}

function sessionsFromRecord(record: MeetingRecord, sourcePath: string, drafted?: DraftedRecord): Session[] {
  return record.sessions.map((s, i) => ({
    key: `meeting-${record.number}@${s.start}`,
    meetingNumber: record.number,
    meetingKey: numberedKey(record.number),
    meetingTitle: record.title,
    title: s.title,
    start: toInstant(s.start, record.timezone),
    end: s.end ? toInstant(s.end, record.timezone) : undefined,
    timezone: record.timezone,
    room: s.room ?? record.room,
    status: s.status,
    items: s.items,
    cutOff: s.cut_off,
    // A drafted session cites the page its programme was read from.
    sourcePath: drafted?.provenance[`sessions[${i}]`]?.path ?? sourcePath,
  }));
}

/**
 * Meetings known only from raw pages get the record drafted from those pages, so their sessions, opener and
 * documents answer the way a hand-written record's do, each citing the page it was read from.
 */
function withDrafts(
  meetings: Meeting[],
  documents: KnowledgeDocument[],
  drafter: Drafter,
): Pick<DraftResult, 'skipped' | 'codes' | 'symbolFamilies'> {
  const byNumber = new Map(meetings.map((m) => [m.number, m]));
  const draft = drafter(
    documents.map((d) => {
      const n = d.meetingNumber === undefined ? meetingByDays(d, meetings) : undefined;
      return n === undefined ? d : { ...d, meetingNumber: n };
    }),
  );
  for (const d of draft.drafts) {
    const m = byNumber.get(d.record.number);
    if (!m || m.record) continue;
    const r = d.record;
    Object.assign(m, {
      title: r.title,
      start: r.start,
      end: r.end,
      timezone: r.timezone,
      record: r,
      drafted: { provenance: d.provenance, conflicts: d.conflicts, zoneUnknown: d.zoneUnknown },
      sessions: sessionsFromRecord(r, m.sourcePath, d),
    });
    // A page of another meeting that gave this one part of its record (its part of a shared documents page) is a
    // source of this meeting too.
    for (const path of d.sources) if (!m.sourcePaths.includes(path)) m.sourcePaths.push(path);
  }
  return {
    skipped: draft.skipped.filter((s) => !byNumber.get(s.number)?.record),
    codes: draft.codes,
    symbolFamilies: draft.symbolFamilies,
  };
}

/**
 * Drafts records from raw pages (`draftRecords`). Passed in rather than imported: reading layout loads the NLP
 * libraries, and a process that only plans reminders from hand-written records should not pay for them.
 */
export type Drafter = (documents: KnowledgeDocument[]) => DraftResult;

export function buildSchedule(documents: KnowledgeDocument[], drafter?: Drafter): Schedule {
  const byNumber = new Map<number, Meeting>();
  // Records first: they are the authority; detected pages only fill meetings no record describes.
  const ordered = [...documents].sort((a, b) => Number(Boolean(b.record)) - Number(Boolean(a.record)));
  for (const doc of ordered) {
    if (doc.record) {
      const r = doc.record;
      const existing = byNumber.get(r.number);
      if (existing?.record) {
        existing.sourcePaths.push(doc.path);
        continue;
      }
      byNumber.set(r.number, {
        number: r.number,
        numbered: true,
        key: numberedKey(r.number),
        title: r.title,
        noun: meetingNoun(r.title) ?? 'meeting',
        start: r.start,
        end: r.end,
        timezone: r.timezone,
        record: r,
        sourcePath: doc.path,
        sourcePaths: [doc.path, ...(existing?.sourcePaths ?? [])],
        url: r.url,
        sessions: sessionsFromRecord(r, doc.path),
      });
      continue;
    }
    // A calendar's events are placed one by one below; "1st meeting" in its text names a sitting, not its meeting.
    const n = doc.events?.length ? undefined : doc.detected.number;
    if (!n) continue;
    const existing = byNumber.get(n);
    if (existing) {
      existing.sourcePaths.push(doc.path);
      existing.start ??= doc.detected.start;
      existing.end ??= doc.detected.end;
      continue;
    }
    byNumber.set(n, {
      number: n,
      numbered: true,
      key: numberedKey(n),
      title: doc.title,
      noun: doc.detected.noun ?? meetingNoun(doc.title) ?? 'meeting',
      start: doc.detected.start,
      end: doc.detected.end,
      timezone: 'UTC',
      sourcePath: doc.path,
      sourcePaths: [doc.path],
      url: doc.url,
      sessions: [],
    });
  }
  const nouns = nounsOfPages(documents);
  const all = [...byNumber.values()].sort((a, b) => a.number - b.number);
  const {
    skipped: undrafted,
    codes,
    symbolFamilies,
  } = drafter ? withDrafts(all, documents, drafter) : { skipped: [], codes: undefined, symbolFamilies: undefined };
  const mentioned = new Set(outOfOrder(all, documents, nouns));
  for (const m of mentioned) {
    byNumber.delete(m.number);
    const pages = [...new Set(m.sourcePaths)].join(', ');
    undrafted.push({
      number: m.number,
      reason: `its pages (${pages}) only mention it, and the date they give (${m.start}) is out of the meetings' order`,
    });
  }
  const meetings = all.filter((m) => !mentioned.has(m));
  for (const doc of documents) {
    const n = doc.meetingNumber === undefined ? meetingByDays(doc, meetings) : undefined;
    if (n !== undefined) byNumber.get(n)?.sourcePaths.push(doc.path);
  }
  for (const doc of documents) addCalendar(doc, meetings, byNumber, nouns);
  meetings.sort((a, b) => a.number - b.number);
  const sessions = meetings.flatMap((m) => m.sessions);
  sessions.sort((a, b) => a.start.getTime() - b.start.getTime() || a.key.localeCompare(b.key));
  return {
    meetings,
    sessions,
    byNumber,
    undrafted,
    ...(codes ? { meetingCodes: codes } : {}),
    ...(symbolFamilies?.size ? { symbolFamilies } : {}),
  };
}

/**
 * A series numbers its meetings in the order they are held. A meeting known only from pages that name its number
 * in passing, never in their titles, and dated before an earlier-numbered meeting of the series or after a later one
 * that a record or a page's title attests, is a mention ("the 7th Muster has no venue yet" in a forum thread dated by
 * its posts), not a meeting the pages date.
 */
function outOfOrder(meetings: Meeting[], documents: KnowledgeDocument[], nouns: LearnedNouns): Meeting[] {
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const titled = (m: Meeting) =>
    m.sourcePaths.some((p) => detectMeeting('', { title: byPath.get(p)?.title ?? '', nouns }).number === m.number);
  const attested = meetings.filter((m) => m.start !== undefined && ((m.record && !m.drafted) || titled(m)));
  const misplaced = (m: Meeting, o: Meeting) =>
    o.noun === m.noun &&
    ((o.number < m.number && (o.start ?? '') > (m.start ?? '')) ||
      (o.number > m.number && (o.start ?? '') < (m.start ?? '')));
  return meetings.filter(
    (m) =>
      (!m.record || m.drafted !== undefined) &&
      m.start !== undefined &&
      !attested.includes(m) &&
      attested.some((o) => misplaced(m, o)),
  );
}

/**
 * A page that names no meeting by its number but gives its days belongs to the one meeting of the schedule held on
 * those days, when exactly one was: days without a year ("Coordination Meeting … 11-12 July"), or the whole dates of
 * a meeting the page calls by its season or city ("Spring Colloquium 2021 · Hilo, 19-21 April 2021").
 */
export function meetingByDays(doc: KnowledgeDocument, meetings: Meeting[]): number | undefined {
  const { days, start, end } = doc.detected;
  if (doc.record || (!days && !start)) return undefined;
  const held = meetings.filter((m) =>
    days
      ? m.start?.slice(5) === days.start && (m.end ?? m.start)?.slice(5) === days.end
      : m.start === start && (m.end ?? m.start) === (end ?? start),
  );
  return held.length === 1 ? held[0]?.number : undefined;
}

/** The corpus's pages with the meetings that their days alone tie them to filled in. */
export function withMeetingsByDays(documents: KnowledgeDocument[], schedule: Schedule): KnowledgeDocument[] {
  return documents.map((d) => {
    const n = d.meetingNumber === undefined ? meetingByDays(d, schedule.meetings) : undefined;
    return n === undefined ? d : { ...d, meetingNumber: n };
  });
}

function sessionOf(event: CalendarEvent, title: string, meeting: Meeting, sourcePath: string): Session {
  return {
    key: `ics:${event.uid}`,
    meetingNumber: meeting.numbered ? meeting.number : undefined,
    meetingKey: meeting.key,
    meetingTitle: meeting.title,
    title,
    start: event.start,
    end: event.end,
    // A calendar that gives its times in UTC gives instants; they are shown at the meeting's local time.
    timezone: event.timezone === 'UTC' ? meeting.timezone : event.timezone,
    room: event.location,
    status: event.status,
    items: [],
    cutOff: false,
    sourcePath,
  };
}

const localDay = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toISODate() ?? undefined;

/**
 * A calendar's events join the meeting they name by number or fall within the days of; the rest are grouped
 * into meetings of their own (`groupEvents`), numbered when their title gives a number, keyed by title when not,
 * so the same meeting spread over several calendar files is still one meeting.
 */
function addCalendar(
  doc: KnowledgeDocument,
  meetings: Meeting[],
  byNumber: Map<number, Meeting>,
  nouns: LearnedNouns,
): void {
  if (!doc.events?.length) return;
  const loose: CalendarEvent[] = [];
  for (const event of doc.events) {
    const meeting = meetingOfEvent(event.title, localDay(event.start, event.timezone) ?? '', meetings, nouns);
    if (!meeting) {
      loose.push(event);
      continue;
    }
    meeting.sessions.push(sessionOf(event, splitSummary(event.title).session, meeting, doc.path));
    if (!meeting.sourcePaths.includes(doc.path)) meeting.sourcePaths.push(doc.path);
  }
  for (const group of groupEvents(loose, doc.title)) {
    const number = detectMeeting(group.title, { nouns }).number;
    const key = number ? numberedKey(number) : `ics:${group.title.toLowerCase().replace(/\s+/g, ' ')}`;
    let meeting = number ? byNumber.get(number) : meetings.find((m) => m.key === key);
    if (!meeting) {
      const first = group.sessions[0]?.event as CalendarEvent;
      meeting = {
        number: number ?? FIRST_UNNUMBERED + meetings.filter((m) => !m.numbered).length,
        numbered: number !== undefined,
        key,
        title: group.title,
        noun: meetingNoun(group.title) ?? 'meeting',
        timezone: first.timezone,
        sourcePath: doc.path,
        sourcePaths: [],
        sessions: [],
      };
      meetings.push(meeting);
      byNumber.set(meeting.number, meeting);
    }
    for (const { event, title } of group.sessions) meeting.sessions.push(sessionOf(event, title, meeting, doc.path));
    if (!meeting.sourcePaths.includes(doc.path)) meeting.sourcePaths.push(doc.path);
    if (meeting.record) continue;
    const days = group.sessions.map(({ event }) => localDay(event.start, event.timezone) ?? '').sort();
    const [first, last] = [days[0] ?? '', days.at(-1) ?? ''];
    if (!meeting.start || first < meeting.start) meeting.start = first;
    if (!meeting.end || last > meeting.end) meeting.end = last;
  }
}
