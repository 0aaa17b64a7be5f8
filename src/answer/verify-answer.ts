import type { ParsedComponents } from 'chrono-node';
import { extractSymbols, symbolKey } from '../knowledge/doc-symbols.js';
import { MONTHS, WEEKDAYS } from '../knowledge/ordinals.js';
import * as chrono from '../text/chrono.js';
import nlp from '../text/nlp.js';
import type { Passage } from './reading-passages.js';

/** What the model returned: its answer text with [n] markers, the passages it says it used, and whether it found one. */
export interface ModelReply {
  answer: string;
  citations: number[];
  found: boolean;
}

export type Verdict =
  | { verified: true; text: string; cited: Passage[] }
  | { verified: false; reason: string; notFound: boolean };

/** A bracket that holds a digit is meant as a citation; it must be a list of passage numbers to be one. */
const BRACKET = /\[([^\][\n]{0,40})\]/g;
const CITATION_LIST = /^\s*\d{1,3}(?:\s*[,;]\s*\d{1,3})*\s*$/;
const NOT_FOUND_TEXT = 'NOT_FOUND';

/**
 * Whether the model's answer may be shown. Every person's name, number, date, time and document symbol it states
 * must appear in a passage it cites; the citations must be passage numbers the prompt held. What is shown has its
 * markers renumbered to the sources it lists, which are the cited passages only.
 */
export function verifyReply(reply: ModelReply, passages: Passage[], now: Date): Verdict {
  const answer = reply.answer.trim();
  if (!reply.found || !answer || answer.includes(NOT_FOUND_TEXT))
    return { verified: false, reason: 'the model found no answer in the passages', notFound: true };
  const refused = (reason: string): Verdict => ({ verified: false, reason, notFound: false });

  const marked: number[] = [];
  for (const [, inside = ''] of answer.matchAll(BRACKET)) {
    if (!/\d/.test(inside)) continue;
    if (!CITATION_LIST.test(inside)) return refused(`it has a malformed citation "[${inside}]"`);
    for (const n of inside.split(/[,;]/)) marked.push(Number(n.trim()));
  }
  const cited = [...new Set([...marked, ...reply.citations])];
  if (cited.length === 0) return refused('it cites no passage');
  const outside = cited.filter((n) => !Number.isInteger(n) || n < 1 || n > passages.length);
  if (outside.length > 0)
    return refused(`it cites [${outside.join('], [')}], but the prompt held ${passages.length} passages`);

  const used = cited.map((n) => passages[n - 1] as Passage);
  const bare = answer.replace(BRACKET, (whole, inside: string) => (/\d/.test(inside) ? ' ' : whole));
  const unsupported = unsupportedClaims(
    bare,
    used.map((p) => `${p.heading}\n${p.text}`),
    now,
  );
  if (unsupported.length > 0) return refused(`no cited passage holds ${unsupported.join(', ')}`);
  return { verified: true, text: renumbered(answer, used), cited: used };
}

/** "[3][5]" becomes the numbers of the sources listed: one source per file, in the order first cited. */
function renumbered(answer: string, used: Passage[]): string {
  const order = [...new Set(used.map((p) => p.source.path))];
  const byPassage = new Map(used.map((p) => [p.n, order.indexOf(p.source.path) + 1]));
  return answer
    .replace(BRACKET, (whole, inside: string) => {
      if (!/\d/.test(inside)) return whole;
      const numbers = [...new Set(inside.split(/[,;]/).map((n) => byPassage.get(Number(n.trim())) ?? 0))];
      return numbers.map((n) => `[${n}]`).join('');
    })
    .replace(/(\[\d+\])(?:\1)+/g, '$1');
}

