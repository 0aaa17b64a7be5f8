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
});
