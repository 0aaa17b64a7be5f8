import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHUNKER_VERSION, type Chunk } from '../knowledge/chunk.js';
import type { Logger } from '../logging/logger.js';
import type { Embedder } from './embedder.js';
import type { EmbeddingCache } from './embedding-cache.js';
import { VectorIndex } from './vector-index.js';

interface IndexMeta {
  fingerprint: string;
  embedder: string;
  dimensions: number;
  size: number;
  createdAt: string;
}

export interface IndexOpenResult {
  vectors: VectorIndex;
  loaded: boolean;
  embedded: number;
  reused: number;
}

export interface IndexOptions {
  chunks: Chunk[];
  embedder: Embedder;
  dataDir: string;
  cache: EmbeddingCache;
  logger: Logger;
  onProgress?: (done: number, total: number) => void;
  /** Vectors placed in the index so far, once embedding is done. */
  onIndexProgress?: (done: number, total: number) => void;
}

/** Every index directory is named for exactly the chunks and model it holds, so a stale index can never be served. */
export function corpusFingerprint(chunks: Chunk[], embedderId: string): string {
  const h = createHash('sha256').update(`${embedderId}\n${CHUNKER_VERSION}\n`);
  for (const c of chunks) h.update(`${c.hash}\n`);
  return h.digest('hex').slice(0, 24);
}

function tryLoad(dir: string, fingerprint: string, logger: Logger): VectorIndex | undefined {
  const metaFile = path.join(dir, 'meta.json');
  if (!existsSync(metaFile)) return undefined;
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as IndexMeta;
    if (meta.fingerprint !== fingerprint) throw new Error('fingerprint does not match its folder');
    return VectorIndex.read(dir, meta.dimensions, meta.size);
  } catch (error) {
    logger.warn(`Vector index in ${dir} is unreadable (${(error as Error).message}); rebuilding it`);
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

export async function openOrBuildIndex(options: IndexOptions): Promise<IndexOpenResult> {
  const { chunks, embedder, dataDir, cache, logger } = options;
  const fingerprint = corpusFingerprint(chunks, embedder.id);
  const root = path.join(dataDir, 'index');
  const dir = path.join(root, fingerprint);
  const loaded = tryLoad(dir, fingerprint, logger);
  if (loaded) return { vectors: loaded, loaded: true, embedded: 0, reused: chunks.length };

  const vectors: Array<Float32Array | undefined> = chunks.map((c) => cache.get(embedder.id, c.hash));
  const missing = chunks.map((c, i) => ({ c, i })).filter(({ i }) => !vectors[i]);
  let done = chunks.length - missing.length;
  options.onProgress?.(done, chunks.length);
  for (let start = 0; start < missing.length; start += embedder.batchSize) {
    const batch = missing.slice(start, start + embedder.batchSize);
    const embedded = await embedder.embeddings.embedDocuments(batch.map(({ c }) => c.searchText));
    const fresh = batch.map(({ c, i }, j) => {
      const vector = Float32Array.from(embedded[j] ?? []);
      vectors[i] = vector;
      return { hash: c.hash, vector };
    });
    cache.putMany(embedder.id, fresh);
    done += batch.length;
    options.onProgress?.(done, chunks.length);
  }
  const dimensions = vectors[0]?.length ?? 1;

  // Built and written beside the final folder and renamed into place: a crash midway leaves the last good index
  // untouched, and its leftovers where pruneOldIndexes finds them.
  mkdirSync(root, { recursive: true });
  const tmp = path.join(root, `.tmp-${fingerprint}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  const index = await VectorIndex.build(vectors as Float32Array[], dimensions, {
    saveTo: tmp,
    onProgress: options.onIndexProgress,
  });
  const meta: IndexMeta = {
    fingerprint,
    embedder: embedder.id,
    dimensions,
    size: chunks.length,
    createdAt: new Date().toISOString(),
  };
  writeFileSync(path.join(tmp, 'meta.json'), JSON.stringify(meta, null, 2));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  pruneOldIndexes(root, fingerprint);
  return { vectors: index, loaded: false, embedded: missing.length, reused: chunks.length - missing.length };
}

/**
 * Keeps the newest previous index too, so rolling the knowledge folder back starts instantly. Temporary folders
 * are left alone for an hour in case another process is still writing one.
 */
function pruneOldIndexes(root: string, keep: string): void {
  const entries = readdirSync(root)
    .filter((name) => name !== keep)
    .map((name) => ({ name, mtime: statSync(path.join(root, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const previous = entries.find((e) => !e.name.startsWith('.tmp-'));
  for (const entry of entries) {
    const isTmp = entry.name.startsWith('.tmp-');
    if (entry === previous || (isTmp && Date.now() - entry.mtime < 3_600_000)) continue;
    rmSync(path.join(root, entry.name), { recursive: true, force: true });
  }
}
