import { describe, expect, it } from 'vitest';
import { calendarFileName, sessionsToIcs } from '../../src/knowledge/calendar-export.js';
import { loadIcs } from '../../src/knowledge/loaders/ics.js';
import type { Session } from '../../src/knowledge/schedule.js';

const session = (over: Partial<Session>): Session => ({
  key: 'meeting-3@2026-03-09T10:00',
  meetingTitle: 'Third Coordination Meeting',
  title: 'Morning session',
  start: new Date('2026-03-09T14:00:00Z'),
  end: new Date('2026-03-09T16:00:00Z'),
  timezone: 'America/New_York',
  room: 'Room 7, Geneva; "north" wing',
  status: 'scheduled',
  items: [{ number: '1', title: 'Opening, welcome', speakers: [], moderators: [], documents: [] }],
  cutOff: false,
  sourcePath: 'm3.md',
  ...over,
});

describe('sessionsToIcs', () => {
  it('writes a file the calendar loader reads back to the same instants, titles and rooms', () => {
    const sessions = [
      session({}),
      session({
        key: 'x#2',
        title: 'Closing',
        start: new Date('2026-03-10T19:00:00Z'),
        end: undefined,
        status: 'cancelled',
      }),
    ];
    const text = sessionsToIcs(sessions, {
      name: 'Third Coordination Meeting',
      stamp: new Date('2026-03-01T00:00:00Z'),
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const back = loadIcs('back.ics', text);
    expect(back.title).toBe('Third Coordination Meeting');
    expect(
      back.events?.map((e) => [e.title, e.start.toISOString(), e.end?.toISOString(), e.location, e.status]),
    ).toEqual([
      [
        'Morning session (Third Coordination Meeting)',
        '2026-03-09T14:00:00.000Z',
        '2026-03-09T16:00:00.000Z',
        'Room 7, Geneva; "north" wing',
        'scheduled',
      ],
      [
        'Closing (Third Coordination Meeting)',
        '2026-03-10T19:00:00.000Z',
        '2026-03-10T20:00:00.000Z',
        'Room 7, Geneva; "north" wing',
        'cancelled',
      ],
    ]);
    expect(back.events?.[0]?.description).toContain('America/New_York');
    expect(back.events?.[0]?.description).toContain('1. Opening, welcome');
    expect(new Set(back.events?.map((e) => e.uid)).size).toBe(2);
  });

  it('names the file after the meeting and session', () => {
    expect(calendarFileName('Réunion de printemps', 'Séance 1: Ouverture')).toBe(
      'reunion-de-printemps-seance-1-ouverture.ics',
    );
    expect(calendarFileName('***')).toBe('session.ics');
  });
});
