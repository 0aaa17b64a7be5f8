import type { EvalItem } from '../evaluation/eval-set.js';
import { percentile, reciprocalRank } from '../evaluation/scoring.js';
import type { Chunk } from '../knowledge/chunk.js';
import type { LocalHashEmbeddings } from '../retrieval/local-embeddings.js';
import { settledRssMb } from './memory.js';
import type { RetrieverSpec } from './retrievers.js';

export interface RetrieverFigures {
  name: string;
  note: string;
  buildMs: number;
  p50: number;
  p95: number;
  p99: number;
  rssDeltaMb: number;
  recallAt5: number;
  mrr: number;
}

/** Enough candidates that five distinct files survive when one file fills the top ranks with its chunks. */
const CANDIDATES = 50;
const TIMED_ROUNDS = 2;

/** A ranked chunk list read as the eval set reads sources: distinct file paths, in order of first appearance. */
export function rankedPaths(chunks: readonly Chunk[], positions: number[]): string[] {
  return [...new Set(positions.map((i) => chunks[i]!.path))];
}

/**
 * Builds one retriever and scores it on the eval questions that have expected sources. Every question is searched
 * once untimed (which also warms the JIT and yields the ranking), then timed over a few rounds.
 */
export async function measureRetriever(
  spec: RetrieverSpec,
  chunks: Chunk[],
  embeddings: LocalHashEmbeddings,
  items: EvalItem[],
): Promise<RetrieverFigures> {
  const rssBefore = settledRssMb();
  const started = performance.now();
  const retriever = await spec.build(chunks, embeddings);
  const buildMs = performance.now() - started;
  const rssDeltaMb = settledRssMb() - rssBefore;
  const scored = items.filter((i) => i.answerable && i.sources.length > 0);
  let hits = 0;
  let rrSum = 0;
  for (const item of scored) {
    const paths = rankedPaths(chunks, await retriever.search(item.question, CANDIDATES));
    if (reciprocalRank(item, paths.slice(0, 5)) > 0) hits++;
    rrSum += reciprocalRank(item, paths);
  }
  const times: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round++) {
    for (const item of items) {
      const t = performance.now();
      await retriever.search(item.question, CANDIDATES);
      times.push(performance.now() - t);
    }
  }
  return {
    name: spec.name,
    note: spec.note,
    buildMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rssDeltaMb,
    recallAt5: scored.length ? hits / scored.length : 0,
    mrr: scored.length ? rrSum / scored.length : 0,
  };
}
