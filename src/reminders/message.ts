import { createHash } from 'node:crypto';
import type { Button, KnownBlock, MessageMetadata, SectionBlock } from '@slack/types';
import { DateTime } from 'luxon';
import { formatDay, formatSessionTime, zoneLabel } from '../knowledge/date-format.js';
import { symbolUrl } from '../knowledge/doc-symbols.js';
import { itemLine } from '../knowledge/meeting-record.js';
import { escapeMrkdwn, mrkdwnLink, shorten } from '../text/mrkdwn.js';
import { calendarButton, followButton, MAX_ACTIONS } from '../text/session-actions.js';
import type { ReminderContent, ReminderSession } from './reminder.js';

export const REMINDER_EVENT_TYPE = 'rapporteur_reminder';
export const ASK_SESSION_ACTION_ID = 'ask_session';

export interface ReminderMessage {
  /** Notification and screen-reader text; plain, with the time in the meeting's zone. */
  text: string;
  blocks: KnownBlock[];
  metadata: MessageMetadata;
}

const HEADER_LIMIT = 150;
const SECTION_LIMIT = 3000;

/**
 * The key travels with the message twice: as message metadata, and as the header's block_id for workspaces or
 * stand-ins that drop metadata. Either lets the sender recognise its own post after a crash.
 */
