import { ConfigError } from '../errors.js';

/**
 * How long before a session a reminder goes out. Two kinds, because people plan a meeting day differently
 * from the way they catch a single session:
 *
 * - `Nd` (days) is a digest of one meeting day: it is due at {@link DIGEST_HOUR}:00 in the meeting's own
 *   time zone, N calendar days before that day, and lists the day's scheduled sessions. "1d" is the
 *   morning of the day before.
 * - `Nh` and `Nm` (hours, minutes; a bare number is minutes) are per session: due that long before each
 *   session's start.
 */
export type LeadTime =
  | { kind: 'day'; days: number; label: string }
  | { kind: 'session'; minutes: number; label: string };

/** Local hour of the day-before digest: early enough to plan the day, late enough not to wake anyone. */
export const DIGEST_HOUR = 9;

const PART = /^(\d+)\s*([mhd]?)$/;

/** Canonical label, so "60m" and "1h" are one lead time and one reminder key, not two. */
export function sessionLead(minutes: number): LeadTime {
  const label = minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
  return { kind: 'session', minutes, label };
}

/** Parses a setting such as "1d,15m"; duplicates collapse and the order is longest lead first. */
export function parseLeadTimes(setting: string, settingName = 'REMINDER_LEAD_TIMES'): LeadTime[] {
  const leads = new Map<string, LeadTime>();
  for (const raw of setting.split(',')) {
    const part = raw.trim().toLowerCase();
    if (part === '') continue;
    const match = PART.exec(part);
    const amount = Number(match?.[1]);
    if (!match || amount <= 0) {
      throw new ConfigError([
        `${settingName}: "${raw.trim()}" is not a lead time; use positive durations such as "1d", "2h" or "15m"`,
      ]);
    }
    const unit = match[2] || 'm';
    const lead: LeadTime =
      unit === 'd'
        ? { kind: 'day', days: amount, label: `${amount}d` }
        : sessionLead(unit === 'h' ? amount * 60 : amount);
    leads.set(lead.label, lead);
  }
  return [...leads.values()].sort((a, b) => leadMinutes(b) - leadMinutes(a));
}

function leadMinutes(lead: LeadTime): number {
  return lead.kind === 'day' ? lead.days * 24 * 60 : lead.minutes;
}
