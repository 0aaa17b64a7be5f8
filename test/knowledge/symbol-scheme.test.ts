import { describe, expect, it } from 'vitest';
import { extractSymbols } from '../../src/knowledge/doc-symbols.js';
import { familySymbols, learnSymbolFamilies } from '../../src/knowledge/symbol-scheme.js';

const symbolsIn = (text: string, bodies: string[]) =>
  extractSymbols(text, learnSymbolFamilies(bodies)).map((m) => m.symbol);

describe('symbol families without a slash', () => {
  it.each([
    [
      'a year in brackets, a code with its number, a document number',
      [
        'Agenda: (2021) PMR-3 Doc 1. Notes: (2021) PMR-3 Doc 2.',
        'Report on (2021) PMR-3 Doc 4',
        'See (2024) PMR-4 Doc 6.',
      ],
      'The revised agenda (2021) PMR-3 Doc 1 Rev.1 replaces it.',
      '(2021) PMR-3 Doc 1 Rev.1',
    ],
    [
      'a code with its own number, a paper number and a revision',
      ['ICC 7 CRP 3 is the draft.', 'Comments on ICC 7 CRP 4 and ICC 8 CRP 1 are due.', 'ICC 8 CRP 2 was issued.'],
      'Delegates had ICC 8 CRP 1 Rev. 2 before them.',
      'ICC 8 CRP 1 Rev. 2',
    ],
    [
      'a two-digit year in brackets with the number run on, and a revision in lower case',
      ['The agenda, RD(22)01, was adopted.', 'RD(22)03 and RD(25)02 were presented.', 'See RD(25)04.'],
      'It was corrected by RD(22)03 corr.1, the call sign list.',
      'RD(22)03 corr.1',
    ],
    [
      'hyphenated parts that hold the year and the number',
      ['RBC-2023-INF-04 lists the participants.', 'RBC-2023-INF-05', 'The agenda, RBC-2024-INF-01, was adopted.'],
      'A corrigendum follows RBC-2024-INF-01 today.',
      'RBC-2024-INF-01',
    ],
  ])('learns %s from the corpus printing it with other numbers', (_shape, bodies, text, symbol) => {
    expect(symbolsIn(text, bodies)).toEqual([symbol]);
  });

  it('takes no shape the corpus prints only once, or always with the same numbers', () => {
    const once = ['The reading room is DC2-1474 on the 14th floor.'];
    expect(learnSymbolFamilies(once).size).toBe(0);
    const same = ['Ask for XQ 4 Doc 2.', 'XQ 4 Doc 2 is on the table.', 'Bring XQ 4 Doc 2.'];
    expect(learnSymbolFamilies(same).size).toBe(0);
  });

  it('takes no calendar line ("TUE 01 FEB 2022") for a symbol, however often the days recur', () => {
    const days = ['MON 01 FEB 2022 opening', 'MON 08 FEB 2022 visits', 'MON 15 FEB 2022 closing'];
    expect(learnSymbolFamilies(days).size).toBe(0);
  });

  it('takes no shape whose code the corpus also writes as an everyday word ("PART 1 Item 3" beside "part")', () => {
    const headings = [
      'PART 1 Item 3 Opening',
      'PART 1 Item 4 Budget',
      'PART 2 Item 1 Elections',
      'This part ends here.',
    ];
    expect(learnSymbolFamilies(headings).size).toBe(0);
    expect(learnSymbolFamilies(headings.slice(0, 3)).size).toBe(1);
  });

  it('finds nothing of a family inside a slash symbol, a word or a link', () => {
    const families = learnSymbolFamilies(['ICC 7 CRP 3', 'ICC 7 CRP 4', 'ICC 8 CRP 1']);
    expect(familySymbols('XICC 7 CRP 3 and https://example.org/ICC 7 CRP 3', families)).toEqual([]);
    expect(extractSymbols('See ESA/P/WP.199 and ICC 7 CRP 4.', families).map((m) => m.symbol)).toEqual([
      'ESA/P/WP.199',
      'ICC 7 CRP 4',
    ]);
    // A code with a single number ("SDG 16", "COP 28") names a goal or a conference, not a document.
    expect(learnSymbolFamilies(['SDG 16', 'SDG 5', 'SDG 10']).size).toBe(0);
  });

  it('reads no family where the corpus taught none', () => {
    expect(extractSymbols('(2021) PMR-3 Doc 1 and ICC 8 CRP 1').map((m) => m.symbol)).toEqual([]);
  });

  it('leaves the day of a date after a symbol to the date ("CEL-C1-INF-02 16 September 2019")', () => {
    const bodies = ['CEL-C1-INF-01 and CEL-C1-INF-03', 'CEL-C2-INF-01', 'CEL-C2-INF-02 lists the participants.'];
    expect(symbolsIn('CEL-C1-INF-02 16 September 2019 Original: English', bodies)).toEqual(['CEL-C1-INF-02']);
  });

  it.each([
    ['CEL-C1-REP', ['CEL-C1-WD-01 and CEL-C1-WD-02', 'CEL-C2-WD-01', 'CEL-C2-WD-03']],
    ['PNFG.A3.REP', ['PNFG.A3.D01 and PNFG.A3.D02', 'PNFG.A4.D01', 'PNFG.A4.D05']],
  ])('reads %s, a meeting’s document named in letters, as a symbol of the family it starts like', (symbol, bodies) => {
    expect(symbolsIn(`The report, ${symbol}, was adopted.`, bodies)).toEqual([symbol]);
    // Without the family, letters after a code and a number are no symbol.
    expect(symbolsIn(`The report, ${symbol}, was adopted.`, [])).toEqual([]);
    // Nor are they beside another series' family.
    expect(symbolsIn(`The report, ${symbol}, was adopted.`, ['XYZ-1-WD-01', 'XYZ-1-WD-02', 'XYZ-2-WD-01'])).toEqual([]);
  });
});
