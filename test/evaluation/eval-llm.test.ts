import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenAiStandIn, readerReply, startOpenAiStandIn } from '../e2e/openai-stand-in.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('rapporteur-eval-llm');
let standIn: OpenAiStandIn;
let questions: string;

const item = (id: string, question: string, facts: string[][], sources: string[], answerable = true) =>
  JSON.stringify({ id, question, category: 'test', answerable, facts, sources, part: 'tune' });

beforeAll(async () => {
  standIn = await startOpenAiStandIn({ reply: readerReply });
  questions = path.join(tempDir('questions'), 'questions.jsonl');
  writeFileSync(
    questions,
    [
      item(
        'a',
        "Who presented UNHCR's view on the global compact on refugees at the 2016 meeting?",
        [['Kelley']],
        ['meetings/14-fourteenth-meeting-2016.md'],
      ),
      item('b', 'When was the tenth coordination meeting held?', [['2012']], ['meetings/10-tenth-meeting-2012.md']),
      // No passage of a file the corpus does not hold can reach the prompt: context recall must count it a miss.
      item('c', 'When was the first coordination meeting held?', [['2002']], ['meetings/no-such-page.md']),
      item('d', 'What is the capital of France?', [], [], false),
    ].join('\n'),
  );
});

afterAll(async () => {
  await standIn?.close();
});

describe('npm run eval -- --llm', () => {
  it('reports context recall, verified model answers and accuracy for the configured model', async () => {
    const run = await runCli('src/cli/eval.ts', ['--file', questions, '--llm', '--json'], {
      KNOWLEDGE_DIR: path.resolve('knowledge'),
      DATA_DIR: tempDir('data'),
      OPENAI_API_KEY: 'stand-in',
      OPENAI_BASE_URL: `${standIn.url}/v1`,
    });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(report.llm.model).toBe('gpt-4o-mini');
    expect(report.llm.all.questions).toBe(4);
    expect(report.llm.all.contextRecall).toBeCloseTo(2 / 3, 5);
    // Every answerable question's answer came back verified; the unanswerable one was refused.
    expect(report.llm.all.verified).toBeCloseTo(3 / 4, 5);
    expect(report.llm.all.accuracy).toBe(1);
    expect(report.llm.all.refusal).toBe(1);
  });

  it('needs a model, and says which setting gives it one', async () => {
    const run = await runCli('src/cli/eval.ts', ['--file', questions, '--llm'], {
      KNOWLEDGE_DIR: path.resolve('knowledge'),
      DATA_DIR: tempDir('offline'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--llm reads with the configured model: set OPENAI_API_KEY');
  });
});