export function reminderMarker(key: string): string {
  return `${REMINDER_EVENT_TYPE}:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

/** True when a message from conversations.history is the reminder with this key. */
export function carriesReminderKey(message: { metadata?: unknown; blocks?: unknown }, key: string): boolean {
  const metadata = message.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
  if (metadata?.event_type === REMINDER_EVENT_TYPE && metadata.event_payload?.key === key) return true;
  const marker = reminderMarker(key);
  return Array.isArray(message.blocks) && message.blocks.some((b) => (b as { block_id?: string }).block_id === marker);
}

export function reminderMessage(key: string, content: ReminderContent): ReminderMessage {
  const title = headline(content);
  const first = content.sessions[0] as ReminderSession;
  const blocks: KnownBlock[] = [
    { type: 'header', block_id: reminderMarker(key), text: { type: 'plain_text', text: shorten(title, HEADER_LIMIT) } },
  ];
  if (content.rehearsal) {
    blocks.push(context('Rehearsal: a past meeting replayed with new times. Nothing here is really scheduled.'));
  }
  // A rehearsal's sessions are not in the schedule: there is nothing real to put in a calendar.
  const calendar = !content.rehearsal;
  if (content.kind === 'session') blocks.push(...sessionBlocks(first, calendar, content.symbolUrlTemplate));
  else {
    blocks.push(...content.sessions.map(daySessionBlock));
    if (calendar)
      blocks.push({
        type: 'actions',
        elements: content.sessions
          .slice(0, MAX_ACTIONS)
          .map((s) => calendarButton({ kind: 'session', key: s.key }, `Add to calendar: ${s.title}`)),
      });
    blocks.push(
      context(
        `Times show in your own time zone. The meeting runs on ${zoneLabel(first.timezone, new Date(first.start))}.`,
      ),
    );
  }
  return {
    text: content.kind === 'session' ? `${title}: ${meetingTime(first)}` : `${title}: ${daySummary(content.sessions)}`,
    blocks,
    metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key } },
  };
}

function headline(content: ReminderContent): string {
  const label = content.rehearsal ? ' (rehearsal)' : '';
  if (content.kind === 'day') return `Reminder: ${content.meetingTitle} on ${formatDay(content.day ?? '')}${label}`;
  const session = content.sessions[0] as ReminderSession;
  const of = session.title === content.meetingTitle ? '' : ` of ${content.meetingTitle}`;
  return `Reminder: ${session.title}${of}${label}`;
}

function sessionBlocks(session: ReminderSession, calendar: boolean, links: string | undefined): KnownBlock[] {
  const local = formatSessionTime(
    new Date(session.start),
    session.end ? new Date(session.end) : undefined,
    session.timezone,
  );
  const lines = [`*When:* ${slackTime(session)}`, `*Meeting time:* ${escapeMrkdwn(local)}`];
  if (session.room) lines.push(`*Room:* ${escapeMrkdwn(session.room)}`);
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  if (session.items.length > 0) blocks.push(section(agenda(session, links)));
  const add = calendar ? [calendarButton({ kind: 'session', key: session.key }), followButton(session.key)] : [];
  blocks.push({ type: 'actions', elements: [askButton(session), ...add] });
  return blocks;
}

function daySessionBlock(session: ReminderSession): KnownBlock {
  const lines = [
    `*${escapeMrkdwn(session.title)}*, ${slackTime(session)}${session.room ? `, ${escapeMrkdwn(session.room)}` : ''}`,
  ];
  for (const item of session.items) lines.push(escapeMrkdwn(itemLine(item)));
  return { ...section(lines.join('\n')), accessory: askButton(session) };
}

/** `links`: the series' link pattern for document symbols; without one they are printed unlinked. */
function agenda(session: ReminderSession, links: string | undefined): string {
  const lines = ['*Agenda*'];
  for (const item of session.items) {
    const people = [...item.speakers.map(person), ...item.moderators.map((m) => `${person(m)}, moderator`)];
    lines.push(
      `${item.number ? `*${escapeMrkdwn(item.number)}.* ` : ''}${escapeMrkdwn(item.title)}${people.length ? `: ${people.join('; ')}` : ''}`,
    );
    if (item.documents.length > 0) {
      const doc = (s: string) => (links ? mrkdwnLink(symbolUrl(s, links), s) : escapeMrkdwn(s));
      lines.push(`    Documents: ${item.documents.map(doc).join(', ')}`);
    }
  }
  if (session.cutOff) lines.push('_The recovered agenda stops here._');
  return lines.join('\n');
}

function person(p: { name: string; role?: string }): string {
  return escapeMrkdwn(p.role ? `${p.name} (${p.role})` : p.name);
}

/**
 * `<!date>` shows each reader the time in their own zone; the fallback, shown where the token cannot be
 * rendered, is the meeting's own wall-clock time with the zone named.
 */
function slackTime(session: ReminderSession): string {
  const start = new Date(session.start);
  const from = `<!date^${Math.floor(start.getTime() / 1000)}^{date_long_pretty} at {time}|${escapeMrkdwn(meetingTime(session))}>`;
  if (!session.end) return from;
  const end = new Date(session.end);
  const endLocal = DateTime.fromJSDate(end, { zone: session.timezone }).toFormat('HH:mm');
  return `${from} to <!date^${Math.floor(end.getTime() / 1000)}^{time}|${endLocal}>`;
}

/** "Morning session at 10:00, Afternoon session at 15:00 (New York time, EDT)". */
function daySummary(sessions: ReminderSession[]): string {
  const first = sessions[0] as ReminderSession;
  const times = sessions.map(
    (s) => `${s.title} at ${DateTime.fromJSDate(new Date(s.start), { zone: s.timezone }).toFormat('HH:mm')}`,
  );
  return `${times.join(', ')} (${zoneLabel(first.timezone, new Date(first.start))})`;
}

function meetingTime(session: ReminderSession): string {
  return formatSessionTime(new Date(session.start), undefined, session.timezone);
}

function askButton(session: ReminderSession): Button {
  return {
    type: 'button',
    action_id: ASK_SESSION_ACTION_ID,
    text: { type: 'plain_text', text: 'Ask about this session' },
    value: session.key,
  };
}

function section(text: string): SectionBlock {
  // Cut at a line end where possible: a link or date token cut in half would show as raw markup.
  const cut = text.lastIndexOf('\n', SECTION_LIMIT - 2);
  const fitted = text.length <= SECTION_LIMIT ? text : `${text.slice(0, cut > 0 ? cut : SECTION_LIMIT - 2)}\n…`;
  return { type: 'section', text: { type: 'mrkdwn', text: fitted } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
