import type { App } from '@slack/bolt';
import { type AnswerDeps, answerQuestion, isPersonMessage } from './answer-question.js';
import { plainQuestion } from './slack-text.js';

/**
 * A direct message at the top of the Messages tab, answered in place like a chat. Replies inside a DM thread,
 * which is what the assistant panel sends, belong to the Assistant (see assistant.ts).
 */
export function registerDirectMessages(app: App, deps: AnswerDeps): void {
  app.event('message', async ({ event, client, context }) => {
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.thread_ts || !isPersonMessage(event))
      return;
    await answerQuestion(deps, client, context, {
      surface: 'dm',
      channel: event.channel,
      messageTs: event.ts,
      followsThread: false,
      text: plainQuestion(event.text ?? '', context.botUserId),
    });
  });
}
