import { MONTHS, WEEKDAYS } from './ordinals.js';

/**
 * Symbol schemes without a slash: "(2021) PMR-3 Doc 1 Rev.1", "CRP 12 Rev. 2", "RBC-2023-INF-04", "COM(2023) 123".
 * Their shape alone says too little (a room "DC2-1474", a day "TUE 01 FEB", a heading "PART 1 Item 3"), so a shape
 * is taken for the corpus's own scheme only where the corpus prints it again and again with other numbers, under a
 * code the corpus never writes as an everyday word. The learned families are kept as skeletons, numbers as "#":
 * "(#) PMR-# Doc #".
 */
export type SymbolFamilies = ReadonlySet<string>;

export const NO_FAMILIES: SymbolFamilies = new Set();

// The code: capitals, with a number run on or hyphenated parts, and the year in brackets some schemes put after it;
// then perhaps a number of its own ("CRP 12").
const OWN_NUMBER = String.raw`(?: \d{1,5}[A-Za-z]?)`;
// The year in brackets may have two digits, with the document's number run on: "RD(22)04".
const HEAD = String.raw`(?:\(\d{4}\) ?)?([A-Z]{2,8})\d{0,3}(?:-[A-Z0-9]{1,8})*(?:\((?:\d{2}|\d{4})\)\d{0,4})?${OWN_NUMBER}?`;
// After it, short words each with their number: "Doc 1", "Rev.1", "Add. 2", "Annex 3", or a dotted one in lower case,
// "rev.1", "corr.1".
const NUMBERED_WORD = String.raw`[ .](?:[A-Z][A-Za-z]{0,4}\.? ?|[a-z]{2,5}\.)\d{1,4}[A-Za-z]?`;
// Last, a part in capitals with no number, which names one of a meeting's documents: the ".REP" of "PNFG.A3.REP".
const LETTERED_TAIL = String.raw`(?:\.[A-Z]{2,6})`;
const MAX_WORDS = 4;
/** Not inside a word, a path, an address or a slash symbol, which `doc-symbols` reads by its own shape. */
const SHAPE = new RegExp(
  String.raw`(?<![\p{L}\d/.@_-])(${HEAD}(?:${NUMBERED_WORD}){0,${MAX_WORDS}}${LETTERED_TAIL}?)(?![\p{L}\d/-])`,
  'gu',
);
const HEAD_ONLY = new RegExp(`^${HEAD}`, 'u');
const WORD_PART = new RegExp(NUMBERED_WORD, 'gu');
const ENDS_WITH_OWN_NUMBER = new RegExp(`${OWN_NUMBER}$`, 'u');
/** A skeleton that ends in a lettered part: "CEL-C#-REP", "PNFG.A#.REP". */
const TAILED = /^(.*#)[.-][A-Z]{2,6}$/;

/** Times a family must be printed, and different numbers it must be printed with, before it counts. */
const MIN_PRINTED = 3;
const MIN_NUMBERINGS = 2;
/** A symbol numbers a document within a series: at least the series' number and the document's. */
const MIN_NUMBERS = 2;

const CALENDAR_WORDS = new Set([...MONTHS, ...WEEKDAYS].flatMap((w) => [w, w.slice(0, 3)]));

interface Prefix {
  text: string;
  skeleton: string;
  /** The code without the number printed after it, which may be the next words' own. */
  bare?: true;
}

interface Shape {
  text: string;
  index: number;
  code: string;
  /** Each prefix that holds enough numbers, with its skeleton, shortest first. */
  prefixes: Prefix[];
}

const skeletonOf = (text: string) => text.replace(/\d+/g, '#');

function* shapes(text: string): Generator<Shape> {
  for (const match of text.matchAll(SHAPE)) {
    const whole = match[1] ?? '';
    const head = HEAD_ONLY.exec(whole)?.[0] ?? whole;
    // "CEL-C1-INF-02 16 September": the number after a code may be the next words' own, not the symbol's.
    const bare = head.replace(ENDS_WITH_OWN_NUMBER, '');
    const texts = [head];
    for (const part of whole.slice(head.length).matchAll(WORD_PART)) texts.push(`${texts.at(-1)}${part[0]}`);
    const prefixes: Prefix[] = [
      ...(bare === head ? [] : [{ text: bare, skeleton: skeletonOf(bare), bare: true as const }]),
      ...texts.map((p) => ({ text: p, skeleton: skeletonOf(p) })),
    ].filter((p) => (p.text.match(/\d+/g) ?? []).length >= MIN_NUMBERS);
    if (prefixes.length || TAILED.test(skeletonOf(whole))) {
      yield { text: whole, index: match.index ?? 0, code: match[2] ?? '', prefixes };
    }
  }
}

function isCalendar(skeleton: string): boolean {
  return (skeleton.match(/\p{L}+/gu) ?? []).some((w) => CALENDAR_WORDS.has(w.toLowerCase()));
}

/** The slash-free symbol families a corpus prints, learned from its pages' text. */
export function learnSymbolFamilies(bodies: string[]): SymbolFamilies {
  const seen = new Map<string, { printed: number; numberings: Set<string>; code: string }>();
  for (const body of bodies) {
    for (const shape of shapes(body)) {
      for (const { text, skeleton } of shape.prefixes) {
        const s = seen.get(skeleton) ?? { printed: 0, numberings: new Set<string>(), code: shape.code };
        seen.set(skeleton, s);
        s.printed++;
        s.numberings.add(text.replace(/\D+/g, ' '));
      }
    }
  }
  const families = [...seen].filter(
    ([skeleton, s]) => s.printed >= MIN_PRINTED && s.numberings.size >= MIN_NUMBERINGS && !isCalendar(skeleton),
  );
  // Letters the corpus also writes as a lower-case word ("part", "day") head headings and prose, not documents.
  const everyday = new Map<string, boolean>();
  const isEveryday = (code: string) => {
    let found = everyday.get(code);
    if (found === undefined) {
      const word = new RegExp(`(?<![\\p{L}\\d@./'’-])${code.toLowerCase()}(?![\\p{L}\\d@./-])`, 'u');
      found = bodies.some((b) => word.test(b));
      everyday.set(code, found);
    }
    return found;
  };
  return new Set(families.filter(([, s]) => !isEveryday(s.code)).map(([skeleton]) => skeleton));
}

/**
 * Where a family's symbols start: its skeleton up to the first number after the code, "CEL-C#" of "CEL-C#-WD-#", the
 * part that names the meeting.
 */
function stemOf(skeleton: string): string {
  const code = /\p{Lu}/u.exec(skeleton)?.index ?? 0;
  return skeleton.slice(0, skeleton.indexOf('#', code) + 1);
}

const stemsOf = new WeakMap<SymbolFamilies, Set<string>>();

function stems(families: SymbolFamilies): Set<string> {
  let found = stemsOf.get(families);
  if (!found) {
    found = new Set([...families].map(stemOf).filter((stem) => stem.includes('#')));
    stemsOf.set(families, found);
  }
  return found;
}

/**
 * The symbols of the learned families in a text, whole: "(2021) PMR-3 Doc 1 Rev.1" with its revision. A family's
 * meeting part with a lettered part after it ("CEL-C1-REP" beside "CEL-C1-WD-01") is one of that meeting's
 * documents that carries a name, not a number: its report, its final record.
 */
export function familySymbols(text: string, families: SymbolFamilies): Array<{ symbol: string; index: number }> {
  if (families.size === 0) return [];
  const found: Array<{ symbol: string; index: number }> = [];
  for (const shape of shapes(text)) {
    const first = shape.prefixes.find((p) => families.has(p.skeleton));
    if (first) {
      // A family that holds without the number after the code leaves that number to the words after it.
      found.push({ symbol: first.bare ? first.text : shape.text, index: shape.index });
      continue;
    }
    const tailed = TAILED.exec(skeletonOf(shape.text));
    if (tailed && stems(families).has(tailed[1] ?? '')) found.push({ symbol: shape.text, index: shape.index });
  }
  return found;
}
