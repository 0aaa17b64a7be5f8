import { DateTime } from 'luxon';
import type { Session } from '../knowledge/schedule.js';
import { DIGEST_HOUR, type LeadTime, sessionLead } from './lead-times.js';
import type { DesiredReminder, Recipient, ReminderContent, ReminderSession } from './reminder.js';

/**
 * Planning is pure: the same schedule, window, lead times and recipients always give the same reminders with
 * the same keys, which is what lets the outbox re-plan on every tick without ever sending twice.
 */

export interface PlanInput {
  sessions: Session[];
  /** The series' link pattern for document symbols, carried into each message. */
  symbolUrlTemplate?: string;
  leads: LeadTime[];
  channels: string[];
  users: Array<{ userId: string; leadMinutes?: number }>;
  /**
   * Sessions people follow: each gets its follower a direct message at their own lead, or the first session lead
   * of the defaults. The same reminder an opt-in already plans is planned once.
   */
  follows?: Array<{ userId: string; sessionKey: string; leadMinutes?: number }>;
  /** Only reminders due in [from, to) are planned. */
  from: Date;
  to?: Date;
  /**
   * Set when the sessions are a rehearsal: every message is labelled, and reminders that would have been
   * due before the rehearsal began are due when it begins, so the demo shows each message once.
   */
  rehearsal?: { startedAt: Date };
}

interface Target {
  sessionKey: string;
  dueAt(lead: LeadTime): Date | undefined;
  content(lead: LeadTime): ReminderContent;
}

export function planReminders(input: PlanInput): DesiredReminder[] {
  const { symbolUrlTemplate } = input;
  const contentFor = (target: Target, lead: LeadTime): ReminderContent => ({
    ...target.content(lead),
    ...(symbolUrlTemplate ? { symbolUrlTemplate } : {}),
  });
  const scheduled = input.sessions
    .filter((s) => s.status === 'scheduled')
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.key.localeCompare(b.key));
  const rehearsal = input.rehearsal !== undefined;
  const targets = [...sessionTargets(scheduled, rehearsal), ...dayTargets(scheduled, rehearsal)];
  const recipients: Array<{ recipient: Recipient; leads: LeadTime[] }> = [
    ...input.channels.map((id) => ({ recipient: { kind: 'channel' as const, id }, leads: input.leads })),
    ...input.users.map((u) => ({
      recipient: { kind: 'user' as const, id: u.userId },
      leads: u.leadMinutes ? [sessionLead(u.leadMinutes)] : input.leads,
    })),
  ];
  const planned: DesiredReminder[] = [];
  for (const { recipient, leads } of recipients) {
    for (const lead of leads) {
      for (const target of targets) {
        const due = target.dueAt(lead);
        if (!due) continue;
        const dueAt = input.rehearsal && due < input.rehearsal.startedAt ? input.rehearsal.startedAt : due;
        if (dueAt < input.from || (input.to && dueAt >= input.to)) continue;
        planned.push({
          key: `${target.sessionKey}|${lead.label}|${recipient.id}`,
          sessionKey: target.sessionKey,
          lead: lead.label,
          recipient,
          dueAt,
          content: contentFor(target, lead),
        });
      }
    }
  }
  const byKey = new Map(planned.map((r) => [r.key, r]));
  const sessionTargetsByKey = new Map(targets.map((t) => [t.sessionKey, t]));
  const defaultLead = input.leads.find((l) => l.kind === 'session') ?? sessionLead(DEFAULT_FOLLOW_LEAD_MINUTES);
  for (const f of rehearsal ? [] : (input.follows ?? [])) {
    const target = sessionTargetsByKey.get(f.sessionKey);
    if (!target) continue;
    const lead = f.leadMinutes ? sessionLead(f.leadMinutes) : defaultLead;
    const dueAt = target.dueAt(lead);
    const key = `${target.sessionKey}|${lead.label}|${f.userId}`;
    if (!dueAt || dueAt < input.from || (input.to && dueAt >= input.to) || byKey.has(key)) continue;
    const reminder: DesiredReminder = {
      key,
      sessionKey: target.sessionKey,
      lead: lead.label,
      recipient: { kind: 'user', id: f.userId },
      dueAt,
      content: contentFor(target, lead),
    };
    byKey.set(key, reminder);
    planned.push(reminder);
  }
  return planned.sort(byDue);
}

/** A followed session's reminder when neither the person nor REMINDER_LEAD_TIMES gives a lead before sessions. */
export const DEFAULT_FOLLOW_LEAD_MINUTES = 15;

export function byDue(a: DesiredReminder, b: DesiredReminder): number {
  return a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key);
}

function sessionTargets(sessions: Session[], rehearsal: boolean): Target[] {
  return sessions.map((session) => ({
    sessionKey: session.key,
    dueAt: (lead) => (lead.kind === 'session' ? new Date(session.start.getTime() - lead.minutes * 60_000) : undefined),
    content: (lead) => ({
      kind: 'session',
      lead: lead.label,
      rehearsal,
      meetingTitle: session.meetingTitle,
      timezone: session.timezone,
      sessions: [reminderSession(session)],
    }),
  }));
}

/** One target per meeting day: sessions of the same meeting whose start falls on that date in the meeting zone. */
function dayTargets(sessions: Session[], rehearsal: boolean): Target[] {
  const days = new Map<string, { meeting: string; day: string; sessions: Session[] }>();
  for (const session of sessions) {
    const meeting =
      session.meetingNumber !== undefined
        ? `meeting-${session.meetingNumber}`
        : `${session.sourcePath}:${session.meetingTitle}`;
    const day = DateTime.fromJSDate(session.start, { zone: session.timezone }).toISODate() ?? '';
    const id = `${rehearsal ? 'rehearsal:' : ''}day:${meeting}@${day}`;
    const entry = days.get(id) ?? { meeting, day, sessions: [] };
    entry.sessions.push(session);
    days.set(id, entry);
  }
  return [...days.entries()].map(([id, { day, sessions: daySessions }]) => {
    const first = daySessions[0] as Session;
    return {
      sessionKey: id,
      dueAt: (lead) =>
        lead.kind === 'day'
          ? DateTime.fromISO(day, { zone: first.timezone })
              .minus({ days: lead.days })
              .set({ hour: DIGEST_HOUR })
              .toJSDate()
          : undefined,
      content: (lead) => ({
        kind: 'day',
        lead: lead.label,
        rehearsal,
        meetingTitle: first.meetingTitle,
        timezone: first.timezone,
        day,
        sessions: daySessions.map(reminderSession),
      }),
    };
  });
}

function reminderSession(session: Session): ReminderSession {
  return {
    key: session.key,
    title: session.title,
    start: session.start.toISOString(),
    end: session.end?.toISOString(),
    timezone: session.timezone,
    room: session.room,
    cutOff: session.cutOff,
    items: session.items.map(({ number, title, speakers, moderators, documents }) => ({
      number,
      title,
      speakers,
      moderators,
      documents,
    })),
  };
}