/** The claims of `answer` that none of `texts` supports, each named for the log. */
function unsupportedClaims(answer: string, texts: string[], now: Date): string[] {
  const joined = texts.join('\n');
  const support = {
    words: new Set(words(joined)),
    numbers: numberValues(joined),
    dates: texts.flatMap((t) => chrono.strict.parse(t, now)).flatMap((r) => (r.end ? [r.start, r.end] : [r.start])),
    symbols: new Set(extractSymbols(joined).map((m) => symbolKey(m.symbol))),
    folded: fold(joined),
  };
  const missing: string[] = [];

  // Dates and times first; their digits are then left out of the number check, which a date's form would confuse.
  let rest = answer;
  for (const result of chrono.strict.parse(answer, now)) {
    for (const point of result.end ? [result.start, result.end] : [result.start]) {
      if (!dateSupported(point, support.dates, support.numbers)) missing.push(`the date "${result.text}"`);
    }
    rest = rest.replace(result.text, ' ');
  }
  for (const mention of extractSymbols(rest)) {
    const held = mention.bare
      ? support.folded.includes(fold(mention.symbol))
      : support.symbols.has(symbolKey(mention.symbol));
    if (!held) missing.push(`the document symbol "${mention.symbol}"`);
    rest = rest.replace(mention.symbol, ' ');
  }
  for (const { text, value } of numbersIn(rest)) {
    if (!support.numbers.has(value)) missing.push(`the number "${text}"`);
  }
  for (const name of namesIn(rest)) {
    const absent = nameWords(name).filter((w) => !support.words.has(w));
    if (absent.length > 0) missing.push(`the name "${name}"`);
  }
  return [...new Set(missing)];
}

type Point = ParsedComponents;
const DAY_PARTS = ['day', 'month'] as const;
const CLOCK_PARTS = ['hour', 'minute'] as const;

/**
 * A stated day needs a passage date with that day and month; its year may stand anywhere in the passage (a page
 * dated in its heading lists "9 February" below). A stated time needs a passage time with that hour and minute.
 */
function dateSupported(point: Point, dates: Point[], numbers: Set<number>): boolean {
  const same = (parts: readonly ('day' | 'month' | 'hour' | 'minute')[]) => {
    const stated = parts.filter((part) => point.isCertain(part));
    return (
      stated.length === 0 ||
      dates.some((d) => stated.every((part) => d.isCertain(part) && d.get(part) === point.get(part)))
    );
  };
  const year = point.get('year');
  const yearHeld =
    !point.isCertain('year') ||
    year === null ||
    numbers.has(year) ||
    dates.some((d) => d.isCertain('year') && d.get('year') === year);
  const dayHeld = point.isCertain('day') || point.isCertain('month') ? same(DAY_PARTS) : true;
  return yearHeld && dayHeld && (point.isCertain('hour') ? same(CLOCK_PARTS) : true);
}

interface NumberMention {
  text: string;
  value: number;
}

function numbersIn(text: string): NumberMention[] {
  const found = nlp(text).numbers().json() as Array<{ text: string; number?: { num?: number } }>;
  return found
    .map((n) => ({ text: n.text.replace(/[.,;:]+$/, '') || String(n.number?.num), value: n.number?.num }))
    .filter((n): n is NumberMention => typeof n.value === 'number' && Number.isFinite(n.value));
}

/** Every number a text states, in words or digits, including each end of a range such as "9–10". */
function numberValues(text: string): Set<number> {
  const values = new Set(numbersIn(text).map((n) => n.value));
  for (const digits of text.match(/\d+(?:[.,]\d+)*/g) ?? []) {
    values.add(Number(digits.replace(/,/g, '')));
    for (const part of digits.split(/[.,]/)) values.add(Number(part));
  }
  return values;
}

/** People compromise recognises, and the proper-noun runs it tags, which hold the names it does not know. */
function namesIn(text: string): string[] {
  const doc = nlp(text);
  return [...new Set([...doc.people().out('array'), ...doc.match('#ProperNoun+').out('array')] as string[])]
    .map((name) => name.replace(/[.,;:!?)]+$/, '').trim())
    .filter(Boolean);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'dame', 'he', 'h.e', 'amb']);
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);

/** The capitalised words of a name that must appear in the passage: not a title, a month or a weekday. */
function nameWords(name: string): string[] {
  return (name.match(/[\p{Lu}][\p{L}'’.]*/gu) ?? [])
    .map((w) => fold(w.replace(/(?:['’]s|[.'’])+$/u, '')))
    .filter((w) => w.length > 1 && !HONORIFICS.has(w) && !CALENDAR.has(w));
}

function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
