import nlp from '../../text/nlp.js';
import type { KnowledgeDocument } from '../document.js';
import { detectMeeting, type LearnedNouns } from '../meeting-detect.js';
import { MONTH_PATTERN, monthNumber, ORDINAL_PATTERN } from '../ordinals.js';
import { type ReadingUnit, readingUnits } from '../reading-units.js';
import { NO_FAMILIES, type SymbolFamilies } from '../symbol-scheme.js';
import { type DraftSession, dailySessions, readAgenda } from './agenda.js';
import { readHost, readOrganizer } from './organizer.js';
import type { Drafted } from './origin.js';
import { type DraftedDocument, readDocuments } from './page-documents.js';
import {
  type Attendance,
  type Places,
  type Roles,
  readList,
  readParticipants,
  readPlaces,
  readRoles,
} from './page-fields.js';

/** What one raw page says about its meeting, each value with the line it was read from. */
export interface PageDraft {
  path: string;
  number: number;
  /** The page's own title names the meeting: its values go before those of pages that only mention it. */
  primary: boolean;
  title: Drafted<string>;
  /** The page's own title, of which `title` is the meeting's name. */
  pageTitle: string;
  start?: Drafted<string>;
  end?: Drafted<string>;
  places: Places;
  roles: Roles;
  organizer?: Drafted<string>;
  host?: Drafted<string>;
  participants?: Drafted<Attendance>;
  objectives: Array<Drafted<string>>;
  conclusions: Array<Drafted<string>>;
  sessions: DraftSession[];
  documents: DraftedDocument[];
}

/** The words that announce a meeting's objectives or its conclusions, as the record schema names those fields. */
const OBJECTIVES = /\b(?:objectives?|purposes?|aims?(?:\s+to)?|goals?)\b/i;
const CONCLUSIONS = /\bconclu(?:sions?|ded)\b/i;

/**
 * A report cover gives only "New York, October 2005": the month, read from the first line that names the meeting,
 * is what the record can hold then (the schema takes YYYY-MM for that).
 */
function monthOf(units: ReadingUnit[], number: number, nouns: LearnedNouns): string | undefined {
  const monthYear = new RegExp(`\\b(${MONTH_PATTERN})\\s+((?:19|20)\\d{2})\\b`, 'i');
  for (const u of units.slice(0, HEAD_UNITS)) {
    const m = detectMeeting(u.text, { nouns }).number === number ? monthYear.exec(u.text) : undefined;
    const month = m ? monthNumber(m[1] ?? '') : undefined;
    if (m && month) return `${m[2]}-${String(month).padStart(2, '0')}`;
  }
  return undefined;
}

const ORDINAL_START = new RegExp(`\\b(?:${ORDINAL_PATTERN})\\b`, 'i');

/**
 * The meeting's name inside a page title: "Announcement: 5th edition of the Workshop on …" names it from its
 * ordinal on, and "First Workshop on Basin Water Accounts held in Vancouver" up to the verb of the headline.
 */
export function meetingName(title: string): string {
  const from = ORDINAL_START.exec(title)?.index ?? 0;
  let name = title.slice(from).split(/\s+[-–—|]\s+|\s*\(/)[0] ?? title;
  const terms: Array<{ text: string; tags: string[] }> = nlp(name).json()[0]?.terms ?? [];
  const verb = terms.find(
    (t) => t.tags.includes('PastTense') || (t.tags.includes('PresentTense') && !t.tags.includes('Gerund')),
  );
  if (verb) name = name.slice(0, name.indexOf(verb.text)).trim();
  return name.replace(/[\s,:;]+$/, '') || title;
}

/** The opening units of a page, where it states its own title, place and dates. */
const HEAD_UNITS = 12;

/**
 * `units`: the part of the page about meeting `number`, where the page covers more than one. `knownYear`: the meeting's
 * year as its other pages state it, for a page that gives its days without one.
 */
export function draftPage(
  doc: KnowledgeDocument,
  number: number,
  units = readingUnits(doc),
  knownYear?: number,
  nouns: LearnedNouns = [],
  families: SymbolFamilies = NO_FAMILIES,
): PageDraft {
  const path = doc.path;
  const primary = detectMeeting('', { title: doc.title, nouns }).number === number;
  // A page that names no number is its meeting's own when its dates tied it to that meeting.
  const own = (doc.detected.number ?? doc.meetingNumber) === number;
  const days = own && knownYear !== undefined ? doc.detected.days : undefined;
  const start = own
    ? (doc.detected.start ?? (days && `${knownYear}-${days.start}`) ?? monthOf(units, number, nouns))
    : undefined;
  const end = own ? (doc.detected.end ?? (days && `${knownYear}-${days.end}`)) : undefined;
  // The line that states the dates is the first whose own dates are the page's.
  const dateLine = start ? units.find((u) => detectMeeting(u.text, { nouns }).start === start)?.line : undefined;
  const dateOrigin = { path, line: dateLine ?? 1 };
  const year = Number((start ?? /(?:19|20)\d{2}/.exec(`${doc.title} ${path}`)?.[0] ?? '').slice(0, 4)) || undefined;
  const agenda = readAgenda(units, path, year, families);
  const participants = readParticipants(units, path);
  const organizer = readOrganizer(units, path, number, nouns);
  const host = readHost(units, path, number, nouns);
  return {
    path,
    number,
    primary,
    title: { value: meetingName(doc.title), from: { path, line: 1 } },
    pageTitle: doc.title,
    ...(start ? { start: { value: start, from: dateOrigin } } : {}),
    ...(end ? { end: { value: end, from: dateOrigin } } : {}),
    places: readPlaces(units, path, number, dateLine, nouns),
    roles: readRoles(units, agenda.lines, path),
    ...(organizer ? { organizer } : {}),
    ...(host ? { host } : {}),
    ...(participants ? { participants } : {}),
    objectives: readList(units, path, OBJECTIVES),
    conclusions: readList(units, path, CONCLUSIONS),
    sessions:
      agenda.sessions.length || !start || !end
        ? agenda.sessions
        : dailySessions(units, path, start, end, doc.detected.noun),
    documents: readDocuments(units, path, doc.title, families),
  };
}
