import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/engine.js';
import { loadConfig } from '../../../src/config/env.js';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { clockRanges } from '../../../src/knowledge/drafting/clock-times.js';
import { draftRecords } from '../../../src/knowledge/drafting/draft-records.js';
import { type ExportedRecord, exportRecords } from '../../../src/knowledge/record-export.js';
import { buildSchedule } from '../../../src/knowledge/schedule.js';
import { dayOf } from '../../../src/knowledge/stated-day.js';
import { createLogger } from '../../../src/logging/logger.js';
import { calendar, vevent } from '../../helpers/ics.js';
import { useTempDirs } from '../../helpers/temp-dirs.js';

/**
 * A fictional council of tram operators meeting in Bangkok: its circular names the city, and its calendar gives
 * every time in UTC ("…Z"), as many calendar programs export them.
 */
const tempDir = useTempDirs('rapporteur-utc-calendar');

const CIRCULAR = `# Fifth Congress of the Tram Operators' Network (Bangkok, 2027-03-09 to 2027-03-10)

Bangkok, Thailand, 9–10 March 2027. All times are Bangkok time (UTC+7).
`;

const utcEvent = (uid: string, summary: string, start: string, end: string) =>
  ['BEGIN:VEVENT', `UID:${uid}`, `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, 'END:VEVENT'].join('\r\n');

const CALENDAR = calendar('Tram congress 2027', [
  utcEvent('c5-opening@example.org', '5th Congress: Opening', '20270309T020000Z', '20270309T023000Z'),
  utcEvent('c5-block-a@example.org', '5th Congress: Block A', '20270309T023000Z', '20270309T053000Z'),
]);

describe('a calendar whose times are in UTC, for a meeting in a city the pages name', () => {
  let dir: string;
  let record: ExportedRecord;

  beforeAll(async () => {
    dir = tempDir('utc');
    mkdirSync(path.join(dir, 'c5'), { recursive: true });
    writeFileSync(path.join(dir, 'c5', 'circular.md'), CIRCULAR);
    writeFileSync(path.join(dir, 'c5', 'council.ics'), CALENDAR);
    record = exportRecords((await loadCorpus(dir)).documents).records.find((r) => r.number === 5) as ExportedRecord;
  });

  it('drafts its sessions at the city’s local times', () => {
    expect(record.timezone).toBe('Asia/Bangkok');
    expect(record.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ['Opening', '2027-03-09T09:00', '2027-03-09T09:30'],
      ['Block A', '2027-03-09T09:30', '2027-03-09T12:30'],
    ]);
  });

  it('answers "when is the next congress?" with the meeting, then its first session, at the meeting’s local time', async () => {
    const engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: tempDir('data'), NOW: '2027-01-15T00:00:00Z' }),
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    const answer = await engine.ask("when's the next congress?");
    await engine.close();
    expect(answer.answer).toContain('The next congress is the 5th, 9–10 March 2027, in Bangkok.');
    expect(answer.answer).toContain('Opening of the 5th congress');
    expect(answer.answer).toContain('09:00–09:30');
  });

  it('shows the schedule’s sessions in the meeting’s zone, at the same instants', async () => {
    const schedule = buildSchedule((await loadCorpus(dir)).documents, draftRecords);
    const opening = schedule.meetings.find((m) => m.number === 5)?.sessions.find((s) => s.title === 'Opening');
    expect(opening?.start.toISOString()).toBe('2027-03-09T02:00:00.000Z');
    expect(opening?.timezone).toBe('Asia/Bangkok');
  });
});

describe('a numeric day beside its weekday', () => {
  it.each([
    ['Tue 9/3', '2027-03-09'],
    ['Wed 10/3', '2027-03-10'],
    ['Friday 3/9', '2027-09-03'],
    ['Tuesday 3/9', '2027-03-09'],
  ])('%j is read the way round its weekday falls on: %s', (text, day) => {
    expect(dayOf(text, 2027)).toBe(day);
  });
});

describe('dates written as digits', () => {
  it.each(['(Bangkok, 2027-03-09 to 2027-03-10)', 'Updated 2026-11-16', '2027-03-09–2027-03-10'])(
    'are no clock times: %j',
    (text) => {
      expect(clockRanges(text)).toEqual([]);
    },
  );
});

describe('a calendar description, whose line breaks are its writer’s', () => {
  const tempDirs = useTempDirs('rapporteur-ics-lines');

  it('reads each line as a line of its own: the speaker ends the item, and the note after it is no part of the name', async () => {
    const dir = tempDirs('lines');
    mkdirSync(path.join(dir, 'c3'), { recursive: true });
    writeFileSync(
      path.join(dir, 'c3', 'circular.md'),
      '# Third Congress of the Glassblowers (Murano, 2027-05-04)\n\nMurano, 4 May 2027.\n',
    );
    const description =
      'DESCRIPTION:Item 4. Annealing furnaces: the joint trial of the workshops (GB-3-D-04) - Dr Lucía Quispe Mamani\\nNot streamed.';
    writeFileSync(
      path.join(dir, 'c3', 'congress.ics'),
      calendar('Glassblowers 2027', [
        vevent(
          'g3-b@example.org',
          '3rd Congress: Block B',
          '20270504T140000',
          '20270504T170000',
          [description],
          'Europe/Rome',
        ),
      ]),
    );
    const record = exportRecords((await loadCorpus(dir)).documents).records.find((r) => r.number === 3);
    const people = record?.sessions.flatMap((s) => s.items.flatMap((i) => i.speakers.map((p) => p.name)));
    expect(people).toEqual(['Lucía Quispe Mamani']);
  });
});
