import { LogLevel, ErrorCode as SlackErrorCode, type WebAPIRateLimitedError, WebClient } from '@slack/web-api';
import type { Clock } from '../config/clock.js';
import { describeError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { slackApiErrorsTotal } from '../ops/metrics.js';
import type { OutboxStore } from '../storage/types.js';
import { ReminderDeliveryError } from './errors.js';
import { carriesReminderKey, reminderMessage } from './message.js';
import type { OutboxReminder } from './reminder.js';

/** The durable steps of one send; a test makes `onStep` throw to stop the process right after one of them. */
export type SendStep = 'claimed' | 'posted' | 'recorded';

export interface SenderOptions {
  client: WebClient;
  outbox: OutboxStore;
  clock: Clock;
  logger: Logger;
  graceMinutes: number;
  onStep?: (step: SendStep, key: string) => void | Promise<void>;
}

export interface SendReport {
  sent: string[];
  /** Already in the conversation from an attempt that stopped before it was recorded. */
  found: string[];
  skipped: string[];
  failed: string[];
}

/** How far back the history check reads: a retry follows its failed attempt within minutes. */
const HISTORY_PAGES = 5;
const HISTORY_PAGE_SIZE = 200;
const FIRST_RETRY_MS = 15_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * A WebClient for reminders. Its own retries are off: after a timeout or a 5xx, Slack may already have posted,
 * and only the sender's retry, which reads the conversation first, can tell. A 429 is returned at once with its
 * Retry-After so the sender can wait without holding up other reminders. Reminders go out minutes or hours
 * apart; web-api 8 sends them with Node's fetch, whose pool drops a connection after 4 s idle (undici's
 * keepAliveTimeout), so a post never goes out on a socket the server closed in between.
 */
export function createReminderClient(token: string | undefined, apiUrl?: string): WebClient {
  return new WebClient(token, {
    slackApiUrl: apiUrl,
    // Each failure is logged once by the sender, with the reminder it was for.
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
  });
}

export class ReminderSender {
  private readonly options: SenderOptions;
  /** The pass in progress; `stop` ends it. */
  private pass: { stopped: boolean } | undefined;

  constructor(options: SenderOptions) {
    this.options = options;
  }

  /**
   * Ends the pass in progress once the reminder being sent is finished and recorded, so a shutdown leaves no claim
   * behind that another instance would have to wait out. A later `sendDue` starts a new pass.
   */
  stop(): void {
    if (this.pass) this.pass.stopped = true;
  }

  /** Sends every reminder that is due now, one at a time, each exactly once. */
  async sendDue(): Promise<SendReport> {
    const { outbox, clock } = this.options;
    const report: SendReport = { sent: [], found: [], skipped: [], failed: [] };
    const pass = { stopped: false };
    this.pass = pass;
    for (const reminder of await outbox.due(clock.now())) {
      if (pass.stopped) break;
      if (await this.skipIfLate(reminder)) {
        report.skipped.push(reminder.key);
        continue;
      }
      if (reminder.nextAttemptAt && reminder.nextAttemptAt > clock.now()) continue;
      const claim = await outbox.claim(reminder.key, clock.now());
      if (!claim) continue;
      await this.options.onStep?.('claimed', reminder.key);
      const outcome = await this.deliver(reminder, claim.previousAttempts > 0);
      if (outcome instanceof Error) {
        await this.retryLater(reminder, claim.previousAttempts + 1, outcome);
        report.failed.push(reminder.key);
        continue;
      }
      await this.options.onStep?.('posted', reminder.key);
      await outbox.markSent(reminder.key, outcome, clock.now());
      await this.options.onStep?.('recorded', reminder.key);
      (outcome.found ? report.found : report.sent).push(reminder.key);
      this.options.logger.info(
        outcome.found
          ? `Reminder ${reminder.key} was already posted (ts ${outcome.ts}); recorded it as sent`
          : `Sent reminder ${reminder.key} to ${outcome.channelId} (ts ${outcome.ts})`,
      );
    }
    return report;
  }

