import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/answer/reading-passages.js';
import { verifyReply } from '../../src/answer/verify-answer.js';

const NOW = new Date('2014-03-01T12:00:00Z');

function passage(n: number, path: string, text: string): Passage {
  return { n, heading: `Page ${n}`, text, source: { path, title: `Page ${n}`, url: null, score: 1 } };
}

const PASSAGES = [
  passage(
    1,
    'meetings/10.md',
    'The 10th meeting was held on 9–10 February 2012 at United Nations Headquarters, New York. It was opened by Mr. Bela Hovy, Chief, Migration Section. About 60 participants attended.',
  ),
  passage(2, 'meetings/10.md', 'Session 1, 10:00–13:00: the report ESA/P/WP.204 was presented by Hania Zlotnik.'),
  passage(3, 'context/overview.md', 'The series began in 2002 and meets once a year in New York.'),
];

const reply = (answer: string, citations: number[] = []) => ({ answer, citations, found: true });

describe('the verifier lets through an answer its cited passages bear out', () => {
  it('keeps names, numbers, dates, times and symbols the cited passages hold, and lists only the cited files', () => {
    const verdict = verifyReply(
      reply(
        'The tenth meeting was held on 9 February 2012 [1] and opened by Bela Hovy [1]; at 10:00 Hania Zlotnik presented ESA/P/WP.204 [2]. About 60 participants came [1].',
      ),
      PASSAGES,
      NOW,
    );
    expect(verdict.verified).toBe(true);
    if (!verdict.verified) return;
    expect(verdict.cited.map((p) => p.source.path)).toEqual(['meetings/10.md', 'meetings/10.md']);
    // Markers count sources, not prompt passages: both passages are the same file, source [1].
    expect(verdict.text).not.toContain('[2]');
    expect(verdict.text).toContain('ESA/P/WP.204 [1]');
  });

  it.each([
    'The tenth meeting took place on 9 and 10 February 2012 at UN Headquarters in New York [1].',
    'It was held on Thursday and Friday, 9–10 February 2012, in New York [1].',
    'Bela Hovy, Chief of the Migration Section, opened the meeting [1].',
    'Session 1 ran from 10 a.m. to 1 p.m. [2]',
    'Mr. Hovy opened it; some 60 people took part [1].',
    'La reunión se celebró del 9 al 10 de febrero de 2012 en New York [1].',
  ])('lets through a paraphrase a model may write: %j', (answer) => {
    const verdict = verifyReply(reply(answer), PASSAGES, NOW);
    expect(verdict).toMatchObject({ verified: true });
  });

  it('renumbers markers to the order in which the sources are listed', () => {
    const verdict = verifyReply(reply('The series began in 2002 [3]. The tenth met in New York [1].'), PASSAGES, NOW);
    expect(verdict.verified).toBe(true);
    if (!verdict.verified) return;
    expect(verdict.text).toBe('The series began in 2002 [1]. The tenth met in New York [2].');
    expect([...new Set(verdict.cited.map((p) => p.source.path))]).toEqual(['context/overview.md', 'meetings/10.md']);
  });

  it('reads structured citations when the answer carries no markers', () => {
    const verdict = verifyReply(reply('It was opened by Bela Hovy.', [1]), PASSAGES, NOW);
    expect(verdict.verified).toBe(true);
  });
});

describe('the verifier withholds an answer with a claim no cited passage holds', () => {
  it.each([
    ['a person', 'It was opened by Zorana Petrovska-Lindqvist [1].', 'Zorana Petrovska-Lindqvist'],
    ['a person with a title', 'It was opened by Mr. Bela Okonkwo [1].', 'Okonkwo'],
    ['a number', 'About 470 participants attended [1].', '470'],
    ['a number in words', 'Forty-seven participants attended [1].', 'Forty-seven'],
    ['a date', 'It was held on 14 March 2031 [1].', '14 March 2031'],
    ['a day of the right month', 'It was held on 12 February 2012 [1].', '12 February 2012'],
    ['a year', 'It was held in February 2019 [1].', '2019'],
    ['a time', 'Session 1 began at 15:30 [2].', '15:30'],
    ['a document symbol', 'The report ESA/P/WP.999 was presented [2].', 'ESA/P/WP.999'],
  ])('%s', (_kind, answer, claim) => {
    const verdict = verifyReply(reply(answer), PASSAGES, NOW);
    expect(verdict.verified).toBe(false);
    if (verdict.verified) return;
    expect(verdict.reason).toContain(claim);
  });

  it('a true fact cited to a passage that does not hold it', () => {
    // Zlotnik is in passage 2, not in the passage cited.
    const verdict = verifyReply(reply('Hania Zlotnik presented the report [3].'), PASSAGES, NOW);
    expect(verdict.verified).toBe(false);
  });

  it.each([
    ['out of range', 'It was opened by Bela Hovy [7].', /cites \[7\], but the prompt held 3 passages/],
    ['zero', 'It was opened by Bela Hovy [0].', /cites \[0\]/],
    ['malformed', 'It was opened by Bela Hovy [1a].', /malformed citation "\[1a\]"/],
    ['half a list', 'It was opened by Bela Hovy [1, two].', /malformed citation/],
    ['missing', 'It was opened by Bela Hovy.', /cites no passage/],
  ])('a citation %s', (_kind, answer, reason) => {
    const verdict = verifyReply(reply(answer), PASSAGES, NOW);
    expect(verdict.verified).toBe(false);
    if (!verdict.verified) expect(verdict.reason).toMatch(reason);
  });

  it('a structured citation out of range', () => {
    const verdict = verifyReply(reply('It was opened by Bela Hovy.', [1, 42]), PASSAGES, NOW);
    expect(verdict.verified).toBe(false);
  });

  it('says the model found nothing when it replies NOT_FOUND or found: false', () => {
    for (const r of [reply('NOT_FOUND'), { answer: 'Bela Hovy [1]', citations: [1], found: false }]) {
      const verdict = verifyReply(r, PASSAGES, NOW);
      expect(verdict).toMatchObject({ verified: false, notFound: true });
    }
  });

  it('accepts lists of citations written [1, 2] and [1][2]', () => {
    expect(verifyReply(reply('Bela Hovy opened it; Hania Zlotnik spoke [1, 2].'), PASSAGES, NOW).verified).toBe(true);
    expect(verifyReply(reply('Bela Hovy opened it; Hania Zlotnik spoke [1][2].'), PASSAGES, NOW).verified).toBe(true);
  });
});

describe('an answer in the asker’s language', () => {
  it('is verified on its names, numbers and symbols, which stay as the documents write them', () => {
    const verdict = verifyReply(
      reply('La 10.ª reunión fue inaugurada por Bela Hovy [1]; asistieron unos 60 participantes [1].'),
      PASSAGES,
      NOW,
    );
    expect(verdict.verified).toBe(true);
  });

  it('is still withheld when it names someone the passages do not', () => {
    const verdict = verifyReply(reply('La reunión fue inaugurada por Zorana Petrovska [1].'), PASSAGES, NOW);
    expect(verdict.verified).toBe(false);
  });
});
