import { describe, expect, it } from 'vitest';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';
import { planSchedule } from '../../src/reminders/plan-schedule.js';
import { type PlanInput, planReminders } from '../../src/reminders/planner.js';
import { newRehearsal } from '../../src/reminders/rehearsal.js';
import { BUNDLED_DIR, GENEVA_DIR, NEW_YORK_DST_DIR, scheduleOf } from './helpers.js';

const leads = parseLeadTimes('1d,15m');
const wide = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };

function dueTimes(input: PlanInput): Array<[string, string]> {
  return planReminders(input).map((r) => [r.dueAt.toISOString(), r.key]);
}

describe('planReminders', () => {
  it('plans a two-day Geneva meeting: a digest the morning before each day, 15 minutes before each session, none for the cancelled one', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const plan = planReminders({ sessions: schedule.sessions, leads, channels: ['C1'], users: [], ...wide });
    expect(plan.map((r) => [r.dueAt.toISOString(), r.key])).toEqual([
      // 09:00 in Geneva (CEST, UTC+2) on the day before.
      ['2025-10-13T07:00:00.000Z', 'day:meeting-91@2025-10-14|1d|C1'],
      ['2025-10-14T07:00:00.000Z', 'day:meeting-91@2025-10-15|1d|C1'],
      ['2025-10-14T07:45:00.000Z', 'ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1'],
      ['2025-10-14T12:45:00.000Z', 'ics:working-group@geneva.example#2025-10-14T15:00:00|15m|C1'],
      ['2025-10-15T07:45:00.000Z', 'ics:plenary@geneva.example#2025-10-15T10:00:00|15m|C1'],
      ['2025-10-15T13:45:00.000Z', 'ics:closing@geneva.example|15m|C1'],
    ]);
    const secondDay = plan[1]?.content;
    expect(secondDay?.sessions.map((s) => s.title)).toEqual(['Plenary', 'Closing session']);
    expect(secondDay).toMatchObject({ kind: 'day', day: '2025-10-15', timezone: 'Europe/Zurich', rehearsal: false });
  });

  it('keeps 10:00 New York at 10:00 across the March DST switch', async () => {
    const schedule = await scheduleOf(NEW_YORK_DST_DIR);
    const starts = schedule.sessions.map((s) => s.start.toISOString());
    // Saturday 7 March is still EST (UTC-5); Sunday 8 March is EDT (UTC-4).
    expect(starts).toEqual([
      '2026-03-06T15:00:00.000Z',
      '2026-03-07T15:00:00.000Z',
      '2026-03-08T14:00:00.000Z',
      '2026-03-09T14:00:00.000Z',
    ]);
    const plan = dueTimes({ sessions: schedule.sessions, leads, channels: ['C1'], users: [], ...wide });
    expect(plan).toContainEqual(['2026-03-07T14:45:00.000Z', 'ics:daily@new-york.example#2026-03-07T10:00:00|15m|C1']);
    expect(plan).toContainEqual(['2026-03-08T13:45:00.000Z', 'ics:daily@new-york.example#2026-03-08T10:00:00|15m|C1']);
    // The digest for Sunday goes out on Saturday at 09:00 EST, the one for Monday on Sunday at 09:00 EDT.
    expect(plan).toContainEqual(['2026-03-07T14:00:00.000Z', 'day:meeting-92@2026-03-08|1d|C1']);
    expect(plan).toContainEqual(['2026-03-08T13:00:00.000Z', 'day:meeting-92@2026-03-09|1d|C1']);
  });

  it('gives opted-in people their own lead, or the defaults, by direct message', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const plan = planReminders({
      sessions: schedule.sessions.slice(0, 1),
      leads,
      channels: [],
      users: [{ userId: 'U1', leadMinutes: 30 }, { userId: 'U2' }],
      ...wide,
    });
    expect(plan.map((r) => [r.key, r.recipient.kind])).toEqual([
      ['day:meeting-91@2025-10-14|1d|U2', 'user'],
      ['ics:plenary@geneva.example#2025-10-14T10:00:00|30m|U1', 'user'],
      ['ics:plenary@geneva.example#2025-10-14T10:00:00|15m|U2', 'user'],
    ]);
  });

  it('plans only what falls due inside the window', async () => {
    const schedule = await scheduleOf(GENEVA_DIR);
    const plan = planReminders({
      sessions: schedule.sessions,
      leads,
      channels: ['C1'],
      users: [],
      from: new Date('2025-10-14T07:45:00Z'),
      to: new Date('2025-10-14T12:45:00Z'),
    });
    expect(plan.map((r) => r.key)).toEqual(['ics:plenary@geneva.example#2025-10-14T10:00:00|15m|C1']);
  });

  it('rehearses a past meeting: same spacing, prefixed keys, labelled, and nothing due before the rehearsal began', async () => {
    const schedule = await scheduleOf(BUNDLED_DIR);
    const now = new Date('2025-06-02T14:02:00Z');
    const plan = planSchedule(schedule, newRehearsal(2, now), {
      leads,
      channels: ['C1'],
      users: [],
      from: now,
      to: new Date('2025-06-10T00:00:00Z'),
    });
    expect(plan.map((r) => [r.dueAt.toISOString(), r.key])).toEqual([
      ['2025-06-02T14:02:00.000Z', 'rehearsal:day:meeting-2@2025-06-02|1d|C1'],
      ['2025-06-02T14:02:00.000Z', 'rehearsal:day:meeting-2@2025-06-03|1d|C1'],
      ['2025-06-02T14:02:00.000Z', 'rehearsal:meeting-2@2003-10-15T10:00|15m|C1'],
      ['2025-06-02T18:52:00.000Z', 'rehearsal:meeting-2@2003-10-15T15:00|15m|C1'],
      ['2025-06-03T13:52:00.000Z', 'rehearsal:meeting-2@2003-10-16T10:00|15m|C1'],
      ['2025-06-03T18:52:00.000Z', 'rehearsal:meeting-2@2003-10-16T15:00|15m|C1'],
    ]);
    expect(plan.every((r) => r.content.rehearsal)).toBe(true);
    expect(plan[2]?.content.sessions[0]?.start).toBe('2025-06-02T14:07:00.000Z');
  });
});
