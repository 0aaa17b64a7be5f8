import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('engine.reload() while questions are being answered', () => {
  it('every answer comes whole from the old corpus or the new one, and none fails', async () => {
    const knowledgeDir = mkdtempSync(path.join(tmpdir(), 'rapporteur-reload-k-'));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'rapporteur-reload-d-'));
    dirs.push(knowledgeDir, dataDir);
    cpSync(path.join(projectRoot, 'knowledge'), knowledgeDir, { recursive: true });
    const note = path.join(knowledgeDir, 'context', 'quokka-census.md');
    const write = (codeword: string) =>
      writeFileSync(note, `# Quokka census note\n\nThe quokka census codeword is ${codeword}.\n`);
    write('ALPHA-1');
    const engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir }),
      logger: createLogger({ write: () => {} }),
    });
    const codewords = ['ALPHA-1', 'BRAVO-2', 'CHARLIE-3', 'DELTA-4'];
    const seen: string[] = [];
    let asked = 0;
    for (let version = 1; version < codewords.length; version++) {
      const before = codewords[version - 1]!;
      const after = codewords[version]!;
      write(after);
      let reloaded = false;
      const reload = engine.reload().then(() => {
        reloaded = true;
      });
      const answers: Array<Promise<string>> = [];
      // Questions keep arriving, a few per turn of the event loop, for as long as the reload runs and a bit after.
      let roundsAfter = 0;
      for (let round = 0; roundsAfter < 5; round++) {
        if (reloaded) roundsAfter += 1;
        for (let i = 0; i < 4; i++) {
          const wasReloaded = reloaded;
          answers.push(
            engine.ask(i % 2 ? 'What is the quokka census codeword?' : 'Who opened the tenth meeting?').then((a) => {
              const text = a.answer;
              if (text.includes('Bela Hovy')) return 'meeting';
              const found = codewords.filter((c) => text.includes(c));
              // One corpus per answer: the old codeword or the new one, never both, never a third.
              expect(found.length, text).toBe(1);
              expect([before, after], text).toContain(found[0]);
              if (wasReloaded) expect(found[0]).toBe(after);
              return found[0]!;
            }),
          );
        }
        await new Promise((resolve) => setImmediate(resolve));
        if (round > 10_000) throw new Error('reload never finished');
      }
      await reload;
      const results = await Promise.all(answers); // any rejection fails the test
      asked += results.length;
      seen.push(...results);
      expect(results).toContain(after);
    }
    console.log(`Reload under load: ${asked} questions across ${codewords.length - 1} reloads, none failed`);
    // Questions answered while a reload was still running were served from the old corpus.
    expect(seen.filter((s) => s === 'ALPHA-1').length).toBeGreaterThan(0);
    await engine.close();
  }, 60_000);
});
