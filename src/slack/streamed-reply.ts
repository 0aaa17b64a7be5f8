import type { Logger } from '../logging/logger.js';
import { type SlackMessage, textMessage } from './blocks.js';
import { escapeMrkdwn } from './slack-text.js';

export interface ReplyChannel {
  post(message: SlackMessage): Promise<{ ts?: string }>;
  update(ts: string, message: SlackMessage): Promise<unknown>;
}

/** chat.update is rate-limited per channel (about one a second), so the text being written is shown in steps. */
export const STREAM_UPDATE_MS = 1200;
const WRITING = ' …';

/**
 * An answer that can arrive word by word from the LLM. The first words are posted as a message, later ones edit
 * it at most once per interval, and `finish` swaps in the finished answer with its sources and buttons. When no
 * words ever stream (offline answers, refusals), `finish` posts a single message, exactly as without streaming.
 * If the LLM fails midway and the offline answer is used instead, that final edit replaces the partial text, so a
 * reader never keeps half of an answer that was abandoned.
 */
export class StreamedReply {
  private text = '';
  private ts: string | undefined;
  /** Slack calls run one after another, so an edit can never overtake the post it edits. */
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private finished = false;

  constructor(
    private readonly channel: ReplyChannel,
    private readonly logger: Logger,
    private readonly where: string,
    private readonly intervalMs = STREAM_UPDATE_MS,
  ) {}

  readonly onToken = (piece: string): void => {
    if (this.finished) return;
    const first = this.text === '';
    this.text += piece;
    if (first) this.enqueue(() => this.postDraft());
    else this.timer ??= setTimeout(() => this.enqueue(() => this.editDraft()), this.intervalMs);
  };

  async finish(message: SlackMessage): Promise<void> {
    this.finished = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain;
    if (this.ts) {
      try {
        await this.channel.update(this.ts, message);
        return;
      } catch (error) {
        this.logger.warn(`Could not replace the draft answer in ${this.where}, posting it anew:`, error);
      }
    }
    await this.channel.post(message);
  }

  private draft(): SlackMessage {
    return textMessage(`${escapeMrkdwn(this.text)}${WRITING}`, this.text);
  }

  private async postDraft(): Promise<void> {
    const posted = await this.channel.post(this.draft());
    this.ts = posted.ts;
  }

  private async editDraft(): Promise<void> {
    this.timer = undefined;
    if (this.finished || !this.ts) return;
    await this.channel.update(this.ts, this.draft());
  }

  /** A failed draft is logged and skipped: the final message still goes out, as a new post if need be. */
  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((error: unknown) => {
      this.logger.warn(`Could not show the answer being written in ${this.where}:`, error);
    });
  }
}
