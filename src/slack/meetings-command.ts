import type { App, types, webApi } from '@slack/bolt';
import type { Engine } from '../answer/engine.js';
import { extractSymbols, symbolUrl } from '../knowledge/doc-symbols.js';
import { describeSession, meetingLabel } from '../knowledge/meeting-facts.js';
import { ordinalToNumber } from '../knowledge/ordinals.js';
import type { Meeting } from '../knowledge/schedule.js';
import type { Logger } from '../logging/logger.js';
import type { SessionFollows } from '../reminders/follows.js';
import type { ReminderPreferences } from '../reminders/preferences.js';
import { foldText } from '../retrieval/tokenize.js';
import { calendarButton, followButton, MAX_ACTIONS } from '../text/session-actions.js';
import { FAILURE_TEXT } from './answer-question.js';
import { MAX_MESSAGE_BLOCKS, type SlackMessage, textMessage } from './blocks.js';
import { MEETINGS_COMMANDS, withCommands } from './help-text.js';
import { myAgenda } from './my-agenda.js';
import { describeReminderSetting } from './reminder-text.js';
import { meetingSource, meetingSummary, mostRecentMeeting, nextSession, sessionSummary } from './schedule-text.js';
import { slackCall } from './slack-call.js';
import { escapeMrkdwn, mrkdwnLink } from './slack-text.js';

export const MEETINGS_COMMAND = '/meetings';
const MAX_LEAD_MINUTES = 7 * 24 * 60;
const MAX_CITATIONS = 5;

export interface MeetingsCommandDeps {
  engine: Engine;
  preferences: ReminderPreferences;
  logger: Logger;
  /** REMINDER_LEAD_TIMES, shown when a person has not chosen their own lead time. */
  defaultLeadTimes: string;
  /** ADMIN_USER_IDS: besides workspace admins and owners, who may run commands that affect everyone. */
  adminUserIds?: string[];
  /** Who follows which session: `/meetings my` lists a person's. */
  follows: SessionFollows;
}

export interface CommandReply extends SlackMessage {
  /** Schedule and document answers help the whole channel; settings and help concern only the caller. */
  response_type: 'ephemeral' | 'in_channel';
}

export const MEETINGS_HELP = `${MEETINGS_COMMANDS}\nFor anything else, mention me in a channel or send me a direct message.`;

const ephemeral = (mrkdwn: string): CommandReply => ({ response_type: 'ephemeral', ...textMessage(mrkdwn) });
const inChannel = (mrkdwn: string): CommandReply => ({ response_type: 'in_channel', ...textMessage(mrkdwn) });

function noUpcoming(deps: MeetingsCommandDeps): string {
  const latest = mostRecentMeeting(deps.engine.schedule(), deps.engine.now());
  return `No upcoming sessions are scheduled.${latest ? `\nMost recent meeting: ${meetingSummary(latest)}` : ''}`;
}

function next(deps: MeetingsCommandDeps): CommandReply {
  const session = nextSession(deps.engine.schedule(), deps.engine.now());
  return inChannel(session ? `Next session:\n${sessionSummary(session)}` : noUpcoming(deps));
}

function parseMeetingNumber(word: string): number | undefined {
  return /^\d{1,3}$/.test(word) ? Number(word) : ordinalToNumber(word);
}

function meetingsTitled(meetings: Meeting[], words: string): Meeting[] {
  const wanted = foldText(words).split(/\s+/).filter(Boolean);
  return meetings.filter((m) => {
    const title = foldText(m.title).split(/[^a-z0-9]+/);
    return wanted.every((w) => title.includes(w));
  });
}

