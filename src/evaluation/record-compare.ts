import { symbolKey } from '../knowledge/doc-symbols.js';
import { withoutHonorific } from '../knowledge/drafting/people.js';
import type { MeetingRecord } from '../knowledge/meeting-record.js';

/**
 * Drafted records against hand-written ones, field by field, over what a participant asks for most: dates,
 * city, opener, session start times, agenda item titles, people and document symbols. Hand-written titles are
 * worded by their authors, so titles match by shared words; everything else matches exactly after folding
 * case, accents and punctuation. A bare "resolution 58/208" as a page prints it matches "A/RES/58/208".
 */
export const COMPARED_FIELDS = [
  'dates',
  'city',
  'opener',
  'session starts',
  'item titles',
  'people',
  'symbols',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldScore {
  expected: number;
  drafted: number;
  matched: number;
}

export interface Miss {
  meeting: number;
  field: ComparedField;
  value: string;
  /** `missing`: in the hand-written record, not drafted; `extra`: drafted, not in the hand-written record. */
  kind: 'missing' | 'extra';
}

export interface RecordComparison {
  fields: Record<ComparedField, FieldScore>;
  recall: number;
  precision: number;
  misses: Miss[];
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(title: string): Set<string> {
  return new Set(
    fold(title)
      .split(' ')
      .filter((w) => w.length >= 4),
  );
}

/** Shared words over the shorter title's words: "Opening" is "Opening of the meeting". */
const MIN_TITLE_OVERLAP = 0.6;

function titlesMatch(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, Math.min(x.size, y.size)) >= MIN_TITLE_OVERLAP;
}

function symbolsMatch(drafted: string, expected: string): boolean {
  const d = symbolKey(drafted);
  const e = symbolKey(expected);
  return d === e || (/^\d+\/\d+$/.test(d) && e.endsWith(`/${d}`));
}

function valuesOf(r: MeetingRecord | undefined, field: ComparedField): string[] {
  if (!r) return [];
  const items = r.sessions.flatMap((s) => s.items);
  switch (field) {
    case 'dates':
      return [r.start, ...(r.end ? [r.end] : [])];
    case 'city':
      return r.city ? [r.city] : [];
    case 'opener':
      return r.opened_by ? [r.opened_by.name] : [];
    case 'session starts':
      return [...new Set(r.sessions.map((s) => s.start))];
    case 'item titles':
      // An item's notes carry what the page prints under its title, which a record author may fold into it.
      return items.map((i) => [i.title, i.notes].filter(Boolean).join(' '));
    case 'people': {
      const names = [
        ...(r.opened_by ? [r.opened_by.name] : []),
        ...(r.closed_by ? [r.closed_by.name] : []),
        ...items.flatMap((i) => [...i.speakers, ...i.moderators].map((p) => p.name)),
      ];
      // One person however the page orders the name: "NAKAMURA Keiko" in a programme is "Keiko Nakamura" as opener.
      return [...new Map(names.map((n) => [nameWords(n), n])).values()];
    }
    case 'symbols': {
      const symbols = [
        ...r.documents.flatMap((d) => (d.symbol ? [d.symbol] : [])),
        ...items.flatMap((i) => i.documents),
      ];
      return [...new Map(symbols.map((s) => [symbolKey(s), s])).values()];
    }
  }
}

const nameWords = (name: string) => fold(withoutHonorific(name)).split(/\s+/).sort().join(' ');

function matcher(field: ComparedField): (drafted: string, expected: string) => boolean {
  if (field === 'item titles') return titlesMatch;
  if (field === 'symbols') return symbolsMatch;
  // Which name comes first is a convention of the page ("PARK Min-seo", "Min-seo Park"), not a fact about the person.
  if (field === 'people' || field === 'opener') return (a, b) => nameWords(a) === nameWords(b);
  return (a, b) => fold(a) === fold(b);
}

/** `expected` holds the hand-written records of the meetings the pages speak of; `drafted` what was drafted. */
export function compareRecords(drafted: MeetingRecord[], expected: MeetingRecord[]): RecordComparison {
  const fields = Object.fromEntries(COMPARED_FIELDS.map((f) => [f, { expected: 0, drafted: 0, matched: 0 }])) as Record<
    ComparedField,
    FieldScore
  >;
  const misses: Miss[] = [];
  const numbers = [...new Set([...expected, ...drafted].map((r) => r.number))].sort((a, b) => a - b);
  for (const meeting of numbers) {
    const want = expected.find((r) => r.number === meeting);
    const got = drafted.find((r) => r.number === meeting);
    if (!want) continue;
    for (const field of COMPARED_FIELDS) {
      const expectedValues = valuesOf(want, field);
      const draftedValues = valuesOf(got, field);
      const same = matcher(field);
      const unused = [...draftedValues];
      let matched = 0;
      for (const value of expectedValues) {
        const at = unused.findIndex((d) => same(d, value));
        if (at >= 0) {
          unused.splice(at, 1);
          matched++;
        } else misses.push({ meeting, field, value, kind: 'missing' });
      }
      for (const value of unused) misses.push({ meeting, field, value, kind: 'extra' });
      fields[field].expected += expectedValues.length;
      fields[field].drafted += draftedValues.length;
      fields[field].matched += matched;
    }
  }
  const total = (k: keyof FieldScore) => COMPARED_FIELDS.reduce((n, f) => n + fields[f][k], 0);
  const matched = total('matched');
  return {
    fields,
    recall: matched / Math.max(1, total('expected')),
    precision: matched / Math.max(1, total('drafted')),
    misses,
  };
}
