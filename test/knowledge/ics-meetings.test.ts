import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import type { KnowledgeDocument } from '../../src/knowledge/document.js';
import { groupEvents, uidStem } from '../../src/knowledge/ics-meetings.js';
import { loadIcs } from '../../src/knowledge/loaders/ics.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { splitSummary } from '../../src/knowledge/session-title.js';
import { createLogger } from '../../src/logging/logger.js';
import { calendar, vevent } from '../helpers/ics.js';
import { runCli } from '../helpers/run-cli.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

/**
 * A secretariat with nothing but calendars: meetings are read from how the events are named, tagged and
 * numbered, and asked about by the words of their titles.
 */
const tempDir = useTempDirs('rapporteur-ics-meetings');
const quiet = createLogger({ level: 'error', write: () => {} });

const STATISTICS = calendar('Statistics unit', [
  vevent(
    'stat-1@example.org',
    'Coordination meeting on statistics - Session 1: Opening and data review',
    '20260915T100000',
    '20260915T123000',
    ['LOCATION:Room B'],
  ),
  vevent(
    'stat-2@example.org',
    'Coordination meeting on statistics - Session 2: Methods',
    '20260916T143000',
    '20260916T170000',
  ),
]);

const SPRING = calendar('Coordination calendar', [
  vevent('spr-a@example.org', 'Welcome and agenda', '20260414T093000', '20260414T110000', [
    'CATEGORIES:Spring Coordination Meeting',
  ]),
  vevent('spr-b@example.org', 'Regional reports', '20260415T093000', '20260415T120000', [
    'CATEGORIES:Spring Coordination Meeting',
  ]),
  vevent('water-1@example.org', 'Water accounts — Closing', '20261103T150000', '20261103T160000'),
]);

function icsDoc(file: string, text: string): KnowledgeDocument {
  return { ...loadIcs(file, text), hash: file, detected: {} };
}

describe('splitSummary', () => {
  it.each([
    [
      'Coordination meeting on statistics - Session 1: Opening and data review',
      'Coordination meeting on statistics',
      'Session 1: Opening and data review',
    ],
    ['Spring meeting: Regional reports', 'Spring meeting', 'Regional reports'],
    ['Water Forum — Closing plenary', 'Water Forum', 'Closing plenary'],
    ['Session 3: Budget', undefined, 'Session 3: Budget'],
    ['Opening at 10:00', undefined, 'Opening at 10:00'],
  ])('%s', (summary, meeting, session) => {
    expect(splitSummary(summary)).toEqual(meeting ? { meeting, session } : { session });
  });
});

describe('groupEvents', () => {
  it('groups by UID stem when nothing else names the meeting, and by days close together last', () => {
    const events = icsDoc(
      'c.ics',
      calendar('Board', [
        vevent('board-2026-s1@x', 'Opening', '20260302T100000', '20260302T110000'),
        vevent('board-2026-s2@x', 'Closing', '20260320T100000', '20260320T110000'),
        vevent('lone-a@x', 'Retreat day one', '20260601T100000', '20260601T110000'),
        vevent('lone-b@x', 'Retreat day two', '20260602T100000', '20260602T110000'),
        vevent('other@x', 'Year-end drinks', '20261218T180000', '20261218T200000'),
      ]),
    ).events;
    expect(uidStem('board-2026-s1@x')).toBe('board-2026');
    const groups = groupEvents(events ?? [], 'Board');
    expect(groups.map((g) => [g.title, g.sessions.map((s) => s.title)])).toEqual([
      ['Board', ['Opening', 'Closing']],
      ['Board (1 June 2026)', ['Retreat day one', 'Retreat day two']],
      ['Board (18 December 2026)', ['Year-end drinks']],
    ]);
  });
});

