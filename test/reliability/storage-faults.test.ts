import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { openReminderDatabase, REMINDER_DATABASE_FILE } from '../../src/reminders/database.js';
import { EMBEDDING_CACHE_FILE, EmbeddingCache } from '../../src/retrieval/embedding-cache.js';

const BUNDLED = path.join(projectRoot, 'knowledge');
let cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `rapporteur-${prefix}-`));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function startEngine(knowledgeDir: string, dataDir: string) {
  const logs: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => logs.push(line) });
  const engine = await createEngine({ config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir }), logger });
  cleanup.push(() => engine.close());
  return { engine, logs };
}

function indexDirs(dataDir: string): string[] {
  const root = path.join(dataDir, 'index');
  return existsSync(root) ? readdirSync(root).filter((n) => !n.startsWith('.tmp-')) : [];
}

describe('vector index damaged on disk', () => {
  for (const damage of ['vectors.hnsw truncated', 'vectors.hnsw zeroed', 'meta.json corrupt'] as const) {
    it(`${damage}: the next start logs it, rebuilds, and answers as before`, async () => {
      const dataDir = temp('storage');
      const first = await startEngine(BUNDLED, dataDir);
      expect(first.engine.stats().indexLoaded).toBe(false);
      await first.engine.close();
      const [fingerprint] = indexDirs(dataDir);
      const dir = path.join(dataDir, 'index', String(fingerprint));
      const vectors = path.join(dir, 'vectors.hnsw');
      const size = statSync(vectors).size;
      if (damage === 'vectors.hnsw truncated') truncateSync(vectors, Math.floor(size / 2));
      else if (damage === 'vectors.hnsw zeroed') writeFileSync(vectors, Buffer.alloc(size));
      else writeFileSync(path.join(dir, 'meta.json'), '{"fingerprint": "');

      const second = await startEngine(BUNDLED, dataDir);
      expect(second.logs.join('\n')).toMatch(/WARN .*Vector index in .*index\/[0-9a-f]+ is unreadable .*rebuilding it/);
      expect(second.engine.stats().indexLoaded).toBe(false);
      const answer = await second.engine.ask('Who opened the tenth meeting?');
      expect(answer.answer).toContain('Bela Hovy');
      // Search still works through the rebuilt vectors, not only the structured path.
      const search = await second.engine.ask('What did the meetings say about remittances?');
      expect(search.sources.length).toBeGreaterThan(0);
      expect(statSync(vectors).size).toBe(size);
      await second.engine.close();

      const third = await startEngine(BUNDLED, dataDir);
      expect(third.engine.stats().indexLoaded).toBe(true);
    });
  }
});

