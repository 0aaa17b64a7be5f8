import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import type { AppConfig } from '../config/env.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { OperationsRoute } from '../ops/health.js';
import type { SessionFollows } from '../reminders/follows.js';
import type { ReminderPreferences } from '../reminders/preferences.js';
import { JsonlFeedbackStore } from '../storage/jsonl-feedback.js';
import { HandledEvents } from '../storage/memory-handled-events.js';
import type { FeedbackStore, HandledEventStore } from '../storage/types.js';
import { registerAgentView } from './agent-view.js';
import { registerAskSession } from './ask-session.js';
import { createAssistant } from './assistant.js';
import { boltLogger } from './bolt-logger.js';
import { registerCalendar } from './calendar.js';
import { registerDirectMessages } from './dm.js';
import { registerFeedback } from './feedback.js';
import { dropRepeatedEvents } from './handled-events.js';
import { registerHome } from './home.js';
import { registerMeetingsCommand } from './meetings-command.js';
import { registerMention } from './mention.js';
import { registerFollow } from './my-agenda.js';
import { slackCall } from './slack-call.js';

export interface SlackAppOptions {
  config: AppConfig;
  engine: Engine;
  preferences: ReminderPreferences;
  /** The sessions people follow; shared with the reminder scheduler, which reminds each follower. */
  follows: SessionFollows;
  logger: Logger;
  /** Where 👍/👎 votes go; by default DATA_DIR/feedback.jsonl. */
  feedback?: FeedbackStore;
  /** Which events were taken on; by default remembered in this process only. */
  handledEvents?: HandledEventStore;
  /** Replaces the transport the config selects (Socket Mode or HTTP), e.g. to host the app elsewhere. */
  receiver?: Receiver;
  /** Extra routes on HTTP mode's port, next to /slack/events: health checks and metrics. */
  routes?: OperationsRoute[];
}

export interface SlackApp {
  app: App;
  /** Checks the bot token, then connects (Socket Mode) or listens (HTTP); `port` is the HTTP port in use. */
  start(): Promise<{ port?: number }>;
  /** Takes no more events, then waits (at most SHUTDOWN_DRAIN_MS) for the ones being handled to finish. */
  stop(): Promise<void>;
}

/**
 * SLACK_API_URL (GovSlack, a local stand-in) must reach every client the app creates: Bolt's WebClient takes
 * `clientOptions`, and the Socket Mode client, whose apps.connections.open call opens the socket, takes its
 * own copy through `installerOptions.clientOptions`.
 */
function createReceiver(
  config: AppConfig,
  logger: Logger,
  clientOptions: webApi.WebClientOptions,
  routes: OperationsRoute[],
): Receiver {
  const { slack } = config;
  if (slack.mode === 'socket' && slack.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: slack.appToken,
      logger: boltLogger(logger),
      installerOptions: { clientOptions },
    });
    guardMalformedEnvelopes(receiver, logger);
    return receiver;
  }
  if (slack.mode === 'http' && slack.signingSecret) {
    return new HTTPReceiver({
      signingSecret: slack.signingSecret,
      port: slack.port,
      customRoutes: routes,
      logger: boltLogger(logger),
      // Respond 200 before the listener runs: Slack retries anything slower than 3 s, and answers take longer.
      processBeforeResponse: false,
    });
  }
  throw new ConfigError([
    'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: the Slack app needs one of them to receive events (Socket Mode or HTTP)',
  ]);
}

interface SocketClientInternals {
  onWebSocketMessage(data: unknown, isBinary: boolean): Promise<void>;
  send(envelopeId: string, body?: unknown): Promise<void>;
  removeAllListeners(event: string): unknown;
  on(event: string, listener: (data: unknown, isBinary: boolean) => void): unknown;
}

/**
 * @slack/socket-mode reads `payload.event.type` of every events_api envelope without checking it is there. An
 * envelope without an event (found by test/reliability/bad-input.test.ts) made it throw inside a WebSocket
 * listener: an unhandled rejection, which ends a Node 20 process, and no ack, so Slack would redeliver it. Here
 * the same handler runs, and a failure is logged with the envelope id and acked so it is not delivered again.
 */
