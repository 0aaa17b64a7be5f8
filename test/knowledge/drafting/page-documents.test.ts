import { describe, expect, it } from 'vitest';
import { readDocuments } from '../../../src/knowledge/drafting/page-documents.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

const documentsOf = (body: string, title: string) =>
  readDocuments(readingUnits({ body }), 'page.txt', title).map((d) => ({
    symbol: d.value.symbol,
    title: d.value.title,
  }));

describe('documents a page cites', () => {
  it('names a symbol in brackets by the words before it, even in the letter’s first lines', () => {
    const letter = [
      'HARBOUR SAFETY BOARD',
      '',
      '3 March 2025',
      '',
      'Dear colleague,',
      '',
      'The Declaration of the Port Ministers (HSB/DEC/2024/1) and the Review of Pilotage Standards (HSB/REV/2024/7)',
      'will guide the discussion.',
    ].join('\n');
    expect(documentsOf(letter, 'HARBOUR SAFETY BOARD')).toEqual([
      { symbol: 'HSB/DEC/2024/1', title: 'Declaration of the Port Ministers HSB/DEC/2024/1' },
      { symbol: 'HSB/REV/2024/7', title: 'Review of Pilotage Standards HSB/REV/2024/7' },
    ]);
  });

  it('keeps a symbol printed on a cover as the page’s own document', () => {
    const cover = ['HSB/SEM/2023/2', '', 'Report of the Third Seminar on Harbour Safety', '', 'Valparaíso, June 2023'];
    expect(documentsOf(cover.join('\n'), 'Report of the Third Seminar on Harbour Safety')).toEqual([
      { symbol: 'HSB/SEM/2023/2', title: 'Report of the Third Seminar on Harbour Safety' },
    ]);
  });

  it.each([
    ['Documents', ['Contributed papers', 'Background papers']],
    ['## Background papers', ['Pilotage in fog: a review', 'Tug escort rules, 2019 edition']],
    ['KEY DOCUMENTS', ['Provisional agenda', 'List of participants']],
  ])('takes each line of a list under the heading %j as a document, with no symbol', (heading, titles) => {
    const page = ['Third Seminar on Harbour Safety', '', heading, '', ...titles.map((t) => `- ${t}`)].join('\n');
    expect(documentsOf(page, 'Third Seminar on Harbour Safety')).toEqual(
      titles.map((title) => ({ symbol: undefined, title })),
    );
  });

  it('takes no document from a list under another heading', () => {
    const page = ['Third Seminar on Harbour Safety', '', 'Objectives', '', '- Review pilotage', '- Adopt rules'];
    expect(documentsOf(page.join('\n'), 'Third Seminar on Harbour Safety')).toEqual([]);
  });

  it('takes the title a list line gives after the symbol', () => {
    const list = ['Documents', '', '- HSB/SEM/2023/1 Provisional agenda', '- HSB/SEM/2023/3 List of participants'];
    expect(documentsOf(list.join('\n'), 'Documents')).toEqual([
      { symbol: 'HSB/SEM/2023/1', title: 'Provisional agenda' },
      { symbol: 'HSB/SEM/2023/3', title: 'List of participants' },
    ]);
  });

  it('takes only the first symbol on a cover for the page’s own; one its first paragraphs name is cited', () => {
    const report = [
      'HARBOUR SAFETY BOARD                                  HSB/SEM/2023/REP',
      '                                                          4 July 2023',
      '',
      '              REPORT OF THE THIRD SEMINAR',
      '',
      '1. The Seminar was held in Valparaíso from 12 to 14 June 2023.',
      '',
      '2. Attendance. 41 participants took part. The list of participants was issued as HSB/SEM/2023/INF.3.',
    ].join('\n');
    const title = 'HARBOUR SAFETY BOARD · HSB/SEM/2023/REP';
    expect(documentsOf(report, title)).toEqual([
      { symbol: 'HSB/SEM/2023/REP', title },
      { symbol: 'HSB/SEM/2023/INF.3', title: 'HSB/SEM/2023/INF.3' },
    ]);
  });

  it('reads the date after a cover’s symbol as its date of issue, not as its title', () => {
    const cover = ['HSB/SEM/2023/INF.2 16 May 2023 Original: English', '', 'Third Seminar – Programme'];
    const [own] = readDocuments(readingUnits({ body: cover.join('\n') }), 'page.txt', 'Third Seminar – Programme');
    expect(own?.value).toMatchObject({ symbol: 'HSB/SEM/2023/INF.2', title: 'Third Seminar – Programme' });
    expect(own?.value.date).toBe('16 May 2023');
  });

  it.each([
    ['Ms Ana Ruiz introduced HSB/SEM/2023/4 on tug escort in fog. She asked for comments.', 'tug escort in fog'],
    ['The Board had before it HSB/SEM/2023/5, entitled “Pilotage standards”, and agreed.', 'Pilotage standards'],
    ['He presented HSB/SEM/2023/6 about berth allocation; members welcomed it.', 'berth allocation'],
  ])('titles a paper by what prose says it is about: %j', (text, title) => {
    const [, paper] = documentsOf(`HSB/SEM/2023/REP\n\n${text}`, 'Report');
    expect(paper?.title).toBe(title);
  });

  it('takes no title from the sentence after the one a symbol ends, nor from a date or "on behalf of"', () => {
    const text = [
      'HSB/SEM/2023/REP',
      '',
      '6. Survey (item 3). Mr Per Lind presented HSB/SEM/2023/7. Members reported 40 wrecks.',
      '',
      'The Secretary introduced HSB/SEM/2023/8 on 13 June 2023.',
      '',
      'Ms Ruiz introduced HSB/SEM/2023/9 on behalf of the Bureau.',
    ].join('\n');
    expect(documentsOf(text, 'Report').map((d) => d.title)).toEqual([
      'Report',
      'HSB/SEM/2023/7',
      'HSB/SEM/2023/8',
      'HSB/SEM/2023/9',
    ]);
  });
});
