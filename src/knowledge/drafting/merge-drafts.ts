import { DateTime } from 'luxon';
import { symbolKey } from '../doc-symbols.js';
import type { MeetingCode } from '../meeting-codes.js';
import { type MeetingRecord, meetingRecordSchema } from '../meeting-record.js';
import { NO_FAMILIES, type SymbolFamilies } from '../symbol-scheme.js';
import { type DraftItem, type DraftSession, itemDocuments, joinPeople } from './agenda.js';
import type { Drafted, Origin } from './origin.js';
import type { PageDraft } from './page-draft.js';
import type { Roles } from './page-fields.js';
import { inOrdinaryCase } from './people.js';

/**
 * The pages about one meeting merged into one record in the record schema. The page whose title names the
 * meeting speaks first; a value another page gives differently is kept as a conflict with both sources, never
 * silently dropped. Every field keeps the file and line it came from.
 */
export interface Conflict {
  field: string;
  values: Array<{ value: string; from: Origin }>;
}

export interface DraftedRecord {
  record: MeetingRecord;
  /** Field path ("start", "sessions[2].items[0]") → where it was read. */
  provenance: Record<string, Origin>;
  conflicts: Conflict[];
  sources: string[];
  /** Set when no page names a city whose zone is known, so session times are read as UTC. */
  zoneUnknown?: string;
}

export interface DraftResult {
  drafts: DraftedRecord[];
  skipped: Array<{ number: number; reason: string }>;
  /** The series' own codes for its meetings ("tc" for "TC.3"), as learned while drafting. */
  codes?: MeetingCode[];
  /** The series' symbol families without a slash ("(#) PMR-# Doc #"), as learned while drafting. */
  symbolFamilies?: SymbolFamilies;
}

/** Two values agree when equal, or when one is the other made more precise ("2005-10" and "2005-10-27"). */
function agree(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(y) || y.startsWith(x);
}

function pick<T>(
  field: string,
  candidates: Array<Drafted<T> | undefined>,
  show: (v: T) => string,
  conflicts: Conflict[],
  key: (v: T) => string = show,
): Drafted<T> | undefined {
  const given = candidates.filter((c): c is Drafted<T> => Boolean(c));
  const [first] = given;
  if (!first) return undefined;
  const agreeing = given.filter((c) => agree(key(c.value), key(first.value)));
  const chosen = agreeing.reduce((best, c) => (show(c.value).length > show(best.value).length ? c : best), first);
  const others = given.filter((c) => !agree(key(c.value), key(first.value)));
  if (others.length) {
    const values = [chosen, ...others].map((c) => ({ value: show(c.value), key: key(c.value), from: c.from }));
    const distinct = values.filter((v, i) => values.findIndex((w) => w.key === v.key) === i);
    conflicts.push({ field, values: distinct.map(({ value, from }) => ({ value, from })) });
  }
  return chosen;
}

function mergeItems(into: DraftItem[], items: DraftItem[]): void {
  for (const item of items) {
    const same = into.find((i) => (i.number && i.number === item.number) || i.title === item.title);
    if (!same) {
      into.push({ ...item, speakers: [...item.speakers], moderators: [...item.moderators] });
      continue;
    }
    joinPeople(same, item);
  }
}

/**
 * The sessions of all pages, one per start, at the meeting's local times: a calendar that gives its times in UTC
 * ("DTSTART:20270309T020000Z") has them moved to the zone of the meeting's city (09:00 in Jakarta).
 */
