import type { ReminderPreference } from '../reminders/preferences.js';

const UNITS: Record<string, [string, string]> = { m: ['minute', 'minutes'], h: ['hour', 'hours'], d: ['day', 'days'] };

function amount(n: number, unit: string): string {
  const [one, many] = UNITS[unit] ?? ['minute', 'minutes'];
  return `${n} ${n === 1 ? one : many}`;
}

/** "1d,15m" (REMINDER_LEAD_TIMES) as people say it: "1 day and 15 minutes". A bare number is minutes. */
export function describeLeadTimes(leadTimes: string): string {
  const parts = leadTimes
    .split(',')
    .map((part) => /^\s*(\d+)\s*([mhd]?)\s*$/.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => amount(Number(m[1]), m[2] || 'm'));
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

export function describeReminderSetting(preference: ReminderPreference, defaultLeadTimes: string): string {
  if (!preference.optedIn) return 'Session reminders are off.';
  const lead =
    preference.leadMinutes !== undefined ? amount(preference.leadMinutes, 'm') : describeLeadTimes(defaultLeadTimes);
  return `Session reminders are on: I remind you ${lead} before each session.`;
}
