import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { draftRecords } from '../../../src/knowledge/drafting/draft-records.js';
import { detectMeeting } from '../../../src/knowledge/meeting-detect.js';
import { useTempDirs, writePages } from '../../helpers/temp-dirs.js';

describe('dates with the month in Roman numerals', () => {
  it.each([
    ['Fourth Meeting of the Guild · Bergen, 17.II.2011 – 18.II.2011', '2011-02-17', '2011-02-18'],
    ['Bergen, 30.IX.2019 - 1.X.2019', '2019-09-30', '2019-10-01'],
  ])('reads %j', (text, start, end) => {
    expect(detectMeeting(text)).toMatchObject({ start, end });
  });
});

/**
 * A fictional guild's events listing gives a meeting's first day alone; its programme gives both days.
 */
describe('a page that gives only the first day beside one that gives the days', () => {
  const tempDir = useTempDirs('rapporteur-date-spans');

  it('keeps the days as the fuller page gives them, and both values as a conflict', async () => {
    const dir = writePages(tempDir('knowledge'), {
      'events.md':
        '# Fourth Meeting of the Guild of Bell-Ringers\n\nBergen, 9 February 2012\n\nA listing of the day it opens.\n',
      'programme-of-the-fourth-meeting.md':
        '# Programme of the Fourth Meeting of the Guild of Bell-Ringers\n\nBergen, 9–10 February 2012\n',
    });
    const [draft] = draftRecords((await loadCorpus(dir)).documents).drafts;
    expect([draft?.record.start, draft?.record.end]).toEqual(['2012-02-09', '2012-02-10']);
    expect(draft?.conflicts.find((c) => c.field === 'end')?.values.map((v) => v.value)).toEqual([
      '2012-02-10',
      '2012-02-09',
    ]);
  });
});
