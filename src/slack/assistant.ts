import { Assistant } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { ordinalWord } from '../knowledge/ordinals.js';
import { type AnswerDeps, answerQuestion, isPersonMessage } from './answer-question.js';
import { ownReplyOf } from './handled-events.js';
import { mostRecentMeeting, nextSession } from './schedule-text.js';
import { plainQuestion, shorten } from './slack-text.js';
import { STREAM_BUFFER_CHARS } from './streamed-reply.js';

export const ASSISTANT_GREETING =
  'Hi! Ask me about the meetings: dates, agendas, speakers and documents. I answer from the meeting documents and show my sources. Say "help" for examples.';
export const ASSISTANT_STATUS = 'is searching the meeting documents…';
export const PROMPTS_TITLE = 'Try asking';
const TITLE_LENGTH = 60;

/** Prompts that fit the corpus at hand: the meeting people are about to attend, or else the latest one. */
export function suggestedPrompts(engine: Engine): Array<{ title: string; message: string }> {
  const schedule = engine.schedule();
  const now = engine.now();
  const upcoming = nextSession(schedule, now)?.meetingNumber;
  const number = upcoming ?? mostRecentMeeting(schedule, now)?.number;
  const prompts = [{ title: 'Next session', message: 'When is the next session?' }];
  if (number !== undefined) {
    const meeting = `the ${ordinalWord(number)} meeting`;
    prompts.push(
      { title: 'Agenda', message: `What is on the agenda of ${meeting}?` },
      { title: 'Speakers', message: `Who spoke at ${meeting}?` },
      { title: 'Documents', message: `Which documents were discussed at ${meeting}?` },
    );
  }
  return prompts;
}

/**
 * The assistant panel of the older assistant messaging view (`assistant_view` in the manifest), which installs made
 * before the agent view keep: a greeting with suggested prompts, then every message in the thread is answered.
 */
export function createAssistant(deps: AnswerDeps): Assistant {
  const { engine, logger } = deps;
  return new Assistant({
    threadStarted: async ({ event, say, setSuggestedPrompts }) => {
      const thread = `${event.assistant_thread.channel_id}:${event.assistant_thread.thread_ts}`;
      try {
        await say(ASSISTANT_GREETING);
        await setSuggestedPrompts({ title: PROMPTS_TITLE, prompts: suggestedPrompts(engine) });
      } catch (error) {
        logger.error(`Could not greet assistant thread ${thread} (chat.postMessage / setSuggestedPrompts):`, error);
      }
    },
    threadContextChanged: async ({ event, saveThreadContext }) => {
      try {
        await saveThreadContext();
      } catch (error) {
        const thread = `${event.assistant_thread.channel_id}:${event.assistant_thread.thread_ts}`;
        logger.error(`Could not save the context of assistant thread ${thread}:`, error);
      }
    },
    userMessage: async ({ message, client, context, setStatus, setTitle, sayStream }) => {
      if (message.subtype !== undefined || !isPersonMessage(message) || !message.thread_ts) return;
      const text = plainQuestion(message.text ?? '', context.botUserId);
      const thread = `${message.channel}:${message.thread_ts}`;
      // Status and title are cosmetic: when Slack refuses them the person still gets an answer.
      await setStatus(ASSISTANT_STATUS).catch((error: unknown) =>
        logger.warn(`assistant.threads.setStatus failed for ${thread}:`, error),
      );
      const titled = setTitle(shorten(text || 'Question', TITLE_LENGTH)).catch((error: unknown) =>
        logger.warn(`assistant.threads.setTitle failed for ${thread}:`, error),
      );
      await answerQuestion(deps, client, context, {
        surface: 'assistant',
        channel: message.channel,
        messageTs: message.ts,
        threadTs: message.thread_ts,
        followsThread: true,
        text,
        stream: () => sayStream({ buffer_size: STREAM_BUFFER_CHARS }),
        ownReply: ownReplyOf(context),
      });
      await titled;
    },
  });
}
