import { describe, expect, it } from 'vitest';
import { parseLeadTimes } from '../../src/reminders/lead-times.js';
import { carriesReminderKey, reminderMessage } from '../../src/reminders/message.js';
import { planSchedule } from '../../src/reminders/plan-schedule.js';
import { planReminders } from '../../src/reminders/planner.js';
import { newRehearsal } from '../../src/reminders/rehearsal.js';
import { BUNDLED_DIR, GENEVA_DIR, NEW_YORK_DST_DIR, scheduleOf } from './helpers.js';

const leads = parseLeadTimes('1d,15m');
const wide = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };

const UNDOCS = 'https://undocs.org/{symbol}';

async function planned(dir: string, key: string, symbolUrlTemplate?: string) {
  const schedule = await scheduleOf(dir);
  const links = symbolUrlTemplate ? { symbolUrlTemplate } : {};
  const sessions = schedule.sessions;
  const reminder = planReminders({ sessions, leads, channels: ['C1'], users: [], ...wide, ...links }).find(
    (r) => r.key === key,
  );
  if (!reminder) throw new Error(`no reminder ${key}`);
  return reminder;
}

function texts(blocks: unknown[]): string {
  return JSON.stringify(blocks);
}

describe('reminderMessage', () => {
  it('names the session and meeting, gives the time as a <!date> token with the meeting time as fallback, room, agenda, documents and a button', async () => {
    const key = 'meeting-2@2003-10-15T10:00|15m|C1';
    const reminder = await planned(BUNDLED_DIR, key, UNDOCS);
    const message = reminderMessage(key, reminder.content);
    expect(message.text).toBe(
      'Reminder: Morning session of Second Coordination Meeting on International Migration: Wednesday, 15 October 2003, 10:00 (New York time, EDT)',
    );
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Reminder: Morning session of Second Coordination Meeting on International Migration' },
    });
    const all = texts(message.blocks);
    // 10:00 EDT on 15 October 2003 is 14:00 UTC.
    const unix = Date.UTC(2003, 9, 15, 14, 0) / 1000;
    expect(all).toContain(
      `<!date^${unix}^{date_long_pretty} at {time}|Wednesday, 15 October 2003, 10:00 (New York time, EDT)>`,
    );
    expect(all).toContain('*Room:* Conference Room 6');
    expect(all).toContain('*II.* Keynote speech: Michael Doyle (Former Special Adviser to the Secretary-General)');
    expect(all).toContain('<https://undocs.org/A/58/98|A/58/98>');
    // A series whose pages link no symbols gets no made-up link.
    const unlinked = texts(reminderMessage(key, (await planned(BUNDLED_DIR, key)).content).blocks);
    expect(unlinked).toContain('Documents: A/58/98');
    expect(unlinked).not.toContain('undocs.org');
    expect(message.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: 'ask_session',
          text: { type: 'plain_text', text: 'Ask about this session' },
          value: 'meeting-2@2003-10-15T10:00',
        },
        {
          type: 'button',
          action_id: 'add_to_calendar:session:meeting-2@2003-10-15T10:00',
          text: { type: 'plain_text', text: 'Add to calendar' },
          value: 'session:meeting-2@2003-10-15T10:00',
        },
        {
          type: 'button',
          action_id: 'follow_session:meeting-2@2003-10-15T10:00',
          text: { type: 'plain_text', text: 'Follow' },
          value: 'meeting-2@2003-10-15T10:00',
        },
      ],
    });
    expect(message.metadata).toEqual({ event_type: 'rapporteur_reminder', event_payload: { key } });
    expect(all).not.toContain('rehearsal');
  });

  it('names the zone the meeting keeps on each side of the DST switch', async () => {
    const before = await planned(NEW_YORK_DST_DIR, 'ics:daily@new-york.example#2026-03-07T10:00:00|15m|C1');
    const after = await planned(NEW_YORK_DST_DIR, 'ics:daily@new-york.example#2026-03-08T10:00:00|15m|C1');
    expect(reminderMessage(before.key, before.content).text).toContain(
      'Saturday, 7 March 2026, 10:00 (New York time, EST)',
    );
    expect(texts(reminderMessage(before.key, before.content).blocks)).toContain(
      `<!date^${Date.UTC(2026, 2, 7, 15) / 1000}^`,
    );
    expect(reminderMessage(after.key, after.content).text).toContain(
      'Sunday, 8 March 2026, 10:00 (New York time, EDT)',
    );
    expect(texts(reminderMessage(after.key, after.content).blocks)).toContain(
      `<!date^${Date.UTC(2026, 2, 8, 14) / 1000}^`,
    );
  });

  it('lists the day in a digest, each session with its own button, and says which zone the meeting keeps', async () => {
    const key = 'day:meeting-91@2025-10-15|1d|C1';
    const reminder = await planned(GENEVA_DIR, key);
    const message = reminderMessage(key, reminder.content);
    expect(message.text).toBe(
      'Reminder: Example Coordination Meeting in Geneva (test fixture) on Wednesday, 15 October 2025: Plenary at 10:00, Closing session at 16:00 (Zurich time, GMT+2)',
    );
    const sections = message.blocks.filter((b) => b.type === 'section');
    expect(sections.map((s) => (s as { accessory?: { value?: string } }).accessory?.value)).toEqual([
      'ics:plenary@geneva.example#2025-10-15T10:00:00',
      'ics:closing@geneva.example',
    ]);
    expect(texts(message.blocks)).toContain('Times show in your own time zone.');
    const actions = message.blocks.filter((b) => b.type === 'actions') as Array<{
      elements: Array<{ value?: string; text: { text: string } }>;
    }>;
    expect(actions.flatMap((a) => a.elements.map((e) => [e.text.text, e.value]))).toEqual([
      ['Add to calendar: Plenary', 'session:ics:plenary@geneva.example#2025-10-15T10:00:00'],
      ['Add to calendar: Closing session', 'session:ics:closing@geneva.example'],
    ]);
  });

  it('labels every rehearsal message', async () => {
    const schedule = await scheduleOf(BUNDLED_DIR);
    const now = new Date('2025-06-02T14:02:00Z');
    const plan = planSchedule(schedule, newRehearsal(2, now), { leads, channels: ['C1'], users: [], from: now });
    for (const reminder of plan) {
      const message = reminderMessage(reminder.key, reminder.content);
      expect(message.text).toContain('(rehearsal)');
      expect(texts(message.blocks)).toContain('Rehearsal: a past meeting replayed with new times.');
    }
  });

  it('recognises its own post in history by metadata or by the header block id', async () => {
    const key = 'ics:closing@geneva.example|15m|C1';
    const message = reminderMessage(key, (await planned(GENEVA_DIR, key)).content);
    expect(carriesReminderKey({ metadata: message.metadata }, key)).toBe(true);
    expect(carriesReminderKey({ blocks: message.blocks }, key)).toBe(true);
    expect(carriesReminderKey({ metadata: message.metadata, blocks: message.blocks }, `${key}x`)).toBe(false);
  });
});
