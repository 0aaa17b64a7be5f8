import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { describeSession } from '../knowledge/meeting-facts.js';
import type { Logger } from '../logging/logger.js';
import { ASK_SESSION_ACTION_ID } from '../reminders/message.js';
import { originalSessionKey } from '../reminders/rehearsal.js';
import { textMessage } from './blocks.js';
import { escapeMrkdwn } from './slack-text.js';

/**
 * "Ask about this session" on a reminder (src/reminders/message.ts) carries the session key. The clicker gets
 * the session's agenda privately, and is told how to ask more, so one person's click adds nothing to the thread.
 */
export function registerAskSession(app: App, deps: { engine: Engine; logger: Logger }): void {
  app.action<BlockButtonAction>(
    ASK_SESSION_ACTION_ID,
    async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      // A rehearsal reminder carries the re-timed key; the agenda is the real session's.
      const key = originalSessionKey(action.value ?? '');
      const session = deps.engine.schedule().sessions.find((s) => s.key === key);
      const text = session
        ? `${escapeMrkdwn(describeSession(session))}\n\nTo ask more, mention me in this thread, or reply here in a direct message.`
        : 'That session is no longer in the schedule. Try `/meetings next`.';
      await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) }).catch(
        (error: unknown) =>
          deps.logger.error(`Could not answer "Ask about this session" (${action.value}) for ${body.user.id}:`, error),
      );
    },
  );
}