function guardMalformedEnvelopes(receiver: SocketModeReceiver, logger: Logger): void {
  const client = receiver.client as unknown as SocketClientInternals;
  if (typeof client.onWebSocketMessage !== 'function' || typeof client.send !== 'function') return;
  client.removeAllListeners('ws_message');
  client.on('ws_message', (data, isBinary) => {
    client.onWebSocketMessage(data, isBinary).catch((error: unknown) => {
      let envelopeId: string | undefined;
      try {
        envelopeId = (JSON.parse(String(data)) as { envelope_id?: string }).envelope_id;
      } catch {
        // Not JSON: nothing to ack.
      }
      logger.warn(`Dropped a malformed Socket Mode envelope ${envelopeId ?? '(no envelope_id)'}:`, error);
      if (envelopeId) client.send(envelopeId).catch(() => {});
    });
  });
}

/** Long enough for an answer with a model to finish; short of the 30 s most orchestrators wait before SIGKILL. */
export const SHUTDOWN_DRAIN_MS = 20_000;

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, engine, preferences, follows, logger } = options;
  if (!config.slack.botToken) throw new ConfigError(['SLACK_BOT_TOKEN: required to start the Slack app (xoxb-...)']);
  const clientOptions: webApi.WebClientOptions = config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {};
  const app = new App({
    token: config.slack.botToken,
    receiver: options.receiver ?? createReceiver(config, logger, clientOptions, options.routes ?? []),
    logger: boltLogger(logger),
    clientOptions,
  });

  const answerDeps = { engine, logger };
  const settingsDeps = {
    engine,
    preferences,
    logger,
    defaultLeadTimes: config.reminders.leadTimes,
    adminUserIds: config.adminUserIds,
    follows,
  };
  const inFlight = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const handling = next();
    inFlight.add(handling);
    try {
      await handling;
    } finally {
      inFlight.delete(handling);
    }
  });
  // Order matters: repeats are dropped before anything runs, and the Assistant claims DM thread messages
  // before the plain DM listener sees them.
  app.use(dropRepeatedEvents(options.handledEvents ?? new HandledEvents(), logger));
  app.assistant(createAssistant(answerDeps));
  registerMention(app, answerDeps);
  registerDirectMessages(app, answerDeps, settingsDeps);
  registerMeetingsCommand(app, settingsDeps);
  registerHome(app, settingsDeps);
  registerAgentView(app, answerDeps);
  registerAskSession(app, answerDeps);
  registerCalendar(app, { engine, logger });
  registerFollow(app, settingsDeps);
  registerFeedback(app, {
    store: options.feedback ?? JsonlFeedbackStore.inDataDir(config.dataDir),
    logger,
  });

  return {
    app,
    async start() {
      const identity = await slackCall('auth.test', () => app.client.auth.test());
      const started: unknown = await app.start();
      const address = (started as { address?: () => AddressInfo | string | null } | undefined)?.address?.();
      const port = typeof address === 'object' && address ? address.port : undefined;
      logger.info(
        `Slack app running as @${identity.user ?? identity.user_id} in ${identity.team ?? identity.team_id}` +
          (port ? ` (HTTP on port ${port}, requests at /slack/events)` : ` (${config.slack.mode} mode)`),
      );
      return port ? { port } : {};
    },
    async stop() {
      await app.stop();
      if (inFlight.size === 0) return;
      logger.info(`Stopping: waiting for ${inFlight.size} event(s) being answered`);
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([
        Promise.allSettled([...inFlight]).then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), SHUTDOWN_DRAIN_MS);
        }),
      ]);
      clearTimeout(timer);
      if (!drained) logger.warn(`Stopped with ${inFlight.size} event(s) unfinished after ${SHUTDOWN_DRAIN_MS} ms`);
    },
  };
}
