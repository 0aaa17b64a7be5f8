import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

export type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface HnswParams {
  m: number;
  efConstruction: number;
  /** Per shard: every query searches every shard with this breadth. */
  efSearch: number;
}

/**
 * Hashed vectors are near-random in 512 dimensions, so one HNSW graph over 100k of them needs a search breadth
 * close to a full scan to find the exact top ten, and takes minutes to build. Small graphs are cheaper per vector
 * to build and stay accurate with a modest breadth, and shards build in parallel; at 100k, shards of 4,000 built
 * faster than shards of 5,000 or 6,250 at the same recall (docs/scaling.md has the measurements).
 */
export const MAX_SHARD_SIZE = 4_000;

/** Below this many vectors starting worker threads costs more than it saves; it covers the bundled corpus. */
export const WORKERS_FROM = 20_000;

/** Contiguous, balanced ranges of chunk positions: 10k vectors make three shards of 3,333 or 3,334. */
export function shardRanges(size: number, maxShardSize = MAX_SHARD_SIZE): Array<{ start: number; count: number }> {
  const shards = Math.max(1, Math.ceil(size / maxShardSize));
  return Array.from({ length: shards }, (_, i) => {
    const start = Math.floor((i * size) / shards);
    return { start, count: Math.floor(((i + 1) * size) / shards) - start };
  });
}

/** An unsharded index keeps the name it always had, so indexes saved before sharding still load. */
export const shardFileName = (shard: number, shards: number) =>
  shards === 1 ? 'vectors.hnsw' : `vectors-${shard + 1}-of-${shards}.hnsw`;

/** The files `VectorIndex.write` saved in `dir`, in shard order; a missing shard fails when it is read. */
export function shardFiles(dir: string): string[] {
  const whole = path.join(dir, shardFileName(0, 1));
  if (existsSync(whole)) return [whole];
  const shards = Number(
    /^vectors-\d+-of-(\d+)\.hnsw$/.exec(readdirSync(dir).find((n) => n.startsWith('vectors-')) ?? '')?.[1],
  );
  if (!shards) throw new Error(`vector index in ${dir} has neither ${shardFileName(0, 1)} nor shard files`);
  return Array.from({ length: shards }, (_, i) => path.join(dir, shardFileName(i, shards)));
}

/** `vectors` holds `vectors.length / dimensions` vectors back to back; labels are chunk positions from `start`. */
export function buildShard(vectors: Float32Array, dimensions: number, start: number, params: HnswParams): Hnsw {
  const count = vectors.length / dimensions;
  const index = new HierarchicalNSW('cosine', dimensions);
  // A fixed seed makes the same chunks give the same graph on every replica.
  index.initIndex(Math.max(1, count), params.m, params.efConstruction, 100);
  for (let i = 0; i < count; i++)
    index.addPoint(Array.from(vectors.subarray(i * dimensions, (i + 1) * dimensions)), start + i);
  return index;
}

/** One shard's vectors in one buffer, which a worker then takes over without a copy. */
export function packShard(vectors: readonly Float32Array[], start: number, count: number, dimensions: number) {
  const packed = new Float32Array(count * dimensions);
  for (let i = 0; i < count; i++) packed.set(vectors[start + i]!, i * dimensions);
  return packed;
}

export interface ShardTask {
  vectors: Float32Array<ArrayBuffer>;
  dimensions: number;
  start: number;
  params: HnswParams;
  file: string;
}

/**
 * The worker is TypeScript, and a worker does not always inherit the parent's tsx loader (vitest's forks do not
 * run under tsx), so each worker registers tsx itself before loading it.
 */
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./hnsw-build-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * hnswlib-node adds points on one thread only, so shards are the unit of parallelism: one worker per core takes
 * the next shard until none are left, and saves each graph to `task.file` for the caller to load. A task is
 * made only when a worker is free, so no more than one shard's vectors per core are copied at a time.
 */
export async function buildShardFiles(
  tasks: Array<() => ShardTask>,
  onShardBuilt?: (file: string) => void,
): Promise<void> {
  const queue = [...tasks];
  const workers = Array.from({ length: Math.min(tasks.length, availableParallelism()) }, startWorker);
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current: ShardTask | undefined;
      const next = () => {
        if (current) onShardBuilt?.(current.file);
        current = queue.shift()?.();
        if (!current) return resolve();
        worker.postMessage(current, [current.vectors.buffer]);
      };
      worker.on('message', next);
      worker.on('error', (error) =>
        reject(new Error(`building HNSW shard ${current?.file ?? ''} failed: ${error.message}`, { cause: error })),
      );
      worker.on('exit', (code) => {
        if (current) reject(new Error(`HNSW build worker exited with code ${code} while building ${current.file}`));
      });
      next();
    });
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
