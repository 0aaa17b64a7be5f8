import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateRecords } from '../../../src/evaluation/record-eval.js';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { type ExportedRecord, exportRecords } from '../../../src/knowledge/record-export.js';

/**
 * Raw pages of the ninth to sixteenth meetings, written for the project as a stand-in for pages it has not seen,
 * drafted into records and compared with the bundled hand-written records of those meetings. Meetings 9–12 are
 * the part the drafter may be tuned on, 13–16 the held-out part (see the folder's README).
 */
const CORPUS = path.resolve('test/fixtures/later-meetings/corpus');
const BUNDLED = path.resolve('knowledge');

type Part = 'tune' | 'test';
type PartFloors = Record<Part, { recall: number; precision: number }>;
const records = JSON.parse(readFileSync(path.resolve('test/eval/floors.json'), 'utf8')).records as Record<
  string,
  PartFloors
>;

/** The second to fifth stand-ins (`later-meetings-2` to `-5`) were written blind to the engine, in other shapes. */
const STAND_INS = [
  { corpus: CORPUS, floors: records.laterMeetings as PartFloors },
  { corpus: path.resolve('test/fixtures/later-meetings-2/corpus'), floors: records.laterMeetings2 as PartFloors },
  { corpus: path.resolve('test/fixtures/later-meetings-3/corpus'), floors: records.laterMeetings3 as PartFloors },
  { corpus: path.resolve('test/fixtures/later-meetings-4/corpus'), floors: records.laterMeetings4 as PartFloors },
  { corpus: path.resolve('test/fixtures/later-meetings-5/corpus'), floors: records.laterMeetings5 as PartFloors },
];

describe.each(
  STAND_INS.flatMap(({ corpus, floors }) =>
    (
      [
        ['tune', [9, 10, 11, 12]],
        ['test', [13, 14, 15, 16]],
      ] as Array<[Part, number[]]>
    ).map(([part, meetings]) => ({ corpus, floors, part, meetings, name: `${path.basename(path.dirname(corpus))}` })),
  ),
)('records drafted from the later meetings ($name), $part part', ({ corpus, floors, part, meetings }) => {
  it('match the bundled records field by field, above the floors', async () => {
    const result = await evaluateRecords(path.join(corpus, part), BUNDLED);
    expect(result.meetings).toEqual(meetings);
    expect(result.recall, JSON.stringify(result.misses)).toBeGreaterThanOrEqual(floors[part].recall);
    expect(result.precision, JSON.stringify(result.misses)).toBeGreaterThanOrEqual(floors[part].precision);
  });
});

describe('what a reviewer sees in the drafts of the tuning part', () => {
  let records: ExportedRecord[];
  const record = (n: number) => records.find((r) => r.number === n) as ExportedRecord;

  beforeAll(async () => {
    records = exportRecords((await loadCorpus(path.join(CORPUS, 'tune'))).documents).records;
  });

  it('names the opener from a programme flattened one cell a line, citing the line of the item', () => {
    expect(record(10).opened_by).toEqual({ name: 'Bela Hovy', role: 'Population Division, DESA' });
    expect(record(10).provenance?.opened_by).toEqual({
      path: '10-tenth-meeting-overview-organization-of-work.txt',
      line: 27,
    });
  });

  it('keeps a table row with an empty time cell in the session of the row above', () => {
    const [morning, ...others] = record(9).sessions;
    expect(others).toEqual([]);
    expect(morning?.start).toBe('2011-02-17T10:00');
    expect(morning?.items.map((i) => [i.number, i.speakers.map((s) => s.name)])).toEqual([
      ['I', ['Hania Zlotnik']],
      ['II', ['Julian Ventura Valero']],
    ]);
  });

  it('gives each speaker the talk printed after their name, not as part of their role', () => {
    const panel = record(12).sessions[0]?.items.find((i) => i.number === 'II');
    expect(panel?.speakers).toContainEqual({
      name: 'Michael Doyle',
      role: 'Columbia University',
      topic: 'Why migration was not included in the MDGs, and why it should be part of the SDGs',
    });
  });
});