  private async skipIfLate(reminder: OutboxReminder): Promise<boolean> {
    const { clock, graceMinutes, logger, outbox } = this.options;
    const lateMinutes = (clock.now().getTime() - reminder.dueAt.getTime()) / 60_000;
    if (lateMinutes < graceMinutes) return false;
    const reason = `due ${reminder.dueAt.toISOString()}, ${Math.round(lateMinutes)} min ago, past the ${graceMinutes}-minute grace window${reminder.lastError ? `; last error: ${reminder.lastError}` : ''}`;
    await outbox.skip(reminder.key, reason, clock.now());
    logger.warn(`Skipped reminder ${reminder.key}: ${reason}`);
    return true;
  }

  private async deliver(
    reminder: OutboxReminder,
    mayBePosted: boolean,
  ): Promise<{ ts: string; channelId: string; found: boolean } | Error> {
    try {
      const recipient = reminder.recipient;
      if (mayBePosted) {
        const channelId = recipient.kind === 'channel' ? recipient.id : await this.openIm(reminder.key, recipient.id);
        const ts = await this.findPosted(reminder.key, channelId);
        if (ts) return { ts, channelId, found: true };
      }
      const message = reminderMessage(reminder.key, reminder.content);
      // A user ID as the channel posts to the person's DM with the bot; the reply names that DM.
      const result = await this.call('chat.postMessage', reminder.key, recipient.id, () =>
        this.options.client.chat.postMessage({
          channel: recipient.id,
          ...message,
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      if (!result.ts)
        throw new ReminderDeliveryError('chat.postMessage', reminder.key, recipient.id, 'no ts in the reply');
      return { ts: result.ts, channelId: result.channel ?? recipient.id, found: false };
    } catch (error) {
      if (error instanceof ReminderDeliveryError) return error;
      return new Error(`Reminder ${reminder.key} could not be sent: ${describeError(error)}`, { cause: error });
    }
  }

  /** The history check needs the DM's own channel ID, which only conversations.open gives for a user. */
  private async openIm(key: string, userId: string): Promise<string> {
    const opened = await this.call('conversations.open', key, userId, () =>
      this.options.client.conversations.open({ users: userId }),
    );
    const channelId = opened.channel?.id;
    if (!channelId) throw new ReminderDeliveryError('conversations.open', key, userId, 'no channel in the reply');
    return channelId;
  }

  private async findPosted(key: string, channelId: string): Promise<string | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const history = await this.call('conversations.history', key, channelId, () =>
        this.options.client.conversations.history({
          channel: channelId,
          limit: HISTORY_PAGE_SIZE,
          include_all_metadata: true,
          cursor,
        }),
      );
      const match = history.messages?.find((m) => carriesReminderKey(m, key));
      if (match?.ts) return match.ts;
      cursor = history.response_metadata?.next_cursor;
      if (!history.has_more || !cursor) return undefined;
    }
    return undefined;
  }

  private async call<T>(method: string, key: string, channel: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      slackApiErrorsTotal.inc({ method });
      const limited = (error as { code?: string }).code === SlackErrorCode.RateLimitedError;
      const retryAfter = limited ? (error as WebAPIRateLimitedError).retryAfter : undefined;
      throw new ReminderDeliveryError(method, key, channel, error, retryAfter);
    }
  }

  private async retryLater(reminder: OutboxReminder, attempts: number, error: Error): Promise<void> {
    const { clock, logger, outbox } = this.options;
    const backoff = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);
    const wait =
      error instanceof ReminderDeliveryError && error.retryAfter ? Math.max(error.retryAfter * 1000, backoff) : backoff;
    const next = new Date(clock.now().getTime() + wait);
    await outbox.retryLater(reminder.key, error.message, next, clock.now());
    logger.error(`${error.message}; attempt ${attempts}, next try at ${next.toISOString()}`);
  }
}
