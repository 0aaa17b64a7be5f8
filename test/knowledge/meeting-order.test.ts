import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { draftRecords } from '../../src/knowledge/drafting/draft-records.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { useEngineOver } from '../helpers/page-engine.js';
import { useTempDirs, writePages } from '../helpers/temp-dirs.js';

/**
 * A fictional guild of bell-ringers and its Gatherings: a page for each of three, and a message board whose thread,
 * dated by its posts, mentions the next Gathering in passing. The first Gathering was held in the Tenor Room, and the
 * second names its Rapporteur; the corpus writes neither "room" nor "rapporteur" in lower case.
 */
const PAGES: Record<string, string> = {
  'g1.md': '# 1st Gathering of the Bell-Ringers’ Guild\n\nYork, 4–5 May 2019, in the Tenor Room of the Minster Hall.\n',
  'g2.md':
    '# 2nd Gathering of the Bell-Ringers’ Guild\n\nGhent, 10–11 June 2022, at the Belfry Centre\n\nRapporteur: Ana Silva-Moura\n',
  'g3.md': '# 3rd Gathering of the Bell-Ringers’ Guild\n\nLisbon, 7–8 March 2025, at the Torre Hall\n\nRoom: Sino B\n',
  'g4.md': '# 4th Gathering of the Bell-Ringers’ Guild\n\nBruges, 2–3 May 2026, at the Halle Tower\n',
  'g5.md': '# 5th Gathering of the Bell-Ringers’ Guild\n\nUtrecht, 8–9 May 2027, at the Dom Hall\n',
  'board.txt': [
    'RINGERS BOARD > Gatherings > who is going to Lisbon?',
    '',
    'Posted by ropesight · 14 Oct 2024, 21:12',
    '',
    'Anyone booked yet? I hear the 6th Gathering has no host yet, but Lisbon is settled.',
  ].join('\n'),
};

describe('a meeting the pages only mention, dated out of the series’ order', () => {
  const tempDir = useTempDirs('rapporteur-order');

  it('is left out of the schedule, with the reason, and the pages’ own meetings stay', async () => {
    const dir = writePages(tempDir('knowledge'), PAGES);
    const schedule = buildSchedule((await loadCorpus(dir)).documents, draftRecords);
    expect(schedule.meetings.map((m) => [m.number, m.start])).toEqual([
      [1, '2019-05-04'],
      [2, '2022-06-10'],
      [3, '2025-03-07'],
      [4, '2026-05-02'],
      [5, '2027-05-08'],
    ]);
    expect(schedule.undrafted.find((s) => s.number === 6)?.reason).toMatch(/board\.txt.*only mention it.*2024-10-14/);
  });
});

describe('a word that asks for a fact or names an office, printed in another meeting’s heading', () => {
  const engine = useEngineOver(PAGES);

  it.each([
    'what room is the lisbon gathering in?',
    'which room was the Lisbon one in',
    'hey, lisbon gathering: what room + venue?',
  ])('names no meeting: %j asks about Lisbon only', async (question) => {
    const reply = await engine().ask(question);
    expect(reply.answer).toContain('Sino B');
    expect(reply.answer).not.toContain('Tenor');
  });

  it.each([
    "who's the rapporteur for the lisbon gathering?",
    'Who was Rapporteur at the Lisbon Gathering?',
    'lisbon one - rapporteur pls',
  ])('reads no office as a meeting’s name: %j is not asked of the Ghent Gathering', async (question) => {
    const reply = await engine().ask(question);
    expect(reply.answer).not.toContain('Silva-Moura');
  });
});
