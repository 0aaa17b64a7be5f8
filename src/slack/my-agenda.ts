import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import { DateTime } from 'luxon';
import type { Engine } from '../answer/engine.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { Logger } from '../logging/logger.js';
import type { SessionFollows } from '../reminders/follows.js';
import type { ReminderPreferences } from '../reminders/preferences.js';
import { FOLLOW_ACTION } from '../text/session-actions.js';
import { slackCall } from './slack-call.js';
import { escapeMrkdwn } from './slack-text.js';

/**
 * A person's own agenda: the sessions they follow, in their own time zone (users.info `tz`), with the meeting's
 * zone beside it. Following a session also plans a personal reminder at their lead time (see planner.ts).
 */

export interface FollowDeps {
  engine: Pick<Engine, 'schedule' | 'now'>;
  follows: SessionFollows;
  preferences: ReminderPreferences;
  logger: Logger;
  /** REMINDER_LEAD_TIMES, for the confirmation when a person has no lead of their own. */
  defaultLeadTimes: string;
}

/** "my agenda" in a DM, or `/meetings my`. */
export const MY_AGENDA = /^\s*(?:show\s+)?my\s+(?:agenda|sessions|schedule)\s*[?.!]?\s*$/i;

export const NOTHING_FOLLOWED =
  'You follow no sessions yet. Press *Follow* on a reminder, an answer about a session or `/meetings agenda`.';

export function myAgendaText(schedule: Schedule, keys: string[], zone: string, now: Date): string {
  if (keys.length === 0) return NOTHING_FOLLOWED;
  const byKey = new Map(schedule.sessions.map((s) => [s.key, s]));
  const sessions = keys
    .map((k) => byKey.get(k))
    .filter((s) => s !== undefined)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const gone = keys.length - sessions.length;
  const lines = sessions.map((s) => {
    const start = DateTime.fromJSDate(s.start, { zone });
    const end = s.end ? `–${DateTime.fromJSDate(s.end, { zone }).toFormat('HH:mm')}` : '';
    const meetingZone = DateTime.fromJSDate(s.start, { zone: s.timezone }).toFormat("HH:mm '('z')'");
    const state = s.status === 'cancelled' ? ' _(cancelled)_' : s.start < now ? ' _(past)_' : '';
    return `• ${start.toFormat('ccc d LLL yyyy, HH:mm')}${end}: *${escapeMrkdwn(s.title)}*, ${escapeMrkdwn(s.meetingTitle)}${s.room ? `, ${escapeMrkdwn(s.room)}` : ''} (meeting time ${meetingZone})${state}`;
  });
  const note = gone ? `\n_${gone} followed session${gone === 1 ? ' is' : 's are'} no longer in the schedule._` : '';
  return `*Your agenda* (times in ${escapeMrkdwn(zone)}):\n${lines.join('\n')}${note}`;
}

/** The person's zone from Slack; UTC when Slack cannot say, and the reply says which zone it used. */
export async function userZone(client: webApi.WebClient, userId: string, logger: Logger): Promise<string> {
  try {
    const { user } = await slackCall('users.info', () => client.users.info({ user: userId }));
    const tz = user?.tz;
    return tz && DateTime.local().setZone(tz).isValid ? tz : 'UTC';
  } catch (error) {
    logger.warn(`Could not read the time zone of ${userId}; showing their agenda in UTC:`, error);
    return 'UTC';
  }
}

export async function myAgenda(deps: FollowDeps, client: webApi.WebClient, userId: string): Promise<string> {
  const zone = await userZone(client, userId, deps.logger);
  return myAgendaText(deps.engine.schedule(), await deps.follows.followedBy(userId), zone, deps.engine.now());
}

async function leadText(deps: FollowDeps, userId: string): Promise<string> {
  const lead = (await deps.preferences.get(userId)).leadMinutes;
  return lead ? `${lead} minutes before it starts` : `before it starts (lead times: ${deps.defaultLeadTimes})`;
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export function registerFollow(app: App, deps: FollowDeps): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${FOLLOW_ACTION}(:|$)`),
    async ({ ack, body, action, client }: ButtonArgs) => {
      await ack();
      const user = body.user.id;
      const key = action.value ?? '';
      const session = deps.engine.schedule().sessions.find((s) => s.key === key);
      let text: string;
      try {
        if (!session) text = 'That session is no longer in the schedule.';
        else if (await deps.follows.follow(user, key))
          text = `You follow *${escapeMrkdwn(session.title)}* (${escapeMrkdwn(session.meetingTitle)}). I will remind you by direct message ${await leadText(deps, user)}. Say "my agenda" to me, or use \`/meetings my\`, to see what you follow.`;
        else {
          await deps.follows.unfollow(user, key);
          text = `You no longer follow *${escapeMrkdwn(session.title)}*; its personal reminder is cancelled.`;
        }
      } catch (error) {
        deps.logger.error(`Could not record that ${user} follows ${key}:`, error);
        text = 'Sorry, I could not record that. Please try again in a moment.';
      }
      const channel = body.channel?.id;
      if (!channel) return;
      await slackCall('chat.postEphemeral', () => client.chat.postEphemeral({ channel, user, text })).catch(
        (error: unknown) => deps.logger.error(`Could not confirm a follow to ${user} in ${channel}:`, error),
      );
    },
  );
}