function mergeSessions(pages: PageDraft[], zone: string): DraftSession[] {
  const sessions: DraftSession[] = [];
  const local = (at: string, from: string) =>
    from === zone ? at : DateTime.fromISO(at, { zone: from }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
  for (const page of pages) {
    for (const stated of page.sessions) {
      const { zone: from = zone, ...s } = stated;
      if (from !== zone) {
        s.start = local(s.start, from);
        if (s.end) s.end = local(s.end, from);
      }
      const same = sessions.find((x) => x.start === s.start);
      if (same) mergeItems(same.items, s.items);
      else {
        const fresh = { ...s, items: [] };
        mergeItems(fresh.items, s.items);
        sessions.push(fresh);
      }
    }
  }
  return sessions.sort((a, b) => a.start.localeCompare(b.start));
}

function mergeMeeting(
  number: number,
  pages: PageDraft[],
  families: SymbolFamilies,
): DraftedRecord | { reason: string } {
  // Among pages named for the meeting, the one with the plainest title (its name, not "Documents of …") leads.
  const ordered = [...pages].sort(
    (a, b) =>
      Number(b.primary) - Number(a.primary) ||
      (a.primary ? a.pageTitle.length - b.pageTitle.length : 0) ||
      a.path.localeCompare(b.path),
  );
  const conflicts: Conflict[] = [];
  const provenance: Record<string, Origin> = {};
  const text = (v: string) => v;
  // "HIRASAWA Yuko" on one page and "Yuko Hirasawa" on another are one person, whichever name comes first.
  const person = (v: { name: string }) => inOrdinaryCase(v.name).split(/\s+/).sort().join(' ');
  const personName = (v: { name: string }) => inOrdinaryCase(v.name);
  const named = <T extends { name: string }>(v: T | undefined): T | undefined =>
    v && { ...v, name: inOrdinaryCase(v.name) };
  const keep = <T>(field: string, d: Drafted<T> | undefined): T | undefined => {
    if (!d) return undefined;
    provenance[field] = d.from;
    return d.value;
  };
  const title = keep('title', ordered[0]?.title);
  /** The first page's value of a field, kept with its source; a page that gives another is a conflict if `warn`. */
  const one = <T>(field: string, of: (p: PageDraft) => Drafted<T> | undefined, show: (v: T) => string, warn = true) =>
    keep(field, pick(field, ordered.map(of), show, warn ? conflicts : []));
  const start = one('start', (p) => p.start, text);
  // A page that gives the first day alone (an events listing, a feed's date) says less than one that gives the
  // meeting's days from that start: it gives way, though it leads otherwise. Two ranges that differ stay in order.
  const oneDay = (p: PageDraft) => !p.end || p.end.value === p.start?.value;
  const spanning = [...ordered].sort(
    (a, b) =>
      Number(b.start?.value === start) - Number(a.start?.value === start) || Number(oneDay(a)) - Number(oneDay(b)),
  );
  const end = keep(
    'end',
    pick(
      'end',
      spanning.map((p) => p.end),
      text,
      conflicts,
    ),
  );
  const city = one('city', (p) => p.places.city, text);
  // A calendar's events state their zone with no city; it serves where no page's city gives one.
  const zone =
    ordered.find((p) => p.places.city?.value === city && p.places.zone)?.places.zone ??
    ordered.find((p) => !p.places.city && p.places.zone)?.places.zone;
  // Pages word a venue or room in many ways ("Maas Hall", "the Maas Hall, 2nd floor"); that is no disagreement.
  const venue = one('venue', (p) => p.places.venue, text, false);
  const room = one('room', (p) => p.places.room, text, false);
  const organizer = one('organizer', (p) => p.organizer, text, false);
  const host = one('host', (p) => p.host, text, false);
  // "The Convocation was closed … by the Vice-Chair" in a press release says what the programme's closing line only
  // planned: a page that states who did it comes first.
  const done = (role: keyof Roles) =>
    [...ordered]
      .sort((a, b) => Number(a.roles[role]?.planned ?? false) - Number(b.roles[role]?.planned ?? false))
      .map((p) => p.roles[role]);
  const openedBy = named(keep('opened_by', pick('opened_by', done('openedBy'), personName, conflicts, person)));
  const closedBy = named(keep('closed_by', pick('closed_by', done('closedBy'), personName, conflicts, person)));
  const attendance = one(
    'participants',
    (p) => p.participants,
    (a) => String(a.count),
  );
  // The page that lists more entries is the fuller copy: a page cut off after two of three objectives gives way.
  const list = (field: string, of: (p: PageDraft) => Array<Drafted<string>>) => {
    const entries = ordered.map(of).reduce((best, l) => (l.length > best.length ? l : best), []);
    return entries.map((e, i) => keep(`${field}[${i}]`, e) ?? '');
  };
  const objectives = list('objectives', (p) => p.objectives);
  const conclusions = list('conclusions', (p) => p.conclusions);
  const sessions = mergeSessions(ordered, zone ?? 'UTC').map((s, i) => {
    provenance[`sessions[${i}]`] = s.from;
    const items = s.items;
    items.forEach((item, j) => {
      provenance[`sessions[${i}].items[${j}]`] = item.from;
    });
    return {
      title: s.title,
      start: s.start,
      ...(s.end ? { end: s.end } : {}),
      items: items.map((item) => ({
        ...(item.number ? { number: item.number } : {}),
        title: item.title,
        speakers: item.speakers.map((x) => named(x) ?? x),
        moderators: item.moderators.map((x) => named(x) ?? x),
        documents: itemDocuments(item, families),
        ...(item.notes ? { notes: item.notes } : {}),
      })),
    };
  });
  const documents: MeetingRecord['documents'] = [];
  const citedOnly = new Set<number>();
  for (const d of ordered.flatMap((p) => p.documents)) {
    const key = symbolKey(d.value.symbol ?? d.value.title);
    const at = documents.findIndex((x) => symbolKey(x.symbol ?? x.title) === key);
    // A documents list on a later page titles a paper better than the programme that cites it.
    if (at >= 0 && !(citedOnly.has(at) && !d.cited)) continue;
    const index = at >= 0 ? at : documents.length;
    provenance[`documents[${index}]`] = d.from;
    documents[index] = d.value;
    if (d.cited) citedOnly.add(index);
    else citedOnly.delete(index);
  }
  const parsed = meetingRecordSchema.safeParse({
    number,
    title,
    start,
    ...(end ? { end } : {}),
    timezone: zone ?? 'UTC',
    ...(city ? { city } : {}),
    ...(venue ? { venue } : {}),
    ...(room ? { room } : {}),
    ...(organizer ? { organizer } : {}),
    ...(host ? { host } : {}),
    ...(openedBy ? { opened_by: openedBy } : {}),
    ...(closedBy ? { closed_by: closedBy } : {}),
    ...(attendance ? { participants: attendance } : {}),
    objectives,
    conclusions,
    sessions,
    documents,
  });
  const sources = ordered.map((p) => p.path);
  if (!parsed.success) {
    const why = start ? parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : 'give no date';
    return { reason: `its pages (${sources.join(', ')}) ${start ? `make no valid record (${why})` : why}` };
  }
  return {
    record: parsed.data,
    provenance,
    conflicts,
    sources,
    ...(zone ? {} : { zoneUnknown: city ? `no time zone is known for ${city}` : 'no page names its city' }),
  };
}

/** One drafted record per meeting that the pages speak of, in meeting order. */
export function mergeDrafts(pages: PageDraft[], families: SymbolFamilies = NO_FAMILIES): DraftResult {
  const byNumber = new Map<number, PageDraft[]>();
  for (const p of pages) byNumber.set(p.number, [...(byNumber.get(p.number) ?? []), p]);
  const result: DraftResult = { drafts: [], skipped: [] };
  for (const number of [...byNumber.keys()].sort((a, b) => a - b)) {
    const merged = mergeMeeting(number, byNumber.get(number) ?? [], families);
    if ('reason' in merged) result.skipped.push({ number, reason: merged.reason });
    else result.drafts.push(merged);
  }
  return result;
}
