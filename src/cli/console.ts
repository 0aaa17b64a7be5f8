import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { Engine } from '../answer/engine.js';
import { QuestionError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { formatForTerminal } from './answer-format.js';
import { bootstrap, exitWith } from './bootstrap.js';

export interface ConsoleIo {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

const QUIT = new Set(['exit', 'quit']);

/**
 * A chat on the terminal against the same engine the Slack app uses. With a pipe instead of a terminal it
 * answers each line until end of input and prints no prompt, so it doubles as a scripted smoke test.
 */
export async function runConsole(engine: Engine, logger: Logger, io: ConsoleIo): Promise<void> {
  const interactive = Boolean(io.input.isTTY);
  const lines = createInterface({
    input: io.input,
    output: interactive ? io.output : undefined,
    terminal: interactive,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  lines.setPrompt('> ');
  if (interactive) {
    io.output.write('Ask about the coordination meetings. Type "exit" or press Ctrl-D to quit.\n');
    lines.prompt();
  }
  try {
    for await (const line of lines) {
      const question = line.trim();
      if (QUIT.has(question.toLowerCase())) break;
      if (question) io.output.write(`${await answerOrExplain(engine, logger, question)}\n\n`);
      if (interactive) lines.prompt();
    }
  } finally {
    lines.close();
  }
}

async function answerOrExplain(engine: Engine, logger: Logger, question: string): Promise<string> {
  try {
    return formatForTerminal(await engine.ask(question));
  } catch (error) {
    if (error instanceof QuestionError) return error.message;
    logger.error(`Could not answer "${question}" in the console:`, error);
    return 'Sorry, something went wrong while answering. The error is in the log above.';
  }
}

async function main(): Promise<void> {
  const { engine, logger } = await bootstrap();
  try {
    await runConsole(engine, logger, { input: process.stdin, output: process.stdout });
  } finally {
    await engine.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main().catch(exitWith);
