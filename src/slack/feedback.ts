import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  BlockFeedbackButtonsAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { ErrorCode, RapporteurError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { FEEDBACK_ACTION, FEEDBACK_DOWN, FEEDBACK_UP, parseFeedbackValue } from './blocks.js';
import { slackCall } from './slack-call.js';

/**
 * One click. A person may click 👍 and then 👎 on the same answer: every click is kept, and the one with the latest
 * `clickedAt` is their vote (lines can land out of order when two clicks are handled at once).
 */
export interface FeedbackEntry {
  /** When the click was recorded (wall-clock time, not the bot's NOW). */
  at: string;
  /** Slack's action_ts: when the person clicked, by Slack's clock. */
  clickedAt?: string;
  vote: 'up' | 'down';
  /** `channel:ts` of the question, as carried in the button's value. */
  questionId: string;
  userId: string;
  /** The answer message the button sits on. */
  answerTs?: string;
}

export interface FeedbackStore {
  append(entry: FeedbackEntry): Promise<void>;
}

/** One JSON line per vote: append-only, so concurrent clicks never rewrite each other and the eval can read it. */
export class JsonlFeedbackStore implements FeedbackStore {
  constructor(private readonly file: string) {}

  async append(entry: FeedbackEntry): Promise<void> {
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(entry)}\n`, 'utf8');
    } catch (error) {
      throw new RapporteurError(ErrorCode.StorageFailed, `Could not record feedback in ${this.file}`, { cause: error });
    }
  }
}

export const FEEDBACK_THANKS = 'Thanks for the feedback.';

type FeedbackArgs<A extends BlockAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

export function registerFeedback(app: App, deps: { store: FeedbackStore; logger: Logger }): void {
  const record = async (
    { ack, body, client }: FeedbackArgs<BlockAction>,
    click: { vote: FeedbackEntry['vote']; questionId: string; clickedAt: string },
  ) => {
    await ack();
    const channel = body.channel?.id;
    const answerTs = body.message?.ts ?? body.container.message_ts;
    try {
      await deps.store.append({ at: new Date().toISOString(), ...click, userId: body.user.id, answerTs });
      if (channel) {
        const threadTs = body.message?.thread_ts;
        await slackCall('chat.postEphemeral', () =>
          client.chat.postEphemeral({
            channel,
            user: body.user.id,
            text: FEEDBACK_THANKS,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          }),
        );
      }
    } catch (error) {
      deps.logger.error(`Could not handle ${click.vote} feedback on ${channel ?? '?'}:${answerTs ?? '?'}:`, error);
    }
  };

  app.action<BlockFeedbackButtonsAction>(FEEDBACK_ACTION, async (args: FeedbackArgs<BlockFeedbackButtonsAction>) => {
    const parsed = parseFeedbackValue(args.action.value);
    if (!parsed) {
      await args.ack();
      deps.logger.warn(`Ignored a feedback click with a value this app never sets: "${args.action.value}"`);
      return;
    }
    await record(args, { ...parsed, clickedAt: args.action.action_ts });
  });
  const legacy = (vote: FeedbackEntry['vote']) => async (args: FeedbackArgs<BlockButtonAction>) =>
    record(args, { vote, questionId: args.action.value ?? '', clickedAt: args.action.action_ts });
  app.action<BlockButtonAction>(FEEDBACK_UP, legacy('up'));
  app.action<BlockButtonAction>(FEEDBACK_DOWN, legacy('down'));
}
