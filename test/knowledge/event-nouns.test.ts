import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { learnEventNouns } from '../../src/knowledge/event-nouns.js';
import { meetingNoun } from '../../src/knowledge/meeting-detect.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const tempDir = useTempDirs('rapporteur-nouns');

describe('the word a series uses for its meetings', () => {
  it('is learned from page titles that give it after two or more ordinals', () => {
    expect(
      learnEventNouns([
        { title: 'Minutes of the Second Monitoring Round' },
        { title: 'Fourth Monitoring Round (PMR-4): documents' },
        { title: 'Ljubljana to host the fifth Round, June 8–10, 2027' },
      ]),
    ).toEqual(['round']);
    expect(learnEventNouns([{ title: '1st Harbour Plenary' }, { title: 'The 3rd Harbour Plenary, Gdynia' }])).toEqual([
      'plenary',
    ]);
  });

  it('is not learned from one ordinal, one page, a known noun or a word in running text', () => {
    expect(learnEventNouns([{ title: 'Second Harbour Plenary' }, { title: 'Second Harbour Plenary: papers' }])).toEqual(
      [],
    );
    expect(learnEventNouns([{ title: 'First Plenary, Second Plenary and Third Plenary' }])).toEqual([]);
    expect(
      learnEventNouns([{ title: 'Third Regional Workshop Report' }, { title: 'Fourth Regional Workshop' }]),
    ).toEqual([]);
    // A list of participants' "First Secretary" and "Second Secretary" follow ordinals in the text, not in titles.
    expect(learnEventNouns([{ title: 'List of participants' }, { title: 'Participants' }])).toEqual([]);
  });

  it('names the meetings of a folder whose pages never say "meeting"', async () => {
    const dir = tempDir('plenaries');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'p1.md'),
      '# First Harbour Plenary\n\nGdynia, 3–4 March 2026\n\nMs. A. Nowak, First Secretary, and Mr. B. Kowal, Second Secretary, attended.\n',
    );
    writeFileSync(path.join(dir, 'p2.md'), '# Second Harbour Plenary\n\nKlaipėda, 9–10 March 2027\n');
    const { documents } = await loadCorpus(dir);
    const detected = Object.fromEntries(documents.map((d) => [d.path, d.detected]));
    expect(detected['p1.md']).toMatchObject({ number: 1, noun: 'plenary', start: '2026-03-03' });
    expect(detected['p2.md']).toMatchObject({ number: 2, noun: 'plenary', start: '2027-03-09' });
  });
});

describe('a learned word for meetings', () => {
  it.each([
    ['Second Plenaries', 'Fourth Harbour Plenary', 'plenary'],
    ['First Review Process', 'Second Review Process: documents', 'process'],
    ['Third Rounds', 'Fifth Round (PMR-5)', 'round'],
  ])('is kept in the singular English gives it: %j and %j teach %j', (first, second, noun) => {
    expect(learnEventNouns([{ title: first }, { title: second }])).toEqual([noun]);
  });

  it('is read in the plural as English spells it ("plenaries", "processes")', () => {
    expect(meetingNoun('Papers of the review processes', ['process'])).toBe('process');
    expect(meetingNoun('Reports of all plenaries', ['plenary'])).toBe('plenary');
    expect(meetingNoun('Reports of all plenarys', ['plenary'])).toBeUndefined();
  });
});
