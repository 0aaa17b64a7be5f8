import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import { loadEvalSet } from '../../src/evaluation/eval-set.js';
import { createLogger } from '../../src/logging/logger.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const KNOWLEDGE = path.resolve('knowledge');
const tempDir = useTempDirs('rapporteur-grounding');

/**
 * The checkable facts of an answer: numbers (years, days, times, symbol parts) and runs of capitalised words
 * (names, titles). List markers such as "(2)" are the answer's own layout, not facts.
 */
function checkableFacts(answer: string): string[] {
  const text = answer.replace(/\(\d\)/g, ' ');
  const numbers = text.match(/\d+(?:[/.:]\d+)*/g) ?? [];
  const names = text.match(/\b[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)+/g) ?? [];
  return [...new Set([...numbers, ...names])];
}

describe('every answered eval question is grounded in the sources it cites', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: tempDir('data') }),
      logger: createLogger({ level: 'error', write: () => {} }),
    });
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('states no number or name that is absent from its cited files', async () => {
    const ungrounded: string[] = [];
    let answered = 0;
    for (const item of loadEvalSet()) {
      const a = await engine.ask(item.question);
      if (!a.answered) continue;
      answered++;
      const cited = a.sources.map((s) => readFileSync(path.join(KNOWLEDGE, s.path), 'utf8')).join('\n');
      const missing = checkableFacts(a.answer).filter((fact) => !cited.includes(fact));
      if (missing.length) ungrounded.push(`${item.id}: ${missing.join(', ')}`);
    }
    expect(answered).toBeGreaterThan(150);
    expect(ungrounded).toEqual([]);
  });
});
