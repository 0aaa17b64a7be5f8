import { escapeRegExp } from '../../text/escape-regexp.js';
import type { KnowledgeDocument } from '../document.js';
import type { MeetingRecord, Person } from '../meeting-record.js';
import type { DraftedRecord } from './merge-drafts.js';
import { inOrdinaryCase, opensWithHonorific, withoutHonorific } from './people.js';

/**
 * A programme prints "M. Van Hoeydonck" where another page of the series writes "Margriet Van Hoeydonck", or
 * "MORIKAWA Kenji" for "K. Morikawa". A drafted person named by initials takes the full name the pages give for the
 * same family name and initials, when they give exactly one: the meeting's own pages first, then any page of the
 * folder. Two candidates ("Maria" and "Marta Van Hoeydonck") leave the initials as printed.
 */
const INITIALLED = /^(\p{Lu}\.(?:-?\p{Lu}\.)*(?:\s+\p{Lu}\.)*)\s+(\p{Lu}.*)$/u;

/** One capitalised word, a family name printed alone. */
const FAMILY_ALONE = /^\p{Lu}[\p{L}'’-]+$/u;

const GIVEN = String.raw`\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}[\p{L}'’]*)?`;

interface Initialled {
  initials: string;
  family: string;
}

/** An initialled person with the two patterns their full name may be written in, compiled once per person. */
interface Wanted extends Initialled {
  givenFirst: RegExp;
  familyFirst: RegExp;
}

/**
 * The initials and family name a person is printed with. A title before a family name alone ("Dr Caflisch-Tönz", as
 * minutes name someone the pages named in full before) gives no initials.
 */
function initialled(name: string): Initialled | undefined {
  const untitled = withoutHonorific(name);
  if (untitled !== name.trim() && FAMILY_ALONE.test(untitled)) return { initials: '', family: untitled };
  const m = INITIALLED.exec(name.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { initials: (m[1].match(/\p{Lu}/gu) ?? []).join(''), family: m[2] };
}

function wanted(person: Initialled): Wanted {
  const family = escapeRegExp(person.family);
  const capitals = escapeRegExp(person.family.toUpperCase());
  return {
    ...person,
    givenFirst: new RegExp(`(?<![\\p{L}'’.-])((?:${GIVEN}\\s+){1,2})${family}(?![\\p{L}'’-])`, 'gu'),
    familyFirst: new RegExp(`(?<![\\p{L}'’-])${capitals}\\s+((?:${GIVEN})(?:\\s+${GIVEN})?)(?![\\p{L}'’-])`, 'gu'),
  };
}

const keyOf = (p: Initialled) => `${p.initials} ${p.family.toLowerCase()}`;

/** The initials of given names as written: "Jean-Baptiste" → "JB". */
function initialsOf(given: string[]): string {
  return given
    .flatMap((w) => w.split('-'))
    .map((w) => w[0] ?? '')
    .join('');
}

/** The full names a text gives for one initialled family name: "Given Family" and "FAMILY Given" (family in capitals). */
function fullNamesIn(text: string, person: Wanted): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(person.givenFirst)) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    // "Convenor Halvard Strømsnes": the given names are the last words whose initials are the printed ones; with no
    // initials printed, the one word before the family name.
    for (let k = 1; k <= words.length; k++) {
      const given = words.slice(-k);
      if (person.initials ? initialsOf(given) === person.initials : k === 1 && !opensWithHonorific(given[0] ?? '')) {
        found.push(`${given.join(' ')} ${person.family}`);
        break;
      }
    }
  }
  for (const m of text.matchAll(person.familyFirst)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let k = words.length; k >= 1; k--) {
      const given = words.slice(0, k);
      if (person.initials ? initialsOf(given) === person.initials : k === 1) {
        found.push(inOrdinaryCase(`${person.family.toUpperCase()} ${given.join(' ')}`));
        break;
      }
    }
  }
  return found;
}

function peopleOf(record: MeetingRecord): Person[] {
  return [
    ...(record.opened_by ? [record.opened_by] : []),
    ...(record.closed_by ? [record.closed_by] : []),
    ...record.sessions.flatMap((s) => s.items.flatMap((i) => [...i.speakers, ...i.moderators])),
  ];
}

/** One name, when the texts give exactly one (compared without case): the name as first written. */
function onlyName(names: string[]): string | undefined {
  const distinct = new Map(names.map((n) => [n.toLowerCase(), n]));
  return distinct.size === 1 ? [...distinct.values()][0] : undefined;
}

export function withFullNames(drafts: DraftedRecord[], documents: KnowledgeDocument[]): DraftedRecord[] {
  const sought = new Map<string, Wanted>();
  for (const d of drafts)
    for (const p of peopleOf(d.record)) {
      const person = initialled(p.name);
      if (person && !sought.has(keyOf(person))) sought.set(keyOf(person), wanted(person));
    }
  if (!sought.size) return drafts;
  // Which pages name which full names, read once per page for every initialled person.
  const byPage = new Map<string, Map<string, string[]>>();
  for (const doc of documents) {
    const names = new Map<string, string[]>();
    for (const [key, person] of sought) {
      if (!doc.body.includes(person.family) && !doc.body.includes(person.family.toUpperCase())) continue;
      const found = fullNamesIn(doc.body, person);
      if (found.length) names.set(key, found);
    }
    if (names.size) byPage.set(doc.path, names);
  }
  const anywhere = (key: string) => [...byPage.values()].flatMap((names) => names.get(key) ?? []);
  return drafts.map((d) => {
    const own = (key: string) => d.sources.flatMap((path) => byPage.get(path)?.get(key) ?? []);
    for (const p of peopleOf(d.record)) {
      const person = initialled(p.name);
      if (!person) continue;
      const key = keyOf(person);
      const ownNames = own(key);
      const full = onlyName(ownNames.length ? ownNames : anywhere(key));
      if (full) p.name = full;
    }
    return d;
  });
}
