import { readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExactCosine } from '../../src/bench/exact-search.js';
import { syntheticChunks, syntheticQueries } from '../../src/bench/synthetic-corpus.js';
import { createLogger } from '../../src/logging/logger.js';
import { EmbeddingCache } from '../../src/retrieval/embedding-cache.js';
import { openOrBuildIndex } from '../../src/retrieval/index-store.js';
import { LocalHashEmbeddings } from '../../src/retrieval/local-embeddings.js';
import { VectorIndex } from '../../src/retrieval/vector-index.js';
import { MAX_SHARD_SIZE } from '../../src/retrieval/vector-shards.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('rapporteur-vectors');
const embeddings = new LocalHashEmbeddings();
const D = embeddings.dimensions;

describe('a sharded vector index', () => {
  const chunks = syntheticChunks({ chunks: 1200, seed: 5 });
  const vectors = chunks.map((c) => embeddings.embedText(c.searchText));
  const queries = syntheticQueries(chunks, 30, 11).map((q) => embeddings.embedText(q));
  const topTen = (index: VectorIndex) => queries.map((q) => index.search(q, 10).map((h) => h.index));
  let inThread: VectorIndex;

  beforeAll(async () => {
    inThread = await VectorIndex.build(vectors, D, { maxShardSize: 300 });
  });

  it('finds what exact search finds, merging the top ten across shards', () => {
    const exact = new ExactCosine(vectors, D);
    const truth = queries.map((q) => exact.search(q, 10));
    const found = topTen(inThread).map((hits, i) => hits.filter((h) => truth[i]?.includes(h)).length);
    expect(found.reduce((a, b) => a + b, 0) / (queries.length * 10)).toBeGreaterThanOrEqual(0.99);
    expect(topTen(inThread).map((hits) => hits[0])).toEqual(truth.map((t) => t[0]));
    // Best first across shards, not shard by shard.
    const scores = inThread.search(queries[0]!, 10).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('built in worker threads, answers exactly as one built in this thread', async () => {
    const inWorkers = await VectorIndex.build(vectors, D, { maxShardSize: 300, workersFrom: 0 });
    expect(inWorkers.size).toBe(1200);
    expect(topTen(inWorkers)).toEqual(topTen(inThread));
  });

  it('reports progress shard by shard up to every vector, in this thread and in workers', async () => {
    for (const workersFrom of [Number.POSITIVE_INFINITY, 0]) {
      const seen: number[] = [];
      await VectorIndex.build(vectors, D, {
        maxShardSize: 300,
        workersFrom,
        onProgress: (done, total) => {
          expect(total).toBe(vectors.length);
          seen.push(done);
        },
      });
      expect(seen).toEqual([300, 600, 900, 1200]);
    }
  });

  it('saves one file per shard and loads them back with the same answers', () => {
    const dir = tempDir('saved');
    inThread.write(dir);
    expect(readdirSync(dir).sort()).toEqual([
      'vectors-1-of-4.hnsw',
      'vectors-2-of-4.hnsw',
      'vectors-3-of-4.hnsw',
      'vectors-4-of-4.hnsw',
    ]);
    expect(topTen(VectorIndex.read(dir, D, 1200))).toEqual(topTen(inThread));
    expect(() => VectorIndex.read(dir, D, 1300)).toThrow(/holds 1200 vectors, expected 1300/);
    rmSync(path.join(dir, 'vectors-3-of-4.hnsw'));
    expect(() => VectorIndex.read(dir, D, 1200)).toThrow(/vectors-3-of-4\.hnsw is unreadable/);
  });
});

describe('a sharded index on disk', () => {
  // Just past one shard, so the production policy itself splits it.
  const chunks = syntheticChunks({ chunks: MAX_SHARD_SIZE + 200, seed: 9 });
  const dataDir = tempDir('store');
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const embedder = { id: embeddings.id, embeddings, batchSize: 512 };
  let cache: EmbeddingCache;
  beforeAll(() => {
    cache = new EmbeddingCache(dataDir, logger);
  });
  afterAll(() => cache?.close());
  const open = () => openOrBuildIndex({ chunks, embedder, dataDir, cache, logger });
  const shardFile = (n: number) => {
    const [fingerprint] = readdirSync(path.join(dataDir, 'index'));
    return path.join(dataDir, 'index', String(fingerprint), `vectors-${n}-of-2.hnsw`);
  };

  it('reloads without a rebuild, and a damaged or missing shard leads to a rebuild', async () => {
    const first = await open();
    expect(first.loaded).toBe(false);
    const target = MAX_SHARD_SIZE + 100;
    const question = embeddings.embedText(chunks[target]!.searchText);
    expect(first.vectors.search(question, 1)[0]?.index).toBe(target);

    const again = await open();
    expect(again.loaded).toBe(true);
    expect(again.vectors.search(question, 5)).toEqual(first.vectors.search(question, 5));

    const size = statSync(shardFile(2)).size;
    truncateSync(shardFile(2), Math.floor(size / 2));
    const repaired = await open();
    expect(repaired.loaded).toBe(false);
    expect(logs.join('\n')).toMatch(/WARN .*Vector index in .*index\/[0-9a-f]+ is unreadable .*vectors-2-of-2\.hnsw/);
    expect(repaired.vectors.search(question, 1)[0]?.index).toBe(target);
    expect(statSync(shardFile(2)).size).toBe(size);

    rmSync(shardFile(1));
    expect((await open()).loaded).toBe(false);
    expect((await open()).loaded).toBe(true);
  }, 60_000);
});
