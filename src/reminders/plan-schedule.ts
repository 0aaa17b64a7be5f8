import type { Schedule } from '../knowledge/schedule.js';
import { byDue, type PlanInput, planReminders } from './planner.js';
import { type RehearsalRun, rehearsalSessions } from './rehearsal.js';
import type { DesiredReminder } from './reminder.js';

/** The schedule's reminders plus, while one runs, the rehearsal's. */
export function planSchedule(
  schedule: Schedule,
  rehearsal: RehearsalRun | undefined,
  input: Omit<PlanInput, 'sessions' | 'rehearsal'>,
): DesiredReminder[] {
  const links = schedule.symbolUrlTemplate ? { symbolUrlTemplate: schedule.symbolUrlTemplate } : {};
  const real = planReminders({ ...input, ...links, sessions: schedule.sessions });
  if (!rehearsal) return real;
  const sessions = rehearsalSessions(schedule, rehearsal);
  return [...real, ...planReminders({ ...input, ...links, sessions, rehearsal })].sort(byDue);
}
