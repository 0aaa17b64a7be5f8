import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const optionalText = z
  .string()
  .transform((value) => value.trim())
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function prefixed(prefix: string, what: string) {
  return optionalText.refine((value) => value === undefined || value.startsWith(prefix), {
    message: `must be ${what} starting with "${prefix}"`,
  });
}

const isoInstant = optionalText.refine((value) => value === undefined || !Number.isNaN(Date.parse(value)), {
  message: 'must be an ISO 8601 time such as 2014-02-20T09:30:00-05:00',
});

const httpUrl = optionalText.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), {
  message: 'must be an http(s) URL',
});

/** Polling a calendar more often than this only loads the secretariat's server. */
const MIN_POLL_SECONDS = 10;

const positiveInt = (fallback: number) =>
  optionalText
    .refine((value) => value === undefined || /^\d+$/.test(value), { message: 'must be a whole number' })
    .transform((value) => (value === undefined ? fallback : Number(value)));

const list = optionalText.transform((value) =>
  value === undefined
    ? []
    : value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
);

const leadTimes = optionalText
  .refine((value) => value === undefined || /^\s*\d+\s*[mhd]?(\s*,\s*\d+\s*[mhd]?)*\s*$/.test(value), {
    message: 'must be a comma-separated list of durations such as "1d,15m"',
  })
  .transform((value) => value ?? '1d,15m');

/** What every command reads: where the documents and the data live, the bot's idea of now, how much it logs. */
const baseShape = {
  KNOWLEDGE_DIR: optionalText,
  DATA_DIR: optionalText,
  NOW: isoInstant,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
};

