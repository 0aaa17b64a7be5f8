import { DateTime } from 'luxon';
import { zoneLabel } from '../knowledge/date-format.js';
import { reminderMessage } from './message.js';
import type { DesiredReminder, Recipient } from './reminder.js';

/**
 * The dry run's plan as an organiser reads it: one block per session (or meeting-day digest), its start and
 * each reminder's due time in the meeting's zone and in UTC, and to whom it would go.
 */

/** Planned for when nobody is set to receive reminders, so the organiser still sees what would go out. */
export const NOBODY: Recipient = { kind: 'channel', id: '(no recipient)' };

const local = (at: Date, zone: string) =>
  `${DateTime.fromJSDate(at, { zone }).toFormat('ccc d LLL yyyy HH:mm')} (${zoneLabel(zone, at)})`;

function heading(r: DesiredReminder): string {
  const c = r.content;
  const first = c.sessions[0];
  const tag = c.rehearsal ? ' (rehearsal)' : '';
  if (c.kind === 'day' || !first) return `Day digest of ${c.meetingTitle}${tag}, ${c.day ?? ''}`;
  const start = new Date(first.start);
  return `${first.title} — ${c.meetingTitle}${tag}\n  starts ${local(start, first.timezone)} = ${start.toISOString()}`;
}

function line(r: DesiredReminder): string {
  const to = r.recipient.id === NOBODY.id ? 'nobody (no recipients set)' : recipientName(r);
  return [
    `  ${r.lead.padEnd(4)}`,
    local(r.dueAt, r.content.timezone),
    r.dueAt.toISOString(),
    `→ ${to}`,
    reminderMessage(r.key, r.content).text,
  ].join('  ');
}

const recipientName = (r: DesiredReminder) =>
  r.recipient.kind === 'channel' ? `#${r.recipient.id}` : `@${r.recipient.id}`;

export function planReport(plan: DesiredReminder[], from: Date, to: Date, recipientsSet: boolean): string {
  const out: string[] = [];
  if (!recipientsSet)
    out.push(
      'No recipients are set (REMINDER_CHANNELS is empty, no --channel, nobody opted in with /meetings remind on): this is what would go out.',
    );
  out.push(
    `${plan.length} reminder${plan.length === 1 ? '' : 's'} due from ${from.toISOString()} to ${to.toISOString()} (dry run, nothing sent)`,
  );
  const bySession = new Map<string, DesiredReminder[]>();
  for (const r of plan) bySession.set(r.sessionKey, [...(bySession.get(r.sessionKey) ?? []), r]);
  for (const reminders of bySession.values()) {
    out.push('', heading(reminders[0] as DesiredReminder), ...reminders.map(line));
  }
  return `${out.join('\n')}\n`;
}
