import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  BlockFeedbackButtonsAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { Logger } from '../logging/logger.js';
import type { FeedbackEntry, FeedbackStore } from '../storage/types.js';
import { FEEDBACK_ACTION, FEEDBACK_DOWN, FEEDBACK_UP, parseFeedbackValue } from './blocks.js';
import { slackCall } from './slack-call.js';

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