/** The answer engine's own settings: question length, the optional LLM, document links. */
const engineShape = {
  ...baseShape,
  MAX_QUESTION_CHARS: positiveInt(2000),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl,
  OPENAI_MODEL: optionalText.transform((value) => value ?? 'gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: optionalText.transform((value) => value ?? 'text-embedding-3-small'),
  LLM_TIMEOUT_MS: positiveInt(15000),
  SYMBOL_URL_TEMPLATE: optionalText.refine(
    (value) => value === undefined || (value.includes('{symbol}') && /^https?:\/\//.test(value)),
    {
      message: 'must be an http(s) URL containing {symbol}, e.g. https://undocs.org/{symbol}',
    },
  ),
};

const reminderShape = {
  ...baseShape,
  REMINDER_CHANNELS: list,
  REMINDER_LEAD_TIMES: leadTimes,
  REMINDER_GRACE_MINUTES: positiveInt(10),
  REMINDER_REHEARSE_MEETING: optionalText
    .refine((value) => value === undefined || /^\d+$/.test(value), { message: 'must be a meeting number such as 2' })
    .transform((value) => (value === undefined ? undefined : Number(value))),
  REMINDER_REHEARSE_IN_MINUTES: positiveInt(5),
};

const slackShape = {
  SLACK_BOT_TOKEN: prefixed('xoxb-', 'a bot token'),
  SLACK_APP_TOKEN: prefixed('xapp-', 'an app-level token'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: httpUrl,
  PORT: positiveInt(3000),
  ADMIN_USER_IDS: list,
};

/** Where shared state lives, and how long an instance's claim on a reminder or an event holds. */
const storageShape = {
  DATABASE_URL: optionalText.refine(
    (value) => {
      if (value === undefined) return true;
      try {
        const url = new URL(value);
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.pathname.length > 1;
      } catch {
        return false;
      }
    },
    { message: 'must be a PostgreSQL URL with a database name, e.g. postgres://user:password@host:5432/rapporteur' },
  ),
  REMINDER_CLAIM_SECONDS: positiveInt(120).refine((value) => value >= 1, { message: 'must be at least 1' }),
  EVENT_CLAIM_SECONDS: positiveInt(30).refine((value) => value >= 1, { message: 'must be at least 1' }),
  HEALTH_PORT: optionalText
    .refine((value) => value === undefined || /^\d+$/.test(value), { message: 'must be a port number' })
    .transform((value) => (value === undefined ? undefined : Number(value))),
};

/** Separated by commas or whitespace; every entry must be an http(s) URL, each bad one named. */
const urlList = optionalText
  .superRefine((value, ctx) => {
    for (const url of value?.split(/[\s,]+/).filter(Boolean) ?? []) {
      if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
        ctx.addIssue({ code: 'custom', message: `"${url}" is not an http(s) URL` });
    }
  })
  .transform((value) => value?.split(/[\s,]+/).filter(Boolean) ?? []);

/** Calendars at URLs that the running bot polls (`npm start` only: the other commands read the folder alone). */
const feedShape = {
  SCHEDULE_ICS_URL: urlList,
  SCHEDULE_POLL_SECONDS: positiveInt(300).refine((value) => value >= MIN_POLL_SECONDS, {
    message: `must be at least ${MIN_POLL_SECONDS} seconds`,
  }),
};

const appShape = { ...engineShape, ...reminderShape, ...slackShape, ...storageShape, ...feedShape };

type BaseEnv = z.infer<z.ZodObject<typeof baseShape>>;
type EngineEnv = z.infer<z.ZodObject<typeof engineShape>>;
type ReminderEnv = z.infer<z.ZodObject<typeof reminderShape>>;
type SlackEnv = z.infer<z.ZodObject<typeof slackShape>>;

export type SlackMode = 'socket' | 'http' | 'none';

interface BaseConfig {
  knowledgeDir: string;
  dataDir: string;
  now: Date | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

/**
 * All the answer engine is given. It holds no Slack token or reminder setting, so `ask`, `ingest`, `eval` and the
 * console validate nothing they do not use, and a leak of the engine's settings cannot leak a Slack secret.
 */
export interface EngineConfig extends BaseConfig {
  maxQuestionChars: number;
  openai:
    | { apiKey: string; baseUrl: string | undefined; model: string; embeddingModel: string; timeoutMs: number }
    | undefined;
  /** Link for a document symbol; {symbol} is replaced. */
  /** Unset: symbols link where the pages themselves link them, if they do. */
  symbolUrlTemplate?: string | undefined;
}

export interface ReminderConfig {
  channels: string[];
  leadTimes: string;
  graceMinutes: number;
  /** Demo mode: re-time this past meeting to start shortly after now, every message labelled "rehearsal". */
  rehearsal: { meetingNumber: number; inMinutes: number } | undefined;
}

export interface SlackConfig {
  mode: SlackMode;
  botToken: string | undefined;
  appToken: string | undefined;
  signingSecret: string | undefined;
  apiUrl: string | undefined;
  port: number;
}

export interface StorageConfig {
  /** PostgreSQL, shared by every instance; without it, the embedded SQLite file under DATA_DIR. */
  databaseUrl: string | undefined;
  /** How long a reminder claimed by an instance that stopped answering stays out of the others' reach. */
  reminderClaimSeconds: number;
  /** The same for a Slack event; below Slack's first retry (about a minute), so a redelivery can take it over. */
  eventClaimSeconds: number;
}

/** What `npm start` reads: the engine's settings, Slack's, the reminders' and the shared storage's. */
export interface AppConfig extends EngineConfig {
  slack: SlackConfig;
  reminders: ReminderConfig;
  storage: StorageConfig;
  /** Socket Mode has no HTTP port of its own; health checks and metrics are served here when set. */
  healthPort: number | undefined;
  adminUserIds: string[];
  /** SCHEDULE_ICS_URL and SCHEDULE_POLL_SECONDS; no URLs means no polling. */
  scheduleFeed: { urls: string[]; pollMs: number };
}

/** What the reminder dry run reads: the documents, the data folder, now, and the reminder settings. */
export interface ReminderPlanConfig extends BaseConfig {
  reminders: ReminderConfig;
}

/** Validates the variables of `shape` only; every bad one is reported, not just the first. */
function parseEnv<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv): z.infer<z.ZodObject<S>> {
  const parsed = z.object(shape).safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = typeof env[name] === 'string' ? ` (got "${redactForMessage(name, env[name] ?? '')}")` : '';
      return `${name}: ${issue.message}${got}`;
    }),
  );
}

function throwIfAny(problems: string[]): void {
  if (problems.length > 0) throw new ConfigError(problems);
}

function engineProblems(e: EngineEnv): string[] {
  return e.OPENAI_BASE_URL && !e.OPENAI_API_KEY
    ? ['OPENAI_API_KEY: OPENAI_BASE_URL is set but no key; set any non-empty key for servers that ignore it']
    : [];
}

