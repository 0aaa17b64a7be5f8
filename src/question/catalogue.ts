import type { KnowledgeDocument } from '../knowledge/document.js';
import { learnMeetingCodes } from '../knowledge/meeting-codes.js';
import { MONTHS, ordinalToNumber, WEEKDAYS } from '../knowledge/ordinals.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { SymbolIndex } from '../knowledge/symbol-index.js';
import type { Bm25Index } from '../retrieval/bm25.js';
import { contentTokens, foldText, STOPWORDS } from '../retrieval/tokenize.js';
import { ROLE_WORDS } from '../text/role-words.js';
import { type MeetingNamePatterns, meetingNamePatterns } from './meeting-names.js';
import type { Vocabulary } from './spelling.js';

/**
 * What a question is read against: the corpus's own meetings, the word it uses for them, the words that name
 * one meeting and no other (its city, its title's own words), its document symbols, its vocabulary and its
 * term weights. Built once per knowledge load.
 */
export interface Catalogue {
  schedule: Schedule;
  names: MeetingNamePatterns;
  /** The noun most of the series' meetings are named with ("colloquium", "round"), "meeting" where none is. */
  seriesNoun: string;
  /** Folded word → the meetings whose title, place or page heading it names. */
  nameWords: Map<string, number[]>;
  symbols: SymbolIndex;
  vocabulary: Vocabulary;
  bm25: Bm25Index;
}

/** The heading of a page (its first lines) names its meeting: title, place, dates. */
const HEADING_LINES = 4;
const HEADING_WORDS = 8;
/** A word in the names of more meetings than this is the series' vocabulary, not one meeting's name. */
const MAX_MEETINGS_PER_NAME_WORD = 2;

/** A page's first sentence usually says where and when its meeting met: "… met in Valparaíso from 6 to 7 June". */
function firstSentence(doc: KnowledgeDocument): string {
  const paragraph = doc.body.split(/\n\s*\n/).find((p) => p.trim().split(/\s+/).length > HEADING_WORDS) ?? '';
  return paragraph.split(/(?<=[.!?])\s/)[0] ?? '';
}

/** Fields that name where a meeting is held, as announcements list them: "City: Geneva", "Venue: …". */
const PLACE_FIELD = /^\s*(?:[-*•]\s*)?(?:city|venue|location|place|where)\s*:\s*(.+)$/gim;

function placeFields(doc: KnowledgeDocument): string {
  return [...doc.body.replace(/\*\*|__/g, '').matchAll(PLACE_FIELD)].map((m) => m[1] ?? '').join(' ');
}

/** A page's heading lines (title, place, dates) name its meeting; only short lines, never the prose below them. */
function placeLines(doc: KnowledgeDocument): string {
  return doc.body
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .filter(Boolean)
    .slice(0, HEADING_LINES)
    .filter((l) => l.split(/\s+/).length <= HEADING_WORDS && !/[.!?]$/.test(l))
    .join(' ');
}

/** Words the corpus writes in lower case somewhere: common words ("room", "report"), whatever a title capitalises. */
function lowerCaseWords(documents: KnowledgeDocument[]): Set<string> {
  const out = new Set<string>();
  for (const d of documents)
    for (const w of d.body.match(/(?<![\p{L}])\p{Ll}[\p{Ll}-]{2,}/gu) ?? []) out.add(foldText(w));
  return out;
}

function nameWordsOf(
  schedule: Schedule,
  documents: KnowledgeDocument[],
  nouns: string[],
  lowerCase: ReadonlySet<string>,
): Map<string, number[]> {
  // A name is a proper noun: a word the corpus never writes in lower case ("Nairobi", not "Room"). A day of the week
  // or an office ("Rapporteur", "Clerk") is no name, however a small corpus capitalises it.
  const vocabulary = new Set([...nouns, ...MONTHS, ...WEEKDAYS, ...STOPWORDS]);
  const office = new RegExp(`^(?:${ROLE_WORDS})$`, 'i');
  const generic = new Set([...vocabulary, ...lowerCase]);
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const owners = new Map<string, Set<number>>();
  for (const m of schedule.meetings) {
    const texts = [m.title, m.record?.city ?? '', m.record?.venue ?? ''];
    for (const p of m.sourcePaths) {
      const doc = byPath.get(p);
      if (doc && !doc.record) texts.push(doc.title, placeLines(doc), firstSentence(doc), placeFields(doc));
    }
    // Names are proper nouns: capitalised words of titles and place lines, not the prose around them.
    const words = texts.join(' ').match(/\p{Lu}[\p{L}-]{2,}/gu) ?? [];
    // A meeting only a calendar names has nothing but its title to be asked by: "the spring meeting", "the
    // statistics meeting" name it by any word of the title, capitalised or not, that no other meeting shares.
    const titleWords = m.numbered ? [] : (m.title.match(/\p{L}[\p{L}-]{2,}/gu) ?? []).map(foldText);
    for (const w of [...words.map(foldText), ...titleWords]) {
      if ((titleWords.includes(w) ? vocabulary : generic).has(w) || ordinalToNumber(w) !== undefined || office.test(w))
        continue;
      const set = owners.get(w) ?? new Set<number>();
      set.add(m.number);
      owners.set(w, set);
    }
  }
  const limit = Math.min(MAX_MEETINGS_PER_NAME_WORD, Math.max(1, Math.floor(schedule.meetings.length / 2)));
  const out = new Map<string, number[]>();
  for (const [w, set] of owners)
    if (set.size <= limit)
      out.set(
        w,
        [...set].sort((a, b) => a - b),
      );
  return out;
}

function corpusVocabulary(
  documents: KnowledgeDocument[],
  bm25: Bm25Index,
  lowerCase: ReadonlySet<string>,
  meetingNames: string[],
): Vocabulary {
  const counts = new Map<string, number>();
  for (const d of documents) {
    for (const w of foldText(`${d.title}\n${d.body}`).match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return {
    count: (word) => counts.get(word) ?? 0,
    knows: (word) => contentTokens(word).some((t) => bm25.spread(t) > 0),
    isName: (word) => (counts.get(word) ?? 0) > 0 && !lowerCase.has(word),
    nameStartingWith: (start) => {
      const names = meetingNames.filter((n) => n.length > start.length && n.startsWith(start));
      return names.length === 1 ? names[0] : undefined;
    },
  };
}

function mostUsedNoun(schedule: Schedule): string {
  const counts = new Map<string, number>();
  for (const m of schedule.meetings) if (m.noun) counts.set(m.noun, (counts.get(m.noun) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'meeting';
}

export function buildCatalogue(
  schedule: Schedule,
  documents: KnowledgeDocument[],
  symbols: SymbolIndex,
  bm25: Bm25Index,
): Catalogue {
  const lowerCase = lowerCaseWords(documents);
  const names = meetingNamePatterns(
    schedule.meetings.map((m) => m.noun),
    schedule.meetingCodes ?? learnMeetingCodes(documents),
  );
  const nameWords = nameWordsOf(schedule, documents, names.nouns, lowerCase);
  return {
    schedule,
    names,
    seriesNoun: mostUsedNoun(schedule),
    nameWords,
    symbols,
    vocabulary: corpusVocabulary(documents, bm25, lowerCase, [...nameWords.keys()]),
    bm25,
  };
}
