import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ReminderStorageError } from '../reminders/errors.js';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant shared by all instances: the advisory lock that lets one of them migrate at a time. */
const MIGRATION_LOCK = 7_117_001;

/** The database a URL names, without its password, for messages. */
export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  return `PostgreSQL ${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

export interface PostgresPool {
  pool: pg.Pool;
  /** Runs one step, turning a driver error into a ReminderStorageError that says what was being done, where. */
  step<T>(what: string, action: (client: pg.Pool | pg.PoolClient) => Promise<T>): Promise<T>;
  /** The same inside one transaction, rolled back on any error. */
  transaction<T>(what: string, action: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function createPostgresPool(url: string, onIdleError: (error: Error) => void): PostgresPool {
  const where = describeDatabase(url);
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000 });
  // An idle connection the server drops must not end the process; the next query opens a new one.
  pool.on('error', onIdleError);
  const fail = (what: string, error: unknown): never => {
    if (error instanceof ReminderStorageError) throw error;
    throw new ReminderStorageError(`Cannot ${what} in ${where}: ${(error as Error).message}`, { cause: error });
  };
  return {
    pool,
    async step(what, action) {
      try {
        return await action(pool);
      } catch (error) {
        return fail(what, error);
      }
    },
    async transaction(what, action) {
      let client: pg.PoolClient | undefined;
      try {
        client = await pool.connect();
        await client.query('BEGIN');
        const result = await action(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client?.query('ROLLBACK').catch(() => {});
        return fail(what, error);
      } finally {
        client?.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Applies, in name order, the SQL files of src/storage/migrations not yet recorded in schema_migrations. Every
 * instance runs this at start-up; the advisory lock makes the others wait while one migrates.
 */
export async function migrate(db: PostgresPool): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  return db.transaction('apply the schema migrations', async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
      try {
        await client.query(sql);
      } catch (error) {
        throw new ReminderStorageError(`Migration ${file} failed: ${(error as Error).message}`, { cause: error });
      }
      await client.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}
