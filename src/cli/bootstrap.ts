import { createEngine, type Engine } from '../answer/engine.js';
import type { BuildProgress } from '../answer/knowledge-base.js';
import { type AppConfig, type EngineConfig, engineSettings, loadEngineConfig } from '../config/env.js';
import { describeError, RapporteurError } from '../errors.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createProgressLine } from './progress.js';

/** Shared start-up of every command: validated config, a redacting logger, and the engine with progress on stderr. */
export interface Bootstrapped<C extends EngineConfig> {
  config: C;
  logger: Logger;
  engine: Engine;
}

/** Reads the settings a command uses, by `load`; a bad one ends the process with exit code 2 and its message. */
export function configOrExit<C>(load: () => C): C {
  try {
    return load();
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    process.exit(2);
  }
}

export function loggerFor(config: EngineConfig & Partial<Pick<AppConfig, 'slack' | 'storage'>>): Logger {
  const { slack, storage } = config;
  const databasePassword = storage?.databaseUrl ? decodeURIComponent(new URL(storage.databaseUrl).password) : '';
  return createLogger({
    level: config.logLevel,
    secrets: [
      config.openai?.apiKey,
      slack?.botToken,
      slack?.appToken,
      slack?.signingSecret,
      databasePassword || undefined,
    ],
  });
}

const STAGE_LABELS: Record<BuildProgress['stage'], string> = {
  load: 'Reading documents',
  embed: 'Embedding chunks',
  index: 'Building the vector index',
};

/** `load` picks the settings the command validates: the engine's alone unless the command needs more. */
export async function bootstrap(options?: { quiet?: boolean }): Promise<Bootstrapped<EngineConfig>>;
export async function bootstrap<C extends EngineConfig>(options: {
  quiet?: boolean;
  load: () => C;
  /** Calendars from outside the knowledge folder, set up once the settings and logger are there. */
  calendars?: (config: C, logger: Logger) => Promise<() => KnowledgeDocument[]>;
}): Promise<Bootstrapped<C>>;
export async function bootstrap(
  options: {
    quiet?: boolean;
    load?: () => EngineConfig;
    calendars?: (config: EngineConfig, logger: Logger) => Promise<() => KnowledgeDocument[]>;
  } = {},
): Promise<Bootstrapped<EngineConfig>> {
  const config = configOrExit(options.load ?? (() => loadEngineConfig()));
  const logger = loggerFor(config);
  const calendars = await options.calendars?.(config, logger);
  const progress = options.quiet ? undefined : createProgressLine(process.stderr);
  try {
    const engine = await createEngine({
      config: engineSettings(config),
      logger,
      calendars,
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