function agenda(deps: MeetingsCommandDeps, which: string | undefined): CommandReply {
  const schedule = deps.engine.schedule();
  const now = deps.engine.now();
  let meeting: Meeting | undefined;
  if (which) {
    const number = parseMeetingNumber(which);
    // A meeting a calendar names has no number: "/meetings agenda spring" finds it by a word of its title.
    const named = number === undefined ? meetingsTitled(schedule.meetings, which) : [];
    if (number === undefined && named.length !== 1)
      return ephemeral(
        `"${escapeMrkdwn(which)}" is not a meeting number${named.length > 1 ? ' and names several meetings' : ' or a word of a meeting title'}. Try \`/meetings agenda 12\`.`,
      );
    meeting = number === undefined ? named[0] : schedule.byNumber.get(number);
    if (!meeting) return ephemeral(`I have no record of meeting ${number}.`);
  } else {
    const upcoming = nextSession(schedule, now)?.meetingNumber;
    meeting =
      (upcoming !== undefined ? schedule.byNumber.get(upcoming) : undefined) ?? mostRecentMeeting(schedule, now);
    if (!meeting) return ephemeral('I have no meetings on record.');
  }
  const heading = `*Agenda of ${meetingLabel(meeting)}* (${meetingSource(meeting)})`;
  if (meeting.sessions.length === 0) return inChannel(`${heading}\nNo agenda is recorded for this meeting.`);
  const sessions = meeting.sessions.map((s) => escapeMrkdwn(describeSession(s)));
  const reply = inChannel([heading, ...sessions].join('\n\n'));
  // The whole meeting as one .ics: every session in a person's calendar with one click.
  const actions: types.KnownBlock = {
    type: 'actions',
    block_id: 'agenda_calendar',
    elements: [
      calendarButton({ kind: 'meeting', key: meeting.key }, 'Add the whole meeting to calendar'),
      ...meeting.sessions.slice(0, MAX_ACTIONS - 1).map((s) => followButton(s.key, `Follow: ${s.title}`)),
    ],
  };
  reply.blocks = [...reply.blocks.slice(0, MAX_MESSAGE_BLOCKS - 1), actions];
  return reply;
}

function doc(deps: MeetingsCommandDeps, symbol: string | undefined): CommandReply {
  if (!symbol) return ephemeral('Which document? Try `/meetings doc A/RES/68/4`.');
  const info = deps.engine.lookupSymbol(symbol);
  const schedule = deps.engine.schedule();
  if (!info) {
    const template = schedule.symbolUrlTemplate;
    const url = template ? symbolUrl(symbol, template) : undefined;
    return ephemeral(
      `The meeting documents never cite ${escapeMrkdwn(symbol)}.${url ? ` The official copy may be at ${mrkdwnLink(url, url)}.` : ''}`,
    );
  }
  const citations = info.citations.slice(0, MAX_CITATIONS).map((c) => {
    const meeting = c.meetingNumber !== undefined ? schedule.byNumber.get(c.meetingNumber) : undefined;
    return `• ${meeting ? `${meetingLabel(meeting)}: ` : ''}${escapeMrkdwn(c.title)} (\`${c.path}\`)`;
  });
  const more = info.citations.length > MAX_CITATIONS ? `\n…and ${info.citations.length - MAX_CITATIONS} more` : '';
  return inChannel(
    [
      `*${info.url ? mrkdwnLink(info.url, info.symbol) : escapeMrkdwn(info.symbol)}*${info.title ? `: ${escapeMrkdwn(info.title)}` : ''}`,
      citations.length ? `Cited in:\n${citations.join('\n')}${more}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

async function remind(deps: MeetingsCommandDeps, userId: string, args: string[]): Promise<CommandReply> {
  const [choice, minutesText] = args;
  const current = await deps.preferences.get(userId);
  if (choice === 'off') {
    await deps.preferences.set(userId, { ...current, optedIn: false });
  } else if (choice === 'on') {
    let leadMinutes = current.leadMinutes;
    if (minutesText !== undefined) {
      const minutes = /^\d+$/.test(minutesText) ? Number(minutesText) : Number.NaN;
      if (!(minutes >= 1 && minutes <= MAX_LEAD_MINUTES)) {
        return ephemeral(
          `Give the minutes as a whole number from 1 to ${MAX_LEAD_MINUTES}, e.g. \`/meetings remind on 15\`.`,
        );
      }
      leadMinutes = minutes;
    }
    await deps.preferences.set(userId, { optedIn: true, ...(leadMinutes !== undefined ? { leadMinutes } : {}) });
  } else if (choice !== undefined) {
    return ephemeral('Use `/meetings remind on [minutes]` or `/meetings remind off`.');
  }
  return ephemeral(describeReminderSetting(await deps.preferences.get(userId), deps.defaultLeadTimes));
}

