import type { KnowledgeDocument } from '../document.js';
import { nounsOfPages } from '../event-nouns.js';
import { learnMeetingCodes, meetingCodePattern, meetingOfPart } from '../meeting-codes.js';
import type { LearnedNouns } from '../meeting-detect.js';
import { type ReadingUnit, readingUnits } from '../reading-units.js';
import { learnSymbolFamilies } from '../symbol-scheme.js';
import { calendarDrafts } from './calendar-draft.js';
import { withFullNames } from './full-names.js';
import { type DraftResult, mergeDrafts } from './merge-drafts.js';
import { draftPage, type PageDraft } from './page-draft.js';

/**
 * Meeting records drafted from the raw pages of a knowledge folder: every page that is about a numbered meeting
 * and carries no hand-written record is read, and the pages of one meeting are merged. Hand-written records are
 * left out here; the schedule lets them win wherever they exist. A page that covers two meetings under headings
 * of their own ("TC.2 – Nairobi", "TC.3 – Valdivia"), or as bullets that nest their documents ("2nd Colloquium –
 * Durban, …"), gives each part to its meeting.
 */
export function draftRecords(documents: KnowledgeDocument[]): DraftResult {
  const codes = learnMeetingCodes(documents);
  const code = meetingCodePattern(codes);
  const nouns = nounsOfPages(documents);
  const families = learnSymbolFamilies(documents.map((d) => d.body));
  const years = statedYears(documents);
  const pages = documents.flatMap((doc) => {
    if (doc.record || doc.meetingNumber === undefined || doc.events?.length) return [];
    return [...sections(readingUnits(doc), doc.meetingNumber, code, nouns)].map(([number, units]) =>
      ownDocuments(draftPage(doc, number, units, years.get(number), nouns, families), code),
    );
  });
  const calendars = documents.flatMap((doc) =>
    doc.record || !doc.events?.length ? [] : calendarDrafts(doc, pages, nouns, families),
  );
  const merged = mergeDrafts([...pages, ...calendars], families);
  return { ...merged, drafts: withFullNames(merged.drafts, documents), codes, symbolFamilies: families };
}

/** "NAWS/S2/DOC.3" on a page listing two meetings' papers is the second meeting's, whatever page lists it. */
function ownDocuments(draft: PageDraft, code: RegExp | undefined): PageDraft {
  if (!code) return draft;
  const whose = (symbol: string | undefined) => [...(symbol ?? '').matchAll(code)].map((m) => Number(m[1]));
  const documents = draft.documents.filter((d) => whose(d.value.symbol).every((n) => n === draft.number));
  return { ...draft, documents };
}

/**
 * The year of each meeting as its pages state it with its dates, for a page that gives the days alone ("15 - 16
 * October"): a note to correspondents leaves out the year its sibling pages print.
 */
function statedYears(documents: KnowledgeDocument[]): Map<number, number> {
  const years = new Map<number, number>();
  for (const doc of documents) {
    const { number, start } = doc.detected;
    if (number !== undefined && start && !years.has(number)) years.set(number, Number(start.slice(0, 4)));
  }
  return years;
}

/** The page's units by the meeting whose part they sit in: the page's own, unless a heading names another. */
function sections(
  units: ReadingUnit[],
  own: number,
  code: RegExp | undefined,
  nouns: LearnedNouns,
): Map<number, ReadingUnit[]> {
  const parts = new Map<number, ReadingUnit[]>([[own, []]]);
  for (const unit of units) {
    const number = meetingOfPart(unit, code, nouns) ?? own;
    const part = parts.get(number) ?? [];
    part.push(unit);
    parts.set(number, part);
  }
  return parts;
}
