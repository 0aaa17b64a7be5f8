import { inspect } from 'node:util';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ranks: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Shaped like Bolt's Logger so the same instance serves the engine, the CLI and the Slack app. */
export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  setLevel(level: string): void;
  getLevel(): string;
  setName(name: string): void;
}

const secretPatterns = [/xox[abposr]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g, /sk-[A-Za-z0-9_-]{8,}/g];

/**
 * Secrets must never reach a log line, even inside an error a library built from a request,
 * so every line passes through the redactor with the configured secrets and the usual token shapes.
 */
export function createRedactor(secrets: Array<string | undefined>): (text: string) => string {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join('[redacted]');
    for (const pattern of secretPatterns) out = out.replace(pattern, '[redacted]');
    return out;
  };
}

export interface LoggerOptions {
  level?: LogLevel;
  name?: string;
  secrets?: Array<string | undefined>;
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  let level: LogLevel = options.level ?? 'info';
  let name = options.name ?? 'rapporteur';
  const redact = createRedactor(options.secrets ?? []);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const emit = (at: LogLevel, msg: unknown[]) => {
    if (ranks[at] < ranks[level]) return;
    const text = msg.map((m) => (typeof m === 'string' ? m : inspect(m, { depth: 4, breakLength: 160 }))).join(' ');
    write(redact(`${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${text}`));
  };
  return {
    debug: (...msg) => emit('debug', msg),
    info: (...msg) => emit('info', msg),
    warn: (...msg) => emit('warn', msg),
    error: (...msg) => emit('error', msg),
    setLevel: (next) => {
      if (next in ranks) level = next as LogLevel;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
