import { createEngine, type Engine } from '../answer/engine.js';
import type { BuildProgress } from '../answer/knowledge-base.js';
import { type AppConfig, loadConfig } from '../config/env.js';
import { describeError, RapporteurError } from '../errors.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createProgressLine } from './progress.js';

/** Shared start-up of every command: validated config, a redacting logger, and the engine with progress on stderr. */
export interface Bootstrapped {
  config: AppConfig;
  logger: Logger;
  engine: Engine;
}

export function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    process.exit(2);
  }
}

export function loggerFor(config: AppConfig): Logger {
  return createLogger({
    level: config.logLevel,
    secrets: [config.openai?.apiKey, config.slack.botToken, config.slack.appToken, config.slack.signingSecret],
  });
}

const STAGE_LABELS: Record<BuildProgress['stage'], string> = {
  load: 'Reading documents',
  embed: 'Embedding chunks',
  index: 'Building the vector index',
};

export async function bootstrap(options: { quiet?: boolean } = {}): Promise<Bootstrapped> {
  const config = configOrExit();
  const logger = loggerFor(config);
  const progress = options.quiet ? undefined : createProgressLine(process.stderr);
  try {
    const engine = await createEngine({
      config,
      logger,
      onProgress: progress ? (p: BuildProgress) => progress.update(STAGE_LABELS[p.stage], p.done, p.total) : undefined,
    });
    progress?.done();
    return { config, logger, engine };
  } catch (error) {
    progress?.done();
    exitWith(error);
  }
}

export function exitWith(error: unknown): never {
  // A mistyped flag is the user's to fix: name it, with no stack trace.
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
    process.stderr.write(`${describeError(error)}. See "Commands" in the README for the options.\n`);
    process.exit(2);
  }
  const known = error instanceof RapporteurError;
  process.stderr.write(`${known ? '' : 'Unexpected error: '}${describeError(error)}\n`);
  if (!known && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}
