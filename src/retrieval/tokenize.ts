import { stemmer } from 'stemmer';
import { extractSymbols, symbolKey } from '../knowledge/doc-symbols.js';
import { documentWord } from './word-equivalents.js';

/** Function words carry no topic; dropping them keeps both BM25 and the hashed vectors about content. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves tell please also did does was were whats what’s s t us ' +
    'vs versus including incl excluding excl ones actually really exactly precisely roughly approximately basically literally'
  ).split(/\s+/),
);

/** Letters that carry no combining mark to strip, spelt as people type them without it ("Tromsø" as "tromso"). */
const UNMARKED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => UNMARKED[c] ?? c);
}

/** Content words, stemmed; numbers are kept whole because years and item numbers matter here. */
/** "Note No. 5819", "Nº 4", "#12": the abbreviation is the word "number", which a question spells out. */
const NUMBER_SIGN = /\b(?:No|Nº|N°|Nos)\.?\s*(?=\d)|#(?=\d)/g;

export function contentTokens(text: string): string[] {
  const words = foldText(text.replace(NUMBER_SIGN, ' number ')).match(/[a-z0-9]+/g) ?? [];
  const out: string[] = [];
  for (const word of words) {
    if (STOPWORDS.has(word)) continue;
    out.push(termOf(word));
  }
  return out;
}

/**
 * Each distinct word is stemmed once: a corpus repeats its words, the vectors and BM25 tokenize every chunk at
 * start-up, and stemming was most of that time. Bounded, since questions bring words of their own.
 */
const termMemo = new Map<string, string>();
const TERM_MEMO_LIMIT = 200_000;

function termOf(word: string): string {
  const hit = termMemo.get(word);
  if (hit !== undefined) return hit;
  const term = /^\d+$/.test(word) ? word : stemmer(documentWord(word));
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(word, term);
  return term;
}

const CONNECTORS = new Set(['on', 'and', 'of', 'for', 'the', 'in', 'to', 'de', 'des', 'la']);

/** Runs of capitalised words with their initials, connectors skipped: "Global Forum on Migration and Development". */
export function capitalisedRuns(text: string): Array<{ run: string; acronym: string }> {
  const out: Array<{ run: string; acronym: string }> = [];
  for (const run of text.match(
    /[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+(?:(?:on|and|of|for|the|in|to)\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)*/g,
  ) ?? []) {
    const words = run.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
    if (words.length >= 2) out.push({ run, acronym: words.map((w) => w[0]?.toLowerCase()).join('') });
  }
  return out;
}

/**
 * Acronyms of capitalised runs ("Global Forum on Migration and Development" → "gfmd", "High-level Dialogue" →
 * "hld"), so a question that uses the short form meets a text that spells it out, and the other way round.
 */
export function acronyms(text: string): string[] {
  return capitalisedRuns(text).map((r) => r.acronym);
}

/**
 * Every initialism a title's words could be shortened to, in any case: "The global forum on migration and
 * development" gives "gfmd" among others, so "the GFMD session" finds the item that spells it out in lower case.
 */
export function initialisms(text: string, maxWords = 6): Set<string> {
  const words = (foldText(text).match(/[a-z]+/g) ?? []).filter((w) => !CONNECTORS.has(w) && !STOPWORDS.has(w));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= maxWords && i + n <= words.length; n++) {
      out.add(
        words
          .slice(i, i + n)
          .map((w) => w[0])
          .join(''),
      );
    }
  }
  return out;
}

/** Search terms: content words plus one whole-symbol term per document symbol, so "A/RES/68/4" matches exactly. */
export function searchTerms(text: string): string[] {
  const terms = contentTokens(text);
  for (const { symbol } of extractSymbols(text)) terms.push(`§${symbolKey(symbol)}`);
  terms.push(...acronyms(text));
  return terms;
}
