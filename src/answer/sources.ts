import { type Chunk, snippet } from '../knowledge/chunk.js';
import type { Meeting } from '../knowledge/schedule.js';
import type { Hit } from '../retrieval/hybrid-search.js';
import type { Source } from './types.js';

export const MAX_SOURCES = 5;

export function meetingSource(m: Meeting, section?: string, score = 1): Source {
  return { path: m.sourcePath, title: m.title, url: m.url ?? null, score, ...(section ? { section } : {}) };
}

/** A chunk's file as a source, with the section it sits in and the opening of its text. */
export function chunkSource(chunk: Chunk, score: number): Source {
  return {
    path: chunk.path,
    title: chunk.title,
    url: chunk.url ?? null,
    score,
    section: chunk.section || undefined,
    snippet: snippet(chunk.text),
  };
}

/** One source per file, best-scored first, scores scaled so the top one is 1. */
export function hitSources(hits: Hit[], limit = MAX_SOURCES): Source[] {
  const top = hits[0]?.score || 1;
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const h of hits) {
    if (seen.has(h.chunk.path)) continue;
    seen.add(h.chunk.path);
    out.push(chunkSource(h.chunk, Number((h.score / top).toFixed(3))));
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Structured sources first, then search hits for other files, without repeating a path. A structured answer keeps
 * every record it drew on even past the limit: a list across twelve meetings cites twelve records.
 */
export function mergeSources(
  primary: Source[],
  secondary: Source[],
  limit = Math.max(MAX_SOURCES, primary.length),
): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of [...primary, ...secondary]) {
    if (seen.has(s.path)) continue;
    seen.add(s.path);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
