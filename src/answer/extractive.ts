import { squash } from '../knowledge/clean-text.js';
import type { Bm25Index } from '../retrieval/bm25.js';
import type { Hit } from '../retrieval/hybrid-search.js';
import { acronyms, contentTokens } from '../retrieval/tokenize.js';
import { statesAbsence } from './coverage.js';

/**
 * The offline answer: the few sentences (or agenda rows) from the best passages that cover most of the question's
 * weighted terms, quoted as they stand. Nothing is generated, so nothing can be invented.
 */

export interface Extract {
  text: string;
  /** The best-scoring sentence: what the quote is mainly about. */
  lead: string;
  leadHit: Hit | undefined;
  /** The sentences picked for their terms, without the ones added only as context. */
  chosen: string[];
  /** Share of the question's term weight the chosen sentences cover, 0..1. */
  coverage: number;
  hits: Hit[];
}

const QUESTION_WORDS = new Set(
  contentTokens('what which who whom whose when where why how tell me about know give list describe explain please'),
);
const MAX_SENTENCES = 3;
const MAX_CHARS = 700;

/** Quotes read as plain text: link targets, emphasis marks, list bullets and list numbers are dropped. */
function plainMarkdown(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/^\s*([-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*#+\s+/gm, '');
}

interface Unit {
  text: string;
  /** Where the list item (or paragraph) this sentence belongs to starts, as a unit position. */
  itemStart: number;
}

function sentences(flat: string): string[] {
  // Sentences end at . ! ? followed by a space and a capital or digit, so dots inside links and symbols stay put;
  // an item numeral ("X.") or a title ("Amb.") does not end one.
  return flat
    .split(/(?<=[.!?]["')\]]?)(?<!\b(?:[IVXLC]{1,5}|[A-Z]|No|Amb|Prof|Dr|Mr|Ms|Mrs|St|H\.E)\.)\s+(?=["“(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  // A line that announces a list ("Three themes are recorded:") belongs with the list that follows it.
  for (const block of text.replace(/:\s*\n{2,}/g, ':\n').split(/\n{2,}/)) {
    if (/^\s*\|/.test(block)) {
      for (const row of block.split('\n')) {
        if (/^\s*\|?\s*:?-{2,}/.test(row)) continue;
        const cells = row
          .split('|')
          .map((c) => c.trim())
          .filter(Boolean);
        if (cells.length) out.push({ text: cells.join(' — '), itemStart: out.length });
      }
      continue;
    }
    // Each list item is its own paragraph, so a sentence can be traced back to the item heading it sits under;
    // a list that a line announces stays whole, since the items are that line's answer.
    const items = /:\n\s*(?:[-*+]|\d+\.)\s/.test(block) ? [block] : block.split(/\n(?=\s*(?:[-*+]|\d+\.)\s)/);
    for (const item of items) {
      const itemStart = out.length;
      for (const sentence of sentences(squash(plainMarkdown(item)))) out.push({ text: sentence, itemStart });
    }
  }
  return out;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const ANSWER_SHAPES: Array<[RegExp, RegExp]> = [
  [
    /^\s*(when|what (date|day|time)|on what date|which (date|day|year))\b/i,
    new RegExp(
      `\\b\\d{1,2}(\\s*[–-]\\s*\\d{1,2})?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{4}\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b(19|20)\\d{2}\\b`,
    ),
  ],
  [
    /^\s*(how (many|much|long)|what (number|percentage))\b/i,
    /\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)\b/i,
  ],
  [/^\s*(who|whom|by whom)\b/i, /\b[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)+\b/],
  [/^\s*where\b/i, /\b(in|at|to) [A-Z]/],
];

/** A sentence of the shape the question asks for (a date for "when", a name for "who") is worth more. */
function shapeBonus(question: string): (text: string) => number {
  const shape = ANSWER_SHAPES.find(([asks]) => asks.test(question))?.[1];
  return shape ? (text) => (shape.test(text) ? 0.25 : 0) : () => 0;
}

/**
 * `namedMeetings` are the meetings the question names: besides those, a quote keeps to the meeting of its best
 * sentence, so a sentence about another meeting is never read as being about this one.
 */
export function extractAnswer(question: string, hits: Hit[], bm25: Bm25Index, namedMeetings: number[] = []): Extract {
  const bonus = shapeBonus(question);
  const terms = [...new Set(contentTokens(question).filter((t) => !QUESTION_WORDS.has(t)))];
  const weights = new Map(terms.map((t) => [t, bm25.idf(t)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const candidates: Array<{ text: string; terms: Set<string>; score: number; hit: number; order: number }> = [];
  const unitsOf = new Map<number, Unit[]>();
  hits.slice(0, 5).forEach((hit, rank) => {
    const list = units(hit.chunk.text);
    unitsOf.set(rank, list);
    // A sentence is read under its document's title, which the answer cites: "the SG's report" is named there.
    const title = [...contentTokens(hit.chunk.title), ...acronyms(hit.chunk.title)].filter((t) => weights.has(t));
    list.forEach(({ text }, order) => {
      const present = new Set([...contentTokens(text).filter((t) => weights.has(t)), ...title]);
      if (present.size === 0) return;
      let w = 0;
      for (const t of present) w += weights.get(t) ?? 0;
      // Higher-ranked passages win ties; very long sentences are slightly discounted as less direct.
      // A sentence about what the record lacks is the answer only when nothing else speaks to the question.
      const gap = statesAbsence(text) ? 0.3 : 0;
      const score = w / total + bonus(text) - gap - rank * 0.03 - Math.max(0, text.length - 400) / 4000;
      candidates.push({ text, terms: present, score, hit: rank, order });
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const chosen: typeof candidates = [];
  const covered = new Set<string>();
  const meetingOf = (c: (typeof candidates)[number]) => hits[c.hit]?.chunk.meetingNumber;
  const leadMeeting = candidates[0] ? meetingOf(candidates[0]) : undefined;
  const onTopic = (c: (typeof candidates)[number]) => {
    const m = meetingOf(c);
    return m === undefined || leadMeeting === undefined || m === leadMeeting || namedMeetings.includes(m);
  };
  for (const c of candidates) {
    if (chosen.length >= MAX_SENTENCES) break;
    if (!onTopic(c)) continue;
    const adds = [...c.terms].filter((t) => !covered.has(t));
    const length = chosen.reduce((n, x) => n + x.text.length, 0);
    if (
      chosen.length > 0 &&
      (adds.length === 0 || length + c.text.length > MAX_CHARS || c.score < (chosen[0]?.score ?? 0) * 0.5)
    )
      continue;
    chosen.push(c);
    for (const t of c.terms) covered.add(t);
  }
  chosen.sort((a, b) => a.hit - b.hit || a.order - b.order);
  // A sentence that opens with a pronoun needs the one before it to say who or what it is about.
  const isChosen = (hit: number, order: number) => chosen.some((x) => x.hit === hit && x.order === order);
  const texts = chosen.map((c) => {
    if (!/^(it|this|these|they|he|she|its|their|the meeting)\b/i.test(c.text)) return c.text;
    const prev = unitsOf.get(c.hit)?.[c.order - 1];
    return prev && !isChosen(c.hit, c.order - 1) ? `${prev.text} ${c.text}` : c.text;
  });
  // A short quote often names the topic while the next sentence of its paragraph or list item holds the answer.
  const best = candidates[0];
  const bestAt = best ? chosen.indexOf(best) : -1;
  const bestUnits = best ? (unitsOf.get(best.hit) ?? []) : [];
  const next = best ? bestUnits[best.order + 1] : undefined;
  if (
    best &&
    next &&
    next.itemStart === bestUnits[best.order]?.itemStart &&
    bestAt >= 0 &&
    (best.text.length < 160 || next.text.length < 80) &&
    !isChosen(best.hit, best.order + 1)
  ) {
    texts.splice(bestAt + 1, 0, next.text);
  }
  // A lead that is only a label ("Moderator: Jorge Bravo.") is read with the item it labels, from the item's heading.
  if (best && bestAt >= 0 && best.text.length < 40 && best.order > 0) {
    const from = Math.min(bestUnits[best.order]?.itemStart ?? best.order - 1, best.order - 1);
    const before = bestUnits
      .slice(from, best.order)
      .filter((_, i) => !isChosen(best.hit, from + i))
      .map((u) => u.text);
    texts.splice(bestAt, 0, ...before);
  }
  let coverage = 0;
  for (const t of covered) coverage += weights.get(t) ?? 0;
  return {
    lead: candidates[0]?.text ?? '',
    leadHit: candidates[0] ? hits[candidates[0].hit] : undefined,
    chosen: chosen.map((c) => c.text),
    text: texts.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`)).join(' '),
    coverage: coverage / total,
    hits,
  };
}
