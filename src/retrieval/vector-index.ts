import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import {
  buildShard,
  buildShardFiles,
  type Hnsw,
  type HnswParams,
  MAX_SHARD_SIZE,
  packShard,
  shardFileName,
  shardFiles,
  shardRanges,
  WORKERS_FROM,
} from './vector-shards.js';

export type { HnswParams } from './vector-shards.js';

/**
 * Chosen on the seeded 100k synthetic corpus (docs/scaling.md): with 25 shards, efConstruction 64 builds them in
 * under 20 s on two cores, and efSearch 350 in every shard finds 98.7% of the exact top ten with a p95 near 37 ms
 * (400 finds 98.9% but takes p95 to about 46 ms, too close to a 50 ms budget).
 */
export const DEFAULT_HNSW: HnswParams = { m: 16, efConstruction: 64, efSearch: 350 };

export interface BuildOptions {
  params?: HnswParams;
  maxShardSize?: number;
  /** Build in worker threads from this many vectors on. */
  workersFrom?: number;
  /**
   * Saves the built index in this folder, as `write` would. Worker threads write their shards there directly, so
   * each shard is written once; the index store passes its temporary folder, so a build killed midway leaves its
   * files where old temporary folders are pruned, not in the OS temp folder.
   */
  saveTo?: string;
  /** Vectors indexed so far, after each shard: a 100k index takes tens of seconds. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Approximate nearest neighbours over unit vectors (cosine), labels are chunk positions. The vectors are split
 * into shards of at most `MAX_SHARD_SIZE`, each its own HNSW graph; a query searches every shard and keeps the
 * best k overall.
 */
export class VectorIndex {
  private constructor(
    private readonly shards: Hnsw[],
    readonly dimensions: number,
    readonly size: number,
  ) {}

  static async build(vectors: Float32Array[], dimensions: number, options: BuildOptions = {}): Promise<VectorIndex> {
    const params = options.params ?? DEFAULT_HNSW;
    const ranges = shardRanges(vectors.length, options.maxShardSize ?? MAX_SHARD_SIZE);
    let done = 0;
    const shardDone = (count: number) => {
      done += count;
      options.onProgress?.(done, vectors.length);
    };
    if (vectors.length < (options.workersFrom ?? WORKERS_FROM)) {
      const shards = ranges.map(({ start, count }) => {
        const shard = buildShard(packShard(vectors, start, count, dimensions), dimensions, start, params);
        shardDone(count);
        return shard;
      });
      const index = VectorIndex.ready(shards, dimensions, vectors.length, params);
      if (options.saveTo) index.write(options.saveTo);
      return index;
    }
    const scratch = options.saveTo ?? mkdtempSync(path.join(tmpdir(), 'rapporteur-shards-'));
    try {
      const files = ranges.map((range, i) => ({ ...range, file: path.join(scratch, shardFileName(i, ranges.length)) }));
      const sizes = new Map(files.map(({ file, count }) => [file, count]));
      await buildShardFiles(
        files.map(({ start, count, file }) => () => ({
          vectors: packShard(vectors, start, count, dimensions),
          dimensions,
          start,
          params,
          file,
        })),
        (file) => shardDone(sizes.get(file) ?? 0),
      );
      return VectorIndex.read(scratch, dimensions, vectors.length, params);
    } finally {
      if (!options.saveTo) rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** Loads what `write` saved in `dir`; throws, naming the file, if a shard is missing, unreadable or short. */
  static read(dir: string, dimensions: number, size: number, params: HnswParams = DEFAULT_HNSW): VectorIndex {
    const shards = shardFiles(dir).map((file) => {
      const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
      try {
        index.readIndexSync(file);
      } catch (error) {
        throw new Error(`vector index shard ${file} is unreadable: ${(error as Error).message}`, { cause: error });
      }
      return index;
    });
    const held = shards.reduce((sum, s) => sum + s.getCurrentCount(), 0);
    if (held !== size) throw new Error(`vector index in ${dir} holds ${held} vectors, expected ${size}`);
    return VectorIndex.ready(shards, dimensions, size, params);
  }

  private static ready(shards: Hnsw[], dimensions: number, size: number, params: HnswParams): VectorIndex {
    for (const shard of shards) shard.setEf(params.efSearch);
    return new VectorIndex(shards, dimensions, size);
  }

  /** One file per shard in `dir`, so the caller can write to a temporary folder and rename it into place. */
  write(dir: string): void {
    this.shards.forEach((shard, i) => {
      shard.writeIndexSync(path.join(dir, shardFileName(i, this.shards.length)));
    });
  }

  search(vector: ArrayLike<number>, k: number): Array<{ index: number; score: number }> {
    if (this.size === 0) return [];
    const query = Array.from(vector);
    const hits: Array<{ index: number; distance: number }> = [];
    for (const shard of this.shards) {
      const { neighbors, distances } = shard.searchKnn(query, Math.min(k, shard.getCurrentCount()));
      neighbors.forEach((index, i) => {
        hits.push({ index, distance: distances[i] ?? 1 });
      });
    }
    // Ties broken by position, so the merged order does not depend on which shard answered first.
    hits.sort((a, b) => a.distance - b.distance || a.index - b.index);
    return hits.slice(0, k).map(({ index, distance }) => ({ index, score: 1 - distance }));
  }
}