/**
 * The reply to `/meetings <text>` from `userId` for the lookups (next, agenda, doc, remind). Every answer is a
 * lookup, no search; only `remind` waits, on the preference store. `help` and `reload` need the engine and are answered by the command handler.
 */
export async function meetingsReply(deps: MeetingsCommandDeps, userId: string, text: string): Promise<CommandReply> {
  const [sub = '', ...args] = text.trim().split(/\s+/).filter(Boolean);
  switch (sub.toLowerCase()) {
    case 'next':
      return next(deps);
    case 'agenda':
      return agenda(deps, args.join(' ') || undefined);
    case 'doc': {
      // "resolution 68/4" and "A/RES/68/4" name the same document.
      const raw = args.join(' ');
      return doc(deps, extractSymbols(raw)[0]?.symbol ?? (raw || undefined));
    }
    case 'remind':
      return remind(
        deps,
        userId,
        args.map((a) => a.toLowerCase()),
      );
    default:
      return ephemeral(`I don't know \`${escapeMrkdwn(sub)}\`.\n${MEETINGS_HELP}`);
  }
}

export const RELOAD_REFUSED =
  'Only workspace admins (or the people in ADMIN_USER_IDS) can reload the knowledge folder, because it changes the answers everyone gets.';

/**
 * Admins are the people in ADMIN_USER_IDS and Slack's workspace admins and owners (users.info). When Slack cannot
 * say, the answer is no: reloading is never granted by a failed lookup.
 */
async function isAdmin(deps: MeetingsCommandDeps, client: webApi.WebClient, userId: string): Promise<boolean> {
  if (deps.adminUserIds?.includes(userId)) return true;
  try {
    const { user } = await slackCall('users.info', () => client.users.info({ user: userId }));
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (error) {
    deps.logger.warn(`Could not check whether ${userId} is a workspace admin; treating them as not one:`, error);
    return false;
  }
}

/**
 * `/meetings help`: the engine's own help, with example questions from the corpus, then the commands. Its
 * answer to "help" is that help (intent 'help'); anything else would mean the engine changed, so the bare
 * command list is the reply then.
 */
async function help(deps: MeetingsCommandDeps): Promise<CommandReply> {
  const answer = await deps.engine.ask('help');
  return ephemeral(answer.intent === 'help' ? escapeMrkdwn(withCommands(answer).answer) : MEETINGS_HELP);
}

/** `/meetings reload`: affects every answer, so admins only; everyone else gets a private refusal. */
async function reload(deps: MeetingsCommandDeps, client: webApi.WebClient, userId: string): Promise<CommandReply> {
  if (!(await isAdmin(deps, client, userId))) {
    deps.logger.warn(`Refused /meetings reload for ${userId}: not an admin`);
    return ephemeral(RELOAD_REFUSED);
  }
  deps.logger.info(`Reloading the knowledge folder for ${userId}`);
  const stats = await deps.engine.reload();
  return ephemeral(`Knowledge reloaded: ${stats.documents} documents, ${stats.chunks} chunks.`);
}

export function registerMeetingsCommand(app: App, deps: MeetingsCommandDeps): void {
  app.command(MEETINGS_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    let reply: CommandReply;
    try {
      const sub = command.text.trim().split(/\s+/)[0]?.toLowerCase() || 'help';
      reply =
        sub === 'reload'
          ? await reload(deps, client, command.user_id)
          : sub === 'my'
            ? ephemeral(await myAgenda(deps, client, command.user_id))
            : sub === 'help'
              ? await help(deps)
              : await meetingsReply(deps, command.user_id, command.text);
    } catch (error) {
      deps.logger.error(`Could not answer "${MEETINGS_COMMAND} ${command.text}" for ${command.user_id}:`, error);
      reply = ephemeral(FAILURE_TEXT);
    }
    await respond(reply).catch((error: unknown) =>
      deps.logger.error(`Could not send the ${MEETINGS_COMMAND} reply to its response_url:`, error),
    );
  });
}
