import { percentile } from '../evaluation/scoring.js';
import { LocalHashEmbeddings } from '../retrieval/local-embeddings.js';
import { DEFAULT_HNSW, type HnswParams, VectorIndex } from '../retrieval/vector-index.js';
import { shardRanges } from '../retrieval/vector-shards.js';
import { ExactCosine } from './exact-search.js';
import { settledRssMb } from './memory.js';
import { syntheticChunks, syntheticQueries } from './synthetic-corpus.js';

export interface ScaleFigures {
  chunks: number;
  shards: number;
  params: HnswParams;
  embedMs: number;
  buildMs: number;
  p50: number;
  p95: number;
  exactP50: number;
  recallAt10: number;
  rssDeltaMb: number;
}

export interface ScaleOptions {
  params?: HnswParams;
  queries?: number;
  seed?: number;
}

const K = 10;

/**
 * HNSW against exact search on a synthetic corpus of `count` chunks: recall@10 is the share of the exact top ten
 * that the index also returns, averaged over queries drawn from the corpus. The index is built as production
 * builds it (sharded, in worker threads at this size), from vectors embedded on the main thread as on ingest.
 */
export async function measureHnswAtScale(count: number, options: ScaleOptions = {}): Promise<ScaleFigures> {
  const params = options.params ?? DEFAULT_HNSW;
  const rssBefore = settledRssMb();
  const chunks = syntheticChunks({ chunks: count, seed: options.seed });
  const embeddings = new LocalHashEmbeddings();
  let started = performance.now();
  const vectors = chunks.map((c) => embeddings.embedText(c.searchText));
  const embedMs = performance.now() - started;
  started = performance.now();
  const index = await VectorIndex.build(vectors, embeddings.dimensions, { params });
  const buildMs = performance.now() - started;
  const exact = new ExactCosine(vectors, embeddings.dimensions);
  const rssDeltaMb = settledRssMb() - rssBefore;
  const queryVectors = syntheticQueries(chunks, options.queries ?? 200, options.seed).map((q) =>
    embeddings.embedText(q),
  );
  const times: number[] = [];
  const exactTimes: number[] = [];
  let found = 0;
  for (const q of queryVectors) {
    let t = performance.now();
    const approx = index.search(q, K).map((r) => r.index);
    times.push(performance.now() - t);
    t = performance.now();
    const truth = new Set(exact.search(q, K));
    exactTimes.push(performance.now() - t);
    found += approx.filter((i) => truth.has(i)).length;
  }
  return {
    chunks: count,
    shards: shardRanges(count).length,
    params,
    embedMs,
    buildMs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    exactP50: percentile(exactTimes, 50),
    recallAt10: found / (queryVectors.length * K),
    rssDeltaMb,
  };
}
