import type { App, webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import type { Logger } from '../logging/logger.js';
import { ASSISTANT_GREETING, PROMPTS_TITLE, suggestedPrompts } from './assistant.js';
import { textMessage } from './blocks.js';
import { slackCall } from './slack-call.js';

/** Nothing in the conversation yet: the person has never written to the bot nor been greeted by it. */
async function isFirstVisit(client: webApi.WebClient, channel: string): Promise<boolean> {
  const history = await slackCall('conversations.history', () => client.conversations.history({ channel, limit: 1 }));
  return (history.messages ?? []).length === 0;
}

/**
 * The agent messaging view, which new apps get: Slack opens the app on its Messages tab, sends app_home_opened
 * with tab "messages", and takes suggested prompts for the tab itself (assistant.threads.setSuggestedPrompts
 * without a thread_ts). The prompts are set on every visit, as the next session moves on; the greeting is posted
 * once, into an empty conversation. Questions there are ordinary DMs (dm.ts). Installs made from the older
 * manifest keep the assistant panel and its assistant_thread_started greeting (assistant.ts).
 */
export function registerAgentView(app: App, deps: { engine: Engine; logger: Logger }): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'messages') return;
    const { channel, user } = event;
    try {
      await slackCall('assistant.threads.setSuggestedPrompts', () =>
        client.assistant.threads.setSuggestedPrompts({
          channel_id: channel,
          title: PROMPTS_TITLE,
          prompts: suggestedPrompts(deps.engine),
        }),
      );
    } catch (error) {
      deps.logger.warn(`Could not set the suggested prompts of ${user}'s Messages tab (${channel}):`, error);
    }
    try {
      if (await isFirstVisit(client, channel)) {
        await slackCall('chat.postMessage', () =>
          client.chat.postMessage({ channel, ...textMessage(ASSISTANT_GREETING) }),
        );
      }
    } catch (error) {
      deps.logger.error(`Could not greet ${user} in their Messages tab (${channel}):`, error);
    }
  });
}
