import type { webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import type { Turn } from '../answer/types.js';
import { QuestionError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { answerSeconds, questionsTotal, refusalsTotal } from '../ops/metrics.js';
import { answerMessage, answerTail, type SlackMessage, textMessage } from './blocks.js';
import type { OwnReply } from './handled-events.js';
import { withCommands } from './help-text.js';
import { slackCall } from './slack-call.js';
import { escapeMrkdwn } from './slack-text.js';
import {
  type ChatStream,
  DraftReply,
  NativeStreamReply,
  OwnedReply,
  type Reply,
  type ReplyChannel,
  ReplyTakenOver,
} from './streamed-reply.js';
import { type BotIdentity, threadHistory } from './thread-history.js';

export const FAILURE_TEXT = 'Sorry, something went wrong while answering. The team has been told.';

export interface AnswerDeps {
  engine: Engine;
  logger: Logger;
}

export interface IncomingQuestion {
  /** Where the question was asked, for the log line when answering fails. */
  surface: 'mention' | 'dm' | 'assistant';
  channel: string;
  /** ts of the person's message; with the channel it identifies the question for feedback. */
  messageTs: string;
  /** Where the answer goes; absent for a reply at the top of a DM. */
  threadTs?: string;
  /** True when the message is itself a reply in a thread, so earlier turns give it context. */
  followsThread: boolean;
  text: string;
  /**
   * Bolt's `sayStream` for a reply in a thread: it streams with chat.startStream and passes the recipient team
   * and user that Slack requires outside DMs. Without it (a reply at the top of a DM) the draft is posted and edited.
   */
  stream?: () => ChatStream;
  /** Settles, just before the first reply, that this instance is the one to answer (see handled-events.ts). */
  ownReply?: OwnReply;
}

/** Bots (ours included), edits, joins and other subtypes are never questions. */
export function isPersonMessage(event: { subtype?: string; bot_id?: string; user?: string }): boolean {
  return event.subtype === undefined && !event.bot_id && typeof event.user === 'string';
}

/** Without the thread a follow-up is answered as asked, which beats no answer when Slack refuses the history. */
async function earlierTurns(
  deps: AnswerDeps,
  client: webApi.WebClient,
  bot: BotIdentity,
  question: IncomingQuestion,
  threadTs: string,
): Promise<Turn[]> {
  try {
    return await threadHistory(client, { channel: question.channel, threadTs, messageTs: question.messageTs }, bot);
  } catch (error) {
    deps.logger.warn(`Answering ${question.channel}:${question.messageTs} without its thread history:`, error);
    return [];
  }
}

/**
 * The one path from a person's message to the bot's reply, shared by mentions, DMs and the assistant panel.
 * It never throws: a bad question gets its own explanation, anything else a short apology and an error log.
 */
export async function answerQuestion(
  deps: AnswerDeps,
  client: webApi.WebClient,
  bot: BotIdentity,
  question: IncomingQuestion,
): Promise<void> {
  const { channel, messageTs, threadTs } = question;
  const where = `${channel}:${messageTs}`;
  const replyChannel: ReplyChannel = {
    post: (message: SlackMessage) =>
      slackCall('chat.postMessage', () =>
        client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...message }),
      ),
    update: (ts: string, message: SlackMessage) =>
      slackCall('chat.update', () => client.chat.update({ channel, ts, ...message })),
  };
  const draft = new DraftReply(replyChannel, deps.logger, where);
  const written: Reply =
    question.stream && threadTs
      ? new NativeStreamReply(question.stream, draft, replyChannel, deps.logger, where)
      : draft;
  const reply = question.ownReply ? new OwnedReply(written, question.ownReply, where) : written;
  try {
    const history = question.followsThread && threadTs ? await earlierTurns(deps, client, bot, question, threadTs) : [];
    // The engine condenses a follow-up ("and the afternoon?") against the history itself; a thread holding
    // only the bot's greeting has nothing to condense against.
    const context = history.some((turn) => turn.role === 'user') ? { history } : {};
    const timer = answerSeconds.startTimer({ surface: question.surface });
    const asked = await deps.engine.ask(question.text, { ...context, onToken: reply.onToken });
    timer();
    questionsTotal.inc({ intent: asked.intent, outcome: asked.answered ? 'answered' : 'declined' });
    if (!asked.answered) refusalsTotal.inc({ reason: 'not_in_documents' });
    const answer = asked.intent === 'help' ? withCommands(asked) : asked;
    const options = { questionId: where, symbolUrlTemplate: deps.engine.schedule().symbolUrlTemplate };
    await reply.finish({
      message: answerMessage(answer, options),
      answerText: answer.answer,
      tail: answerTail(answer, options),
    });
  } catch (error) {
    if (error instanceof ReplyTakenOver) {
      deps.logger.info(`${error.message} (this instance was slow)`);
      return;
    }
    const notice = error instanceof QuestionError ? error.message : FAILURE_TEXT;
    questionsTotal.inc({ intent: 'none', outcome: error instanceof QuestionError ? 'invalid' : 'failed' });
    if (error instanceof QuestionError) refusalsTotal.inc({ reason: 'invalid_question' });
    else {
      deps.logger.error(`Could not answer the ${question.surface} message ${channel}:${messageTs}:`, error);
    }
    await reply.finish({ message: textMessage(escapeMrkdwn(notice), notice) }).catch((postError: unknown) => {
      if (!(postError instanceof ReplyTakenOver)) {
        deps.logger.error(`Could not tell ${channel}:${messageTs} that answering failed:`, postError);
      }
    });
  }
}
