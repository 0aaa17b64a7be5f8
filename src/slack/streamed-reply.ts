import type { types, webApi } from '@slack/bolt';
import type { Logger } from '../logging/logger.js';
import { type SlackMessage, textMessage } from './blocks.js';
import { slackCall } from './slack-call.js';
import { escapeMrkdwn } from './slack-text.js';

export interface ReplyChannel {
  post(message: SlackMessage): Promise<{ ts?: string }>;
  update(ts: string, message: SlackMessage): Promise<unknown>;
}

/** How a reply ends. */
export interface FinalReply {
  /** The whole reply as one message: what is posted, or what replaces a stream that is not the answer. */
  message: SlackMessage;
  /** The answer's text; when it is what was streamed, the streamed message is kept and only `tail` is added. */
  answerText?: string;
  /** Blocks that go under streamed text (sources, feedback buttons). */
  tail?: types.KnownBlock[];
}

/** An answer that may arrive word by word from the LLM: `onToken` for each piece, then `finish` once. */
export interface Reply {
  readonly onToken: (piece: string) => void;
  finish(final: FinalReply): Promise<void>;
}

/** chat.update is rate-limited per channel (about one a second), so the text being written is shown in steps. */
export const STREAM_UPDATE_MS = 1200;
/** Characters the Slack stream helper gathers before a chat.appendStream call; its default is 256. */
export const STREAM_BUFFER_CHARS = 128;
const WRITING = ' …';

/**
 * The reply where Slack's streaming API is not used (a reply at the top of a DM) or is refused: the first words
 * are posted as a message, later ones edit it at most once per interval, and `finish` swaps in the finished
 * answer with its sources and buttons. When no words ever stream (offline answers, refusals), `finish` posts a
 * single message, exactly as without streaming. If the LLM fails midway and the offline answer is used instead,
 * that final edit replaces the partial text, so a reader never keeps half of an answer that was abandoned.
 */
export class DraftReply implements Reply {
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

  async finish({ message }: FinalReply): Promise<void> {
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

/** What Bolt's `sayStream()` returns (web-api's ChatStreamer): chat.startStream, appendStream, stopStream. */
export type ChatStream = Pick<webApi.ChatStreamer, 'append' | 'stop' | 'ts'>;

/**
 * A thread reply written with Slack's streaming API (chat.startStream / appendStream / stopStream). The first
 * piece starts the stream at once; later pieces go out in buffered steps. When the streamed text is the answer,
 * stopping the stream adds the sources and feedback buttons under it. When it is not (the LLM broke off and the
 * offline answer is used, or answering failed), the stream is stopped and the message edited into the final
 * answer. Where the workspace refuses chat.startStream, the reply falls back to posting and editing a draft.
 */
export class NativeStreamReply implements Reply {
  private stream: ChatStream | undefined;
  private streamed = '';
  private refused = false;
  /** An appendStream call failed: the streamed text has a gap, so it cannot stand as the answer. */
  private broken = false;
  private chain: Promise<void> = Promise.resolve();
  private finished = false;

  constructor(
    private readonly open: () => ChatStream,
    private readonly fallback: DraftReply,
    private readonly channel: ReplyChannel,
    private readonly logger: Logger,
    private readonly where: string,
  ) {}

  readonly onToken = (piece: string): void => {
    if (this.finished) return;
    // Pieces are handled in order, each after the previous call, so the stream is never started twice.
    this.chain = this.chain
      .then(() => this.write(piece))
      .catch((error: unknown) => {
        this.broken = true;
        this.logger.warn(`Could not stream the answer being written in ${this.where}:`, error);
      });
  };

  async finish(final: FinalReply): Promise<void> {
    this.finished = true;
    await this.chain;
    const stream = this.stream;
    if (!stream?.ts) {
      await this.fallback.finish(final);
      return;
    }
    const whole = !this.broken && final.answerText !== undefined && final.answerText.trim() === this.streamed.trim();
    try {
      await slackCall('chat.stopStream', () => stream.stop(whole && final.tail ? { blocks: final.tail } : {}));
      if (whole) return;
    } catch (error) {
      this.logger.warn(`Could not stop the answer stream in ${this.where}:`, error);
    }
    try {
      await this.channel.update(stream.ts, final.message);
    } catch (error) {
      this.logger.warn(`Could not replace the streamed answer in ${this.where}, posting it anew:`, error);
      await this.channel.post(final.message);
    }
  }

  private async write(piece: string): Promise<void> {
    if (this.refused) {
      this.fallback.onToken(piece);
      return;
    }
    if (this.broken) return;
    if (this.stream) {
      await slackCall('chat.appendStream', () => (this.stream as ChatStream).append({ markdown_text: piece }));
      this.streamed += piece;
      return;
    }
    const stream = this.open();
    try {
      // A chunk, unlike markdown_text, is sent at once: the first words appear without waiting for the buffer.
      await slackCall('chat.startStream', () => stream.append({ chunks: [{ type: 'markdown_text', text: piece }] }));
      this.stream = stream;
      this.streamed = piece;
    } catch (error) {
      this.refused = true;
      this.logger.warn(
        `Slack refused the streaming API in ${this.where}; writing the answer by post and update:`,
        error,
      );
      this.fallback.onToken(piece);
    }
  }
}

/** Thrown instead of replying when another instance took the message over: it replies, this one must not. */
export class ReplyTakenOver extends Error {
  constructor(where: string) {
    super(`Another instance took ${where} over; leaving the reply to it`);
    this.name = 'ReplyTakenOver';
  }
}

/**
 * A reply that goes out only once `own` settles that this instance is the one to answer: the first piece or
 * the final message waits for it, and neither goes out when it says no.
 */
export class OwnedReply implements Reply {
  private owned: Promise<boolean> | undefined;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly inner: Reply,
    private readonly own: () => Promise<boolean>,
    private readonly where: string,
  ) {}

  readonly onToken = (piece: string): void => {
    // Pieces wait in order behind the one check, so none overtakes another.
    this.chain = this.chain.then(async () => {
      if (await this.mine()) this.inner.onToken(piece);
    });
  };

  async finish(final: FinalReply): Promise<void> {
    await this.chain;
    if (!(await this.mine())) throw new ReplyTakenOver(this.where);
    await this.inner.finish(final);
  }

  private mine(): Promise<boolean> {
    this.owned ??= this.own();
    return this.owned;
  }
}
