import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ErrorCode, RapporteurError } from '../errors.js';

/** Vectors by (model, content hash), so a restart or a small edit to the corpus re-embeds only what changed. */
export class EmbeddingCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string, string], { vector: Buffer }>;
  private readonly putStmt: Database.Statement<[string, string, Buffer]>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'embeddings.sqlite');
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.exec(
        'CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, hash TEXT NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash))',
      );
    } catch (error) {
      throw new RapporteurError(
        ErrorCode.StorageFailed,
        `Embedding cache ${file} cannot be opened (${(error as Error).message}); delete it to rebuild`,
        { cause: error },
      );
    }
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
