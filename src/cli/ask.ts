import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { QuestionError } from '../errors.js';
import { errorAnswer, formatForTerminal, toContractJson } from './answer-format.js';
import { bootstrap, exitWith } from './bootstrap.js';

const USAGE = `Usage:
  npm run ask -- "question"           answer with sources
  npm run ask -- --json "question"    one JSON object
  npm run ask -- --jsonl < file       one question per line in, one JSON object per line out`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const question = positionals.join(' ');
  if (!values.jsonl && question.trim() === '') {
    process.stderr.write(`No question given.\n${USAGE}\n`);
    process.exit(2);
  }
  const { engine } = await bootstrap({ quiet: true });
  try {
    if (values.jsonl) {
      // Strictly one line out per line in, in order, even for a bad line: callers zip the two streams.
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        try {
          process.stdout.write(`${toContractJson(await engine.ask(line))}\n`);
        } catch (error) {
          if (!(error instanceof QuestionError)) throw error;
          process.stdout.write(`${toContractJson(errorAnswer(error.message))}\n`);
        }
      }
      return;
    }
    try {
      const answer = await engine.ask(question);
      process.stdout.write(`${values.json ? toContractJson(answer) : formatForTerminal(answer)}\n`);
    } catch (error) {
      if (!(error instanceof QuestionError)) throw error;
      if (values.json) process.stdout.write(`${toContractJson(errorAnswer(error.message))}\n`);
      else process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    }
  } finally {
    await engine.close();
  }
}

main().catch(exitWith);