function slackMode(e: SlackEnv): { mode: SlackMode; problems: string[] } {
  if (e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN) return { mode: 'socket', problems: [] };
    if (e.SLACK_SIGNING_SECRET) return { mode: 'http', problems: [] };
    return {
      mode: 'none',
      problems: [
        'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: SLACK_BOT_TOKEN is set, but Socket Mode needs SLACK_APP_TOKEN (xapp-...) and HTTP mode needs SLACK_SIGNING_SECRET',
      ],
    };
  }
  if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
    return {
      mode: 'none',
      problems: ['SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set (xoxb-...)'],
    };
  }
  return { mode: 'none', problems: [] };
}

function baseConfig(e: BaseEnv): BaseConfig {
  return {
    knowledgeDir: path.resolve(e.KNOWLEDGE_DIR ?? path.join(projectRoot, 'knowledge')),
    dataDir: path.resolve(e.DATA_DIR ?? path.join(projectRoot, 'data')),
    now: e.NOW ? new Date(e.NOW) : undefined,
    logLevel: e.LOG_LEVEL,
  };
}

function engineConfig(e: EngineEnv): EngineConfig {
  return {
    ...baseConfig(e),
    maxQuestionChars: e.MAX_QUESTION_CHARS,
    openai: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL,
          model: e.OPENAI_MODEL,
          embeddingModel: e.OPENAI_EMBEDDING_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
        }
      : undefined,
    symbolUrlTemplate: e.SYMBOL_URL_TEMPLATE,
  };
}

function reminderConfig(e: ReminderEnv): ReminderConfig {
  return {
    channels: e.REMINDER_CHANNELS,
    leadTimes: e.REMINDER_LEAD_TIMES,
    graceMinutes: e.REMINDER_GRACE_MINUTES,
    rehearsal:
      e.REMINDER_REHEARSE_MEETING === undefined
        ? undefined
        : { meetingNumber: e.REMINDER_REHEARSE_MEETING, inMinutes: e.REMINDER_REHEARSE_IN_MINUTES },
  };
}

/** The engine's settings out of a wider config, so the engine is never handed Slack or reminder settings. */
export function engineSettings(config: EngineConfig): EngineConfig {
  const { knowledgeDir, dataDir, now, logLevel, maxQuestionChars, openai, symbolUrlTemplate } = config;
  return { knowledgeDir, dataDir, now, logLevel, maxQuestionChars, openai, symbolUrlTemplate };
}

/** For `ask`, `ingest`, `eval`, `bench` and the console: the engine's settings and nothing else. */
export function loadEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const e = parseEnv(engineShape, env);
  throwIfAny(engineProblems(e));
  return engineConfig(e);
}

/** For the reminder dry run, which plans from the documents and sends nothing. */
export function loadReminderPlanConfig(env: NodeJS.ProcessEnv = process.env): ReminderPlanConfig {
  const e = parseEnv(reminderShape, env);
  return { ...baseConfig(e), reminders: reminderConfig(e) };
}

/** For `npm start`: every setting, read and validated once at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const e = parseEnv(appShape, env);
  const { mode, problems } = slackMode(e);
  throwIfAny([...problems, ...engineProblems(e)]);
  return {
    ...engineConfig(e),
    slack: {
      mode,
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL ? ensureTrailingSlash(e.SLACK_API_URL) : undefined,
      port: e.PORT,
    },
    reminders: reminderConfig(e),
    storage: {
      databaseUrl: e.DATABASE_URL,
      reminderClaimSeconds: e.REMINDER_CLAIM_SECONDS,
      eventClaimSeconds: e.EVENT_CLAIM_SECONDS,
    },
    healthPort: e.HEALTH_PORT,
    adminUserIds: e.ADMIN_USER_IDS,
    scheduleFeed: { urls: e.SCHEDULE_ICS_URL, pollMs: e.SCHEDULE_POLL_SECONDS * 1000 },
  };
}

function ensureTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function redactForMessage(name: string, value: string): string {
  if (/TOKEN|SECRET|KEY|DATABASE_URL/.test(name)) return value.length > 6 ? `${value.slice(0, 4)}…` : '…';
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
