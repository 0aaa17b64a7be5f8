import { describe, expect, it } from 'vitest';
import { extractSymbols } from '../../src/knowledge/doc-symbols.js';

const symbols = (text: string) => extractSymbols(text).map((s) => s.symbol);

describe('extractSymbols: any secretariat’s document symbols, by their shape', () => {
  it('finds UN symbols of several series', () => {
    expect(symbols('See A/RES/68/4, ESA/P/WP.199, E/CN.9/2014/3 and S/RES/1325(2000).')).toEqual([
      'A/RES/68/4',
      'ESA/P/WP.199',
      'E/CN.9/2014/3',
      'S/RES/1325(2000)',
    ]);
  });

  it('finds symbols of schemes it was never told about', () => {
    expect(symbols('Papers XYZ/WS/2019/3 and NBWSC/WS/2021/INF.2; report CCBWS/WKS/2018/REP.')).toEqual([
      'XYZ/WS/2019/3',
      'NBWSC/WS/2021/INF.2',
      'CCBWS/WKS/2018/REP',
    ]);
    expect(symbols('FCCC/CP/2015/10/Add.1, A/C.2/68/L.5/Rev.1 and ICCD/COP(14)/23')).toEqual([
      'FCCC/CP/2015/10/Add.1',
      'A/C.2/68/L.5/Rev.1',
      'ICCD/COP(14)/23',
    ]);
    expect(symbols('Agenda WRN-AS4/AG-01, paper WRN-AS4/WP-02 and the report WRN-AS4/RPT.')).toEqual([
      'WRN-AS4/AG-01',
      'WRN-AS4/WP-02',
      'WRN-AS4/RPT',
    ]);
    // A segment may run its number on: the fourth symposium's papers NAWS/S4/DOC.2.
    expect(symbols('Papers NAWS/S4/DOC.2, NAWS/S2/DOC.1/Rev.1 and the report NAWS/S1/REP.')).toEqual([
      'NAWS/S4/DOC.2',
      'NAWS/S2/DOC.1/Rev.1',
      'NAWS/S1/REP',
    ]);
  });

  it('tidies trailing punctuation and unbalanced parentheses, and gives each mention’s place', () => {
    const text = '(ESA/P/WP/249). Then POP/834; and (A/58/98)';
    expect(extractSymbols(text)).toEqual([
      { symbol: 'ESA/P/WP/249', index: 1 },
      { symbol: 'POP/834', index: 21 },
      { symbol: 'A/58/98', index: 35 },
    ]);
  });

  it('keeps a bare resolution or decision number as written and says which it was', () => {
    expect(extractSymbols('under resolution 58/208')).toEqual([{ symbol: '58/208', index: 6, bare: 'resolution' }]);
    expect(extractSymbols('decision 2019/1 and res. 56/203').map((s) => [s.symbol, s.bare])).toEqual([
      ['2019/1', 'decision'],
      ['56/203', 'resolution'],
    ]);
  });

  it('does not take dates for symbols', () => {
    expect(symbols('On 12/05/2019, and again on 3/4/21 and 2019/05/12, we met.')).toEqual([]);
  });

  it('does not take "and/or", fractions or initialisms without a number', () => {
    expect(symbols('Members and/or observers; 3/4 of them; HIV/AIDS, TCP/IP, ISO/IEC/IEEE, A/C, 24/7.')).toEqual([]);
  });

  it('does not take the path of a URL', () => {
    expect(symbols('https://x.org/A/B/1 and www.un.org/A/RES/68/4 or https://undocs.org/?s=A/58/98')).toEqual([]);
    expect(symbols('[A/RES/68/4](https://undocs.org/A/RES/68/4)')).toEqual(['A/RES/68/4']);
  });

  it('does not take "N/A" or a symbol-like piece of a longer word', () => {
    expect(symbols('Room: N/A. Phone: n/a. Ref x-A/58/98, path/A/58/98, COVID-19/2020.')).toEqual([]);
  });
});
