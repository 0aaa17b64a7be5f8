import type { App } from '@slack/bolt';
import { type AnswerDeps, answerQuestion, isPersonMessage } from './answer-question.js';
import { ownReplyOf } from './handled-events.js';
import { plainQuestion } from './slack-text.js';
import { STREAM_BUFFER_CHARS } from './streamed-reply.js';

/** `@Rapporteur …` in a channel: answered in the message's thread, or in a new thread under it. */
export function registerMention(app: App, deps: AnswerDeps): void {
  app.event('app_mention', async ({ event, client, context, sayStream }) => {
    if (!isPersonMessage(event)) return;
    await answerQuestion(deps, client, context, {
      surface: 'mention',
      channel: event.channel,
      messageTs: event.ts,
      threadTs: event.thread_ts ?? event.ts,
      followsThread: Boolean(event.thread_ts),
      text: plainQuestion(event.text, context.botUserId),
      stream: () => sayStream({ buffer_size: STREAM_BUFFER_CHARS }),
      ownReply: ownReplyOf(context),
    });
  });
}
