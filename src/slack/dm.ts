import type { App } from '@slack/bolt';
import { type AnswerDeps, answerQuestion, FAILURE_TEXT, isPersonMessage } from './answer-question.js';
import { ownReplyOf } from './handled-events.js';
import { type FollowDeps, MY_AGENDA, myAgenda } from './my-agenda.js';
import { slackCall } from './slack-call.js';
import { plainQuestion } from './slack-text.js';

/**
 * A direct message at the top of the Messages tab, answered in place like a chat. Replies inside a DM thread,
 * which is what the assistant panel sends, belong to the Assistant (see assistant.ts).
 */
export function registerDirectMessages(app: App, deps: AnswerDeps, follow: FollowDeps): void {
  app.event('message', async ({ event, client, context }) => {
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.thread_ts || !isPersonMessage(event))
      return;
    const text = plainQuestion(event.text ?? '', context.botUserId);
    // "my agenda" is the person's own list, not a question about the documents.
    if (MY_AGENDA.test(text)) {
      const agenda = await myAgenda(follow, client, event.user).catch((error: unknown) => {
        deps.logger.error(`Could not list the agenda of ${event.user}:`, error);
        return FAILURE_TEXT;
      });
      await slackCall('chat.postMessage', () =>
        client.chat.postMessage({ channel: event.channel, text: agenda }),
      ).catch((error: unknown) => deps.logger.error(`Could not send ${event.user} their agenda:`, error));
      return;
    }
    await answerQuestion(deps, client, context, {
      surface: 'dm',
      channel: event.channel,
      messageTs: event.ts,
      followsThread: false,
      text,
      ownReply: ownReplyOf(context),
    });
  });
}
