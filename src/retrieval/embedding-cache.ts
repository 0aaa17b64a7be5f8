import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ErrorCode, RapporteurError } from '../errors.js';
import { createLogger, type Logger } from '../logging/logger.js';

export const EMBEDDING_CACHE_FILE = 'embeddings.sqlite';

function openCache(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(
      'CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash))',
    );
    // A damaged page may only show on read; a quick check here keeps a broken cache from failing a question later.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`integrity check failed: ${String(check)}`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Vectors by (model, content hash), so a restart or a small edit to the corpus re-embeds only what changed. */
export class EmbeddingCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string, string], { vector: Buffer }>;
  private readonly putStmt: Database.Statement<[string, string, Buffer]>;

  /**
   * The cache holds nothing that cannot be recomputed, so a file SQLite cannot read (a crash on a disk without
   * barriers, a stray copy) is moved aside as `embeddings.sqlite.corrupt-<time>` with a warning naming it, and a
   * fresh cache is started. Only when the fresh one cannot be opened either (permissions, a full disk) is it an error.
   */
  constructor(dataDir: string, logger: Logger = createLogger({ name: 'embedding-cache' })) {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, EMBEDDING_CACHE_FILE);
    let db: Database.Database;
    try {
      db = openCache(file);
    } catch (first) {
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        renameSync(file, aside);
        for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
        logger.warn(
          `Embedding cache ${file} is unreadable (${(first as Error).message}); moved it to ${aside} and rebuilding the cache`,
        );
        db = openCache(file);
      } catch (error) {
        throw new RapporteurError(
          ErrorCode.StorageFailed,
          `Embedding cache ${file} cannot be opened (${(error as Error).message}); delete it to rebuild`,
          { cause: error },
        );
      }
    }
    this.db = db;
    this.getStmt = this.db.prepare('SELECT vector FROM embeddings WHERE model = ? AND hash = ?');
    this.putStmt = this.db.prepare('INSERT OR REPLACE INTO embeddings (model, hash, vector) VALUES (?, ?, ?)');
  }

  get(model: string, hash: string): Float32Array | undefined {
    const row = this.getStmt.get(model, hash);
    if (!row) return undefined;
    return new Float32Array(
      row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength),
    );
  }

  putMany(model: string, entries: Array<{ hash: string; vector: Float32Array }>): void {
    const tx = this.db.transaction((rows: typeof entries) => {
      for (const { hash, vector } of rows)
        this.putStmt.run(model, hash, Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength));
    });
    tx(entries);
  }

  close(): void {
    this.db.close();
  }
}
