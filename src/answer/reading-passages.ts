import type { Chunk } from '../knowledge/chunk.js';
import type { Hit } from '../retrieval/hybrid-search.js';
import { chunkSource } from './sources.js';
import { addressesAnAssistant } from './steering-text.js';
import type { Answer, Source } from './types.js';

/** One numbered passage of the model's prompt, with the source it is cited as. */
export interface Passage {
  /** 1-based: the number the model cites as [n]. */
  n: number;
  heading: string;
  text: string;
  source: Source;
}

/** How many of the best retrieved chunks the model reads, whichever files they come from. */
const PASSAGE_HITS = 8;
/**
 * How many files the prompt spans at least: a page split into many chunks can fill the top eight alone, while the
 * answer sits in the next file down. Search is asked for this many more hits to find them.
 */
const PASSAGE_FILES = 6;
export const READING_HITS = 24;
/** Chunks of the meeting a question names, lifted into the prompt even when search ranked them lower. */
const NAMED_MEETING_FACTS = 2;

/**
 * What the model reads for one question: the offline engine's structured answer when it has one (exact record
 * facts, rendered as text), the record facts of the meetings the question names, then the best retrieved chunks.
 * Sentences written to steer an assistant are left out, so a document cannot give the model orders.
 */
export function readingPassages(
  offline: Answer,
  hits: Hit[],
  chunks: Chunk[],
  meetingNumbers: number[],
  structured: boolean,
): Passage[] {
  const out: Passage[] = [];
  const add = (heading: string, text: string, source: Source) => {
    const clean = withoutSteering(text);
    if (clean) out.push({ n: out.length + 1, heading, text: clean, source });
  };
  const first = offline.sources[0];
  if (structured && offline.answered && first) add(`Structured facts — ${first.title}`, offline.answer, first);
  const seen = new Set<string>();
  const addChunk = (chunk: Chunk, score: number) => {
    if (seen.has(chunk.id)) return;
    seen.add(chunk.id);
    add(`${chunk.title}${chunk.section ? ` — ${chunk.section}` : ''}`, chunk.text, chunkSource(chunk, score));
  };
  const top = hits[0]?.score || 1;
  const ranked = hits.slice(0, PASSAGE_HITS);
  const files = new Set(ranked.map((h) => h.chunk.path));
  for (const h of hits.slice(PASSAGE_HITS)) {
    if (files.size >= PASSAGE_FILES) break;
    if (files.has(h.chunk.path)) continue;
    files.add(h.chunk.path);
    ranked.push(h);
  }
  const named = new Set(meetingNumbers);
  const namedFacts = chunks
    .filter((c) => c.kind === 'facts' && c.meetingNumber !== undefined && named.has(c.meetingNumber))
    .filter((c) => !ranked.some((h) => h.chunk.id === c.id))
    .slice(0, NAMED_MEETING_FACTS * named.size);
  for (const h of ranked) addChunk(h.chunk, Number((h.score / top).toFixed(3)));
  for (const c of namedFacts) addChunk(c, 0);
  return out;
}

/** The prompt's view of the passages: numbered, each under its title and section. */
export function renderPassages(passages: Passage[]): string {
  return passages.map((p) => `[${p.n}] ${p.heading}\n${p.text}`).join('\n\n');
}

function withoutSteering(text: string): string {
  if (!addressesAnAssistant(text)) return text.trim();
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => !addressesAnAssistant(sentence))
    .join(' ')
    .trim();
}
