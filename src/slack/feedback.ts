import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ErrorCode, RapporteurError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { FEEDBACK_DOWN, FEEDBACK_UP } from './blocks.js';
import { slackCall } from './slack-call.js';

export interface FeedbackEntry {
  /** When the button was clicked (wall-clock time, not the bot's NOW). */
  at: string;
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

export function registerFeedback(app: App, deps: { store: FeedbackStore; logger: Logger }): void {
  const onVote =
    (vote: FeedbackEntry['vote']) =>
    async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const channel = body.channel?.id;
      const answerTs = body.message?.ts ?? body.container.message_ts;
      try {
        await deps.store.append({
          at: new Date().toISOString(),
          vote,
          questionId: action.value ?? '',
          userId: body.user.id,
          answerTs,
        });
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
        deps.logger.error(`Could not handle ${vote} feedback on ${channel ?? '?'}:${answerTs ?? '?'}:`, error);
      }
    };
  app.action<BlockButtonAction>(FEEDBACK_UP, onVote('up'));
  app.action<BlockButtonAction>(FEEDBACK_DOWN, onVote('down'));
}
