import { describe, expect, it } from 'vitest';
import { readParticipants } from '../../../src/knowledge/drafting/page-fields.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

const attendanceOf = (sentence: string) =>
  readParticipants(readingUnits({ body: `# News\n\n${sentence}` }), 'p.md')?.value;
const countOf = (sentence: string) => attendanceOf(sentence)?.count;

describe('the participant count a page reports', () => {
  it.each([
    ['The seminar was attended by some 120 experts.', 120],
    ['About 34 participants took part in the sittings.', 34],
    ['With 112 participants connected from 37 countries, it was the largest round so far.', 112],
    ['Forty-one statisticians and disaster managers from fifteen countries ended the seminar on Friday.', 41],
    ['Thirty-four inspectors came to Lisbon for two days.', 34],
    ['Some 60 inspectors met in Lisbon on 12–13 March 2024.', 60],
    ['The second one drew 95 participants from 28 cities, a record.', 95],
    ['It brought together 40 rangers from twelve reserves.', 40],
    ['In person: 18     By video link: 11     Total: 29 participants, 12 countries', 29],
    ['Total 112 participants (64 women)', 112],
    // A field of attendance, and a second count that leaves out its noun: the same people, taking part online.
    ['Attendance: 62 keepers in Bergen and 11 online, from 17 countries', 73],
    ['Some 40 keepers met in Bergen and 9 remotely.', 49],
    // A second count with a noun of its own counts something else.
    ['Some 40 keepers met in Bergen and 12 dogs came along.', 40],
  ])('reads %j as %i', (sentence, count) => {
    expect(countOf(sentence)).toBe(count);
  });

  it.each([
    'Some 30 papers from 12 countries were presented.',
    'The 2019 census covered 15 ports.',
    'Participants: 30 places, first come, first served',
  ])('reads no participants from %j', (sentence) => {
    expect(countOf(sentence)).toBeUndefined();
  });

  it.each([
    ['With 112 participants connected from 37 countries, it was the largest round so far.', '37 countries'],
    ['3. Forty-eight participants from 14 countries attended the symposium.', '14 countries'],
    ['The second one drew 95 participants from 28 cities, a record.', '28 cities'],
  ])('keeps the sentence that gives the count, which says more about who came: %j', (sentence, more) => {
    const description = attendanceOf(sentence)?.description;
    expect(description).toContain(more);
    expect(description).not.toMatch(/^3\./);
  });
});
