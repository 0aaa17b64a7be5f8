import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { calendarFileName, sessionsToIcs } from '../knowledge/calendar-export.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { Logger } from '../logging/logger.js';
import { CALENDAR_ACTION, type CalendarTarget, parseCalendarValue } from '../text/session-actions.js';
import { slackCall } from './slack-call.js';

/**
 * "Add to calendar": the click uploads an .ics file of the session (or of the whole meeting) where the button
 * was, with files.uploadV2 (files.getUploadURLExternal, the upload, files.completeUploadExternal). A file in the
 * conversation works in Socket Mode and HTTP mode alike, and needs no public URL of the app's own.
 */

export interface CalendarFile {
  filename: string;
  title: string;
  content: string;
}

export const SESSION_GONE = 'That session is no longer in the schedule, so there is nothing to add to a calendar.';

export function calendarFile(schedule: Schedule, target: CalendarTarget, now: Date): CalendarFile | undefined {
  if (target.kind === 'meeting') {
    const meeting = schedule.meetings.find((m) => m.key === target.key);
    if (!meeting || meeting.sessions.length === 0) return undefined;
    const sessions = [...meeting.sessions].sort((a, b) => a.start.getTime() - b.start.getTime());
    return {
      filename: calendarFileName(meeting.title),
      title: `${meeting.title} (all sessions)`,
      content: sessionsToIcs(sessions, { name: meeting.title, stamp: now }),
    };
  }
  const session = schedule.sessions.find((s) => s.key === target.key);
  if (!session) return undefined;
  return {
    filename: calendarFileName(session.meetingTitle, session.title),
    title: `${session.title} (${session.meetingTitle})`,
    content: sessionsToIcs([session], { name: session.meetingTitle, stamp: now }),
  };
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export function registerCalendar(app: App, deps: { engine: Engine; logger: Logger }): void {
  app.action<BlockButtonAction>(
    new RegExp(`^${CALENDAR_ACTION}(:|$)`),
    async ({ ack, body, action, client }: ButtonArgs) => {
      await ack();
      const channel = body.channel?.id;
      const user = body.user.id;
      const target = parseCalendarValue(action.value);
      if (!channel || !target) {
        deps.logger.warn(
          `Ignored an Add to calendar click without a channel or with a value this app never sets: "${action.value}"`,
        );
        return;
      }
      const file = calendarFile(deps.engine.schedule(), target, deps.engine.now());
      const threadTs = body.message?.thread_ts ?? body.message?.ts;
      try {
        if (!file) {
          await slackCall('chat.postEphemeral', () => client.chat.postEphemeral({ channel, user, text: SESSION_GONE }));
          return;
        }
        await slackCall('files.uploadV2', () =>
          client.files.uploadV2({
            channel_id: channel,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            filename: file.filename,
            title: file.title,
            content: file.content,
            initial_comment: `<@${user}> here is ${file.title} as a calendar file: open it to add it to your calendar.`,
          }),
        );
      } catch (error) {
        deps.logger.error(`Could not upload the calendar file for ${target.kind} ${target.key} to ${channel}:`, error);
      }
    },
  );
}