describe('meetings from calendars alone', () => {
  it('splits the summary into meeting and session and groups by prefix and by category', () => {
    const schedule = buildSchedule([icsDoc('stats.ics', STATISTICS), icsDoc('spring.ics', SPRING)]);
    expect(schedule.meetings.map((m) => [m.title, m.numbered, m.start, m.end, m.sessions.map((s) => s.title)])).toEqual(
      [
        [
          'Coordination meeting on statistics',
          false,
          '2026-09-15',
          '2026-09-16',
          ['Session 1: Opening and data review', 'Session 2: Methods'],
        ],
        ['Spring Coordination Meeting', false, '2026-04-14', '2026-04-15', ['Welcome and agenda', 'Regional reports']],
        ['Water accounts', false, '2026-11-03', '2026-11-03', ['Closing']],
      ],
    );
    const keys = schedule.meetings.map((m) => m.key);
    expect(new Set(keys).size).toBe(3);
    expect(schedule.sessions.every((s) => s.meetingKey && keys.includes(s.meetingKey))).toBe(true);
  });

  it('joins a calendar meeting that names a number to that numbered meeting', () => {
    const schedule = buildSchedule([
      icsDoc(
        'n.ics',
        calendar('Cal', [vevent('n1@x', 'Fifth Coordination Meeting: Opening', '20260505T100000', '20260505T110000')]),
      ),
    ]);
    expect(schedule.meetings.map((m) => [m.number, m.numbered, m.key, m.sessions[0]?.title])).toEqual([
      [5, true, 'meeting-5', 'Opening'],
    ]);
  });

  describe('answered by the engine', () => {
    let engine: Engine;
    beforeAll(async () => {
      const dir = tempDir('knowledge');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'stats.ics'), STATISTICS);
      writeFileSync(path.join(dir, 'spring.ics'), SPRING);
      engine = await createEngine({
        config: loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: tempDir('data'), NOW: '2026-04-01T08:00:00Z' }),
        logger: quiet,
      });
    });
    afterAll(async () => {
      await engine?.close();
    });

    it('names the spring meeting by a word of its title', async () => {
      const a = await engine.ask('When does the spring coordination meeting start?');
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('Spring Coordination Meeting');
      expect(a.answer).toMatch(/14.*April 2026/);
      expect(a.sources[0]?.path).toBe('spring.ics');
    });

    it('gives the sessions of the statistics meeting by their own titles, once each', async () => {
      const a = await engine.ask('What time are the sessions of the statistics meeting?');
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('Session 1: Opening and data review');
      expect(a.answer).toContain('14:30');
      expect(a.answer.match(/Coordination meeting on statistics/g)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(a.answer).not.toContain('statistics - Session');
      // Each session it gives can be added to a calendar.
      expect(a.sessionKeys).toEqual(['ics:stat-1@example.org', 'ics:stat-2@example.org']);
    });

    it('says the next session with its meeting named once', async () => {
      const a = await engine.ask('When is the next session?');
      expect(a.answer).toContain('Welcome and agenda of the Spring Coordination Meeting');
      expect(a.answer).toContain('09:30');
    });
  });
});

describe('calendar meetings in any machine zone and across a DST change', () => {
  // Vienna leaves summer time early on Sunday 25 October 2026: the 10:00 sessions move from 08:00 to 09:00 UTC.
  const AUTUMN = calendar('Autumn', [
    vevent('aut-1@x', 'Autumn review meeting: Day one', '20261024T100000', '20261024T120000'),
    vevent('aut-2@x', 'Autumn review meeting: Day two', '20261026T100000', '20261026T120000'),
  ]);

  it.each([
    [
      'What time are the sessions of the autumn review meeting?',
      ['10:00–12:00 (Vienna time, GMT+2)', '10:00–12:00 (Vienna time, GMT+1)'],
    ],
    [
      'When is the next session?',
      ['Day two of the Autumn review meeting: Monday, 26 October 2026, 10:00–12:00 (Vienna time, GMT+1)'],
    ],
  ])(
    '"%s" reads the same in Auckland and New York',
    async (question, expected) => {
      const dir = tempDir('dst');
      writeFileSync(path.join(dir, 'autumn.ics'), AUTUMN);
      const ask = async (tz: string) => {
        const run = await runCli('src/cli/ask.ts', ['--json', question], {
          TZ: tz,
          KNOWLEDGE_DIR: dir,
          DATA_DIR: tempDir(`dst-data-${tz.replace('/', '-')}`),
          NOW: '2026-10-25T12:00:00Z',
        });
        expect(run.stderr).toBe('');
        return JSON.parse(run.stdout) as { answer: string; answered: boolean };
      };
      const auckland = await ask('Pacific/Auckland');
      const newYork = await ask('America/New_York');
      expect(auckland.answered).toBe(true);
      for (const text of expected) expect(auckland.answer).toContain(text);
      expect(newYork).toEqual(auckland);
    },
    120_000,
  );
});
