import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs, types, webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import type { Logger } from '../logging/logger.js';
import type { ReminderPreferences } from '../reminders/preferences.js';
import { sectionBlocks } from './blocks.js';
import { describeReminderSetting } from './reminder-text.js';
import { meetingSummary, mostRecentMeeting, sessionSummary, upcomingSessions } from './schedule-text.js';
import { slackCall } from './slack-call.js';

export const REMINDER_TOGGLE = 'reminders_toggle';
const UPCOMING_LIMIT = 5;

export interface HomeDeps {
  engine: Engine;
  preferences: ReminderPreferences;
  logger: Logger;
  /** REMINDER_LEAD_TIMES, shown when a person has not chosen their own lead time. */
  defaultLeadTimes: string;
}

function scheduleBlocks(engine: Engine): types.KnownBlock[] {
  const schedule = engine.schedule();
  const now = engine.now();
  const upcoming = upcomingSessions(schedule, now, UPCOMING_LIMIT);
  if (upcoming.length > 0) {
    return [...sectionBlocks('*Upcoming sessions*'), ...upcoming.flatMap((s) => sectionBlocks(sessionSummary(s)))];
  }
  const latest = mostRecentMeeting(schedule, now);
  return [
    ...sectionBlocks('*Upcoming sessions*\nNo upcoming sessions are scheduled.'),
    ...(latest ? sectionBlocks(`*Most recent meeting*\n${meetingSummary(latest)}`) : []),
  ];
}

/** The App Home tab: what is coming up (by the engine's clock) and the person's own reminder switch. */
export async function homeView(deps: HomeDeps, userId: string): Promise<types.HomeView> {
  const preference = await deps.preferences.get(userId);
  const target = preference.optedIn ? 'off' : 'on';
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Rapporteur' } },
      ...sectionBlocks(
        'I answer questions about the meetings from their documents and show my sources. Mention me in a channel, or ask me in my Messages tab. Say "help" for examples.',
      ),
      { type: 'divider' },
      ...scheduleBlocks(deps.engine),
      { type: 'divider' },
      {
        type: 'section',
        block_id: 'reminders',
        text: {
          type: 'mrkdwn',
          text: `*Your reminders*\n${describeReminderSetting(preference, deps.defaultLeadTimes)}`,
        },
        accessory: {
          type: 'button',
          action_id: REMINDER_TOGGLE,
          value: target,
          text: { type: 'plain_text', text: target === 'on' ? 'Turn on' : 'Turn off' },
          ...(target === 'on' ? { style: 'primary' as const } : {}),
        },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: 'Choose your own lead time with `/meetings remind on 15` (minutes).' }],
      },
    ],
  };
}

export async function publishHome(client: webApi.WebClient, deps: HomeDeps, userId: string): Promise<void> {
  const view = await homeView(deps, userId);
  await slackCall('views.publish', () => client.views.publish({ user_id: userId, view }));
}

export function registerHome(app: App, deps: HomeDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publishHome(client, deps, event.user).catch((error: unknown) =>
      deps.logger.error(`Could not publish App Home for ${event.user}:`, error),
    );
  });

  app.action<BlockButtonAction>(
    REMINDER_TOGGLE,
    async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const userId = body.user.id;
      try {
        const current = await deps.preferences.get(userId);
        await deps.preferences.set(userId, { ...current, optedIn: action.value === 'on' });
        await publishHome(client, deps, userId);
      } catch (error) {
        deps.logger.error(`Could not turn reminders ${action.value} for ${userId} from App Home:`, error);
      }
    },
  );
}