describe('SQLite files damaged on disk', () => {
  it('a corrupt embeddings.sqlite is moved aside with a warning naming it, and the cache is rebuilt', async () => {
    const dataDir = temp('cache');
    const first = await startEngine(BUNDLED, dataDir);
    await first.engine.close();
    const file = path.join(dataDir, EMBEDDING_CACHE_FILE);
    writeFileSync(file, Buffer.from('this is not an SQLite database, just junk written over it'.repeat(200)));
    rmSync(path.join(dataDir, 'index'), { recursive: true, force: true });

    const lines: string[] = [];
    const cache = new EmbeddingCache(dataDir, createLogger({ write: (line) => lines.push(line) }));
    cache.close();
    expect(lines.join('\n')).toContain(`Embedding cache ${file} is unreadable`);
    expect(readdirSync(dataDir).some((n) => n.startsWith(`${EMBEDDING_CACHE_FILE}.corrupt-`))).toBe(true);

    writeFileSync(file, Buffer.from('junk again'.repeat(500)));
    const second = await startEngine(BUNDLED, dataDir);
    expect(second.engine.stats().embedded).toBeGreaterThan(0);
    expect((await second.engine.ask('Who opened the tenth meeting?')).answer).toContain('Bela Hovy');
  });

  it('a corrupt reminders.sqlite refuses to start with an error naming the file (it holds exactly-once state)', async () => {
    const dataDir = temp('reminders');
    openReminderDatabase(dataDir).close();
    const file = path.join(dataDir, REMINDER_DATABASE_FILE);
    writeFileSync(file, Buffer.from('junk, not a database'.repeat(300)));
    const before = readFileSync(file);
    let error: unknown;
    try {
      const db = openReminderDatabase(dataDir);
      // Opening may be lazy: the first statement is where SQLite notices.
      db.prepare('SELECT 1').get();
      db.close();
    } catch (caught) {
      error = caught;
    }
    expect(String((error as Error)?.message)).toContain(file);
    expect(String((error as Error)?.message)).toMatch(/not a database/);
    // Nothing was moved or rewritten: the operator decides what to do with the only record of what was sent.
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('SIGKILL while indexing a 3000-file corpus', () => {
  it('leaves no half-written index in place, and the next start serves a valid one', async () => {
    const knowledgeDir = temp('big-knowledge');
    const dataDir = temp('big-data');
    mkdirSync(path.join(knowledgeDir, 'notes'));
    for (let i = 0; i < 3000; i++) {
      writeFileSync(
        path.join(knowledgeDir, 'notes', `note-${String(i).padStart(4, '0')}.md`),
        `# Working note ${i}\n\nThe working note number ${i} records that delegation ${i % 97} raised topic ${i % 31} ` +
          `about labour mobility, remittance costs and data on migrant stock in region ${i % 13}. ` +
          `Its tracking code is TRK${i}X.\n`,
      );
    }
    cpSync(path.join(BUNDLED, 'meetings'), path.join(knowledgeDir, 'meetings'), { recursive: true });

    const ingest = (killAt: RegExp, delayMs = 0) =>
      new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/ingest.ts')], {
          cwd: projectRoot,
          env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir, LOG_LEVEL: 'info' },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr?.on('data', (chunk) => {
          stderr += String(chunk);
          if (killAt.test(stderr) && child.exitCode === null) {
            setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), delayMs);
          }
        });
        cleanup.push(() => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        });
        child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
      });

    // Killed half-way through embedding; then at staggered moments after the documents are read, which land in
    // embedding, in building the HNSW graph or in writing it (a run that finishes first is fine too).
    const first = await ingest(/Embedding chunks: \d+\/\d+ \((5\d|[6-9]\d)%\)/);
    expect(first.signal, first.stderr).toBe('SIGKILL');
    expect(indexDirs(dataDir)).toEqual([]);
    for (const delayMs of [0, 60, 120, 200, 300]) {
      rmSync(path.join(dataDir, 'index'), { recursive: true, force: true });
      const run = await ingest(/Reading documents: (\d+)\/\1 \(100%\)/, delayMs);
      expect(run.signal === 'SIGKILL' || run.code === 0, run.stderr).toBe(true);
      for (const name of indexDirs(dataDir)) {
        // Whatever is under its final name is whole: meta.json and vectors.hnsw both there.
        expect(existsSync(path.join(dataDir, 'index', name, 'meta.json'))).toBe(true);
        expect(existsSync(path.join(dataDir, 'index', name, 'vectors.hnsw'))).toBe(true);
      }
    }

    const { engine, logs } = await startEngine(knowledgeDir, dataDir);
    const stats = engine.stats();
    expect(stats.documents).toBeGreaterThanOrEqual(3000);
    // Vectors embedded before the kills were committed to the cache and reused.
    expect(stats.reused).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toMatch(/ERROR/);
    const answer = await engine.ask('Which working note has the tracking code TRK2718X?');
    expect(answer.sources[0]?.path).toBe('notes/note-2718.md');
    await engine.close();
    const again = await startEngine(knowledgeDir, dataDir);
    expect(again.engine.stats().indexLoaded).toBe(true);
  }, 120_000);
});
