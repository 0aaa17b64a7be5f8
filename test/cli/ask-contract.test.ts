import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Run, runCli } from '../helpers/run-cli.js';

const KNOWLEDGE = path.resolve('knowledge');
const RAW_PAGES = path.resolve('test/fixtures/raw-pages');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-cli-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function ask(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return runCli('src/cli/ask.ts', args, env, stdin);
}

interface ContractAnswer {
  answer: string;
  answered: boolean;
  intent: string;
  sources: Array<{ path: string; title: string; url: string | null; score: number }>;
  confidence: number;
}

function expectContract(value: unknown): asserts value is ContractAnswer {
  const a = value as ContractAnswer;
  expect(Object.keys(a).sort()).toEqual(['answer', 'answered', 'confidence', 'intent', 'sources']);
  expect(typeof a.answer).toBe('string');
  expect(a.answer.length).toBeGreaterThan(0);
  expect(typeof a.answered).toBe('boolean');
  expect(typeof a.intent).toBe('string');
  expect(typeof a.confidence).toBe('number');
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(a.sources)).toBe(true);
  for (const s of a.sources) {
    expect(Object.keys(s).sort()).toEqual(['path', 'score', 'title', 'url']);
    expect(typeof s.path).toBe('string');
    expect(typeof s.title).toBe('string');
    expect(s.url === null || /^https?:\/\//.test(s.url)).toBe(true);
    expect(typeof s.score).toBe('number');
  }
}

describe('ask CLI contract', () => {
  it('--jsonl answers one line per line in, in order, including a blank line', async () => {
    const input = ['Who opened the eighth meeting?', '', 'What is the capital of France?', 'what is A/RES/68/4?'].join(
      '\n',
    );
    const result = await ask(['--jsonl'], { KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: tempDir() }, `${input}\n`);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(4);
    const answers = lines.map((l) => JSON.parse(l) as unknown);
    for (const a of answers) expectContract(a);
    const [opened, blank, unknown, symbol] = answers as ContractAnswer[];

    expect(opened?.answered).toBe(true);
    expect(opened?.answer).toContain('Zlotnik');
    expect(opened?.sources[0]?.path).toBe('meetings/08-eighth-meeting-2009.md');

    expect(blank?.answered).toBe(false);
    expect(blank?.sources).toEqual([]);

    expect(unknown?.answered).toBe(false);
    expect(unknown?.answer).toContain("I couldn't find");

    expect(symbol?.answered).toBe(true);
    expect(symbol?.answer).toContain('https://undocs.org/A/RES/68/4');
  }, 60_000);

  it('--json prints exactly one contract object', async () => {
    const result = await ask(['--json', 'When was the tenth coordination meeting?'], {
      KNOWLEDGE_DIR: KNOWLEDGE,
      DATA_DIR: tempDir(),
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0] ?? '') as unknown;
    expectContract(a);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9–10 February 2012');
  }, 60_000);

  it('--json turns an invalid question into an unanswered object and a failing exit code', async () => {
    const result = await ask(['--json', '%%%% ####'], { KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: tempDir() });
    expect(result.code).not.toBe(0);
    const a = JSON.parse(result.stdout) as unknown;
    expectContract(a);
    expect(a.answered).toBe(false);
  }, 60_000);

  it('exits non-zero and names NOW when NOW is not a time', async () => {
    const result = await ask(['--json', 'When was the tenth meeting?'], {
      KNOWLEDGE_DIR: KNOWLEDGE,
      DATA_DIR: tempDir(),
      NOW: 'tomorrow',
    });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('NOW');
    expect(result.stderr).toContain('tomorrow');
  }, 60_000);

  it('exits non-zero and names the folder when KNOWLEDGE_DIR does not exist', async () => {
    const missing = path.join(tempDir(), 'no-such-folder');
    const result = await ask(['--json', 'When was the tenth meeting?'], {
      KNOWLEDGE_DIR: missing,
      DATA_DIR: tempDir(),
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(missing);
  }, 60_000);

  it('answers from raw pages without front matter', async () => {
    const result = await ask(['--json', 'When was the tenth coordination meeting?'], {
      KNOWLEDGE_DIR: RAW_PAGES,
      DATA_DIR: tempDir(),
    });
    expect(result.code).toBe(0);
    const a = JSON.parse(result.stdout) as unknown;
    expectContract(a);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/February 2012/);
    expect(a.sources[0]?.path).toMatch(/^tenth-meeting-news-2012\.(html|txt)$/);
  }, 60_000);
});
