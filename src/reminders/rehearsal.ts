import type { Schedule, Session } from '../knowledge/schedule.js';
import type { OutboxStore } from '../storage/types.js';
import { RehearsalError } from './errors.js';

/**
 * A rehearsal replays a past meeting as if it were about to happen, so the reminders can be shown live
 * without inventing a future meeting: every session moves by the same offset, keeping its length and its
 * distance from the others, and its key gets the `rehearsal:` prefix so it never meets a real reminder.
 */

export const REHEARSAL_PREFIX = 'rehearsal:';
export const DEFAULT_REHEARSAL_LEAD_MINUTES = 5;

export interface RehearsalRun {
  meetingNumber: number;
  /** When the rehearsal began; reminders that would have been due earlier are due at this moment. */
  startedAt: Date;
  /** Where the meeting's first session now starts. */
  firstStart: Date;
}

export function newRehearsal(
  meetingNumber: number,
  now: Date,
  inMinutes = DEFAULT_REHEARSAL_LEAD_MINUTES,
): RehearsalRun {
  return { meetingNumber, startedAt: now, firstStart: new Date(now.getTime() + inMinutes * 60_000) };
}

/** The meeting's sessions re-timed for the run. */
export function rehearsalSessions(schedule: Schedule, run: RehearsalRun): Session[] {
  const sessions = timedSessions(schedule, run.meetingNumber);
  const offset = run.firstStart.getTime() - (sessions[0] as Session).start.getTime();
  const shift = (d: Date) => new Date(d.getTime() + offset);
  return sessions.map((s) => ({
    ...s,
    key: `${REHEARSAL_PREFIX}${s.key}`,
    start: shift(s.start),
    end: s.end ? shift(s.end) : undefined,
  }));
}

/** The schedule's key for a session a rehearsal message points at, e.g. from the "Ask about this session" button. */
export function originalSessionKey(key: string): string {
  return key.startsWith(REHEARSAL_PREFIX) ? key.slice(REHEARSAL_PREFIX.length) : key;
}

const RUN_META = 'rehearsal';

/**
 * Continues the stored rehearsal of the same meeting while it is still running, so a restart neither moves the
 * sessions nor repeats a message; otherwise starts afresh and forgets the previous rehearsal's reminders.
 */
export async function resumeOrBeginRehearsal(
  outbox: Pick<OutboxStore, 'getMeta' | 'setMeta' | 'forget'>,
  schedule: Schedule,
  request: { meetingNumber: number; inMinutes?: number },
  now: Date,
): Promise<{ run: RehearsalRun; resumed: boolean }> {
  const stored = await outbox.getMeta(RUN_META);
  if (stored) {
    const parsed = JSON.parse(stored) as { meetingNumber: number; startedAt: string; firstStart: string };
    const run = {
      meetingNumber: parsed.meetingNumber,
      startedAt: new Date(parsed.startedAt),
      firstStart: new Date(parsed.firstStart),
    };
    if (run.meetingNumber === request.meetingNumber && lastMoment(rehearsalSessions(schedule, run)) > now) {
      return { run, resumed: true };
    }
  }
  timedSessions(schedule, request.meetingNumber);
  const run = newRehearsal(request.meetingNumber, now, request.inMinutes);
  await outbox.forget(REHEARSAL_PREFIX);
  await outbox.setMeta(
    RUN_META,
    JSON.stringify({
      meetingNumber: run.meetingNumber,
      startedAt: run.startedAt.toISOString(),
      firstStart: run.firstStart.toISOString(),
    }),
  );
  return { run, resumed: false };
}

function timedSessions(schedule: Schedule, meetingNumber: number): Session[] {
  const meeting = schedule.byNumber.get(meetingNumber);
  if (!meeting)
    throw new RehearsalError(
      meetingNumber,
      `Meeting ${meetingNumber} is not in the knowledge folder, so it cannot be rehearsed`,
    );
  // Cancelled sessions would send nothing, and must not decide where the rehearsal starts.
  const sessions = meeting.sessions
    .filter((s) => s.status === 'scheduled')
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.key.localeCompare(b.key));
  if (sessions.length === 0) {
    throw new RehearsalError(
      meetingNumber,
      `Meeting ${meetingNumber} (${meeting.title}) has no timed sessions to rehearse`,
    );
  }
  return sessions;
}

function lastMoment(sessions: Session[]): Date {
  return new Date(Math.max(...sessions.map((s) => (s.end ?? s.start).getTime())));
}
