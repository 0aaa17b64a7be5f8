import { afterAll, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { useTempDirs, writePages } from './temp-dirs.js';

/**
 * The real engine over a knowledge folder holding `pages` (relative path → text), built before the file's tests and
 * closed after them, with `env` for further settings (`NOW`). Call it inside a `describe`; the getter returns the
 * engine once it is built.
 */
export function useEngineOver(pages: Record<string, string>, env: Record<string, string> = {}): () => Engine {
  const tempDir = useTempDirs('rapporteur-pages');
  let engine: Engine | undefined;
  beforeAll(async () => {
    const dir = writePages(tempDir('knowledge'), pages);
    engine = await createEngine({
      config: loadConfig({ ...env, KNOWLEDGE_DIR: dir, DATA_DIR: tempDir('data') }),
      logger: createLogger({ level: 'error', write: () => {} }),
    });
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error('the engine is built in beforeAll: ask inside a test');
    return engine;
  };
}
