import type { webApi } from '@slack/bolt';
import type { Turn } from '../answer/types.js';
import { slackCall } from './slack-call.js';
import { plainQuestion } from './slack-text.js';

/** Follow-ups lean on the last few exchanges; older turns only add noise and prompt length. */
const HISTORY_MESSAGES = 10;
/** conversations.replies pages from the oldest reply; one large page holds any thread people actually keep. */
const REPLIES_PAGE = 200;

export interface ThreadRef {
  channel: string;
  threadTs: string;
  /** The message being answered; it and anything after it are not history. */
  messageTs: string;
}

export interface BotIdentity {
  botUserId?: string;
  botId?: string;
}

/** Earlier turns of a thread, oldest first: the bot's own messages as the assistant, people as the user. */
export async function threadHistory(client: webApi.WebClient, thread: ThreadRef, bot: BotIdentity): Promise<Turn[]> {
  const result = await slackCall('conversations.replies', () =>
    client.conversations.replies({
      channel: thread.channel,
      ts: thread.threadTs,
      latest: thread.messageTs,
      inclusive: false,
      limit: REPLIES_PAGE,
    }),
  );
  const turns: Turn[] = [];
  for (const message of result.messages ?? []) {
    if (!message.ts || Number(message.ts) >= Number(thread.messageTs)) continue;
    const fromUs = (bot.botUserId && message.user === bot.botUserId) || (bot.botId && message.bot_id === bot.botId);
    // Other bots' posts (reminders from elsewhere, integrations) are not part of this conversation.
    if (!fromUs && (message.bot_id || !message.user)) continue;
    const text = plainQuestion(message.text ?? '', bot.botUserId);
    if (text) turns.push({ role: fromUs ? 'assistant' : 'user', text });
  }
  return turns.slice(-HISTORY_MESSAGES);
}
