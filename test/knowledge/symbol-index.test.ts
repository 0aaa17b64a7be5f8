import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { learnSymbolUrlTemplate } from '../../src/knowledge/doc-symbols.js';
import type { KnowledgeDocument } from '../../src/knowledge/document.js';
import { SymbolIndex } from '../../src/knowledge/symbol-index.js';

function page(file: string, body: string, meetingNumber?: number): KnowledgeDocument {
  return { path: file, format: 'text', title: file, body, hash: file, detected: {}, meetingNumber };
}

describe('SymbolIndex learns a series’ symbols from its corpus', () => {
  const corpus = [
    page('ws2.txt', 'Report XYZ/WS/2019/3 and the list of participants NBWSC/WS/2021/INF.2.', 2),
    page('ws3.txt', 'The Commission, in its resolution 12/4 and decision 7/1, and see XYZ/RES/12/4.', 3),
    page('ws4.txt', 'Working paper XYZ/WS/WP.17 was discussed; so was decision 9/9.', 4),
  ];
  const index = new SymbolIndex(corpus, 'https://docs.example/{symbol}');

  it('takes what a drafted record says of a cited symbol, without overriding it or inventing an entry', () => {
    const drafted = new SymbolIndex(corpus);
    drafted.describe({ symbol: 'XYZ/WS/2019/3', title: 'Report of the workshop', kind: 'report', date: '3 May 2019' });
    drafted.describe({ symbol: 'XYZ/WS/2019/3', title: 'Another title', kind: 'paper' });
    drafted.describe({ symbol: 'XYZ/WS/2020/9', title: 'Never cited', kind: 'paper' });
    expect(drafted.get('XYZ/WS/2019/3')).toMatchObject({
      title: 'Report of the workshop',
      kind: 'report',
      date: '3 May 2019',
    });
    expect(drafted.get('XYZ/WS/2020/9')).toBeUndefined();
  });

  it('reads a bare resolution as the corpus’s own symbol for it', () => {
    const info = index.get('XYZ/RES/12/4');
    expect(info?.citations.map((c) => c.path)).toEqual(['ws3.txt']);
    expect(index.get('12/4')?.symbol).toBe('XYZ/RES/12/4');
    expect(index.all().map((i) => i.symbol)).not.toContain('12/4');
  });

  it('keeps a bare number the corpus has no symbol for as written, with its citations', () => {
    expect(index.get('7/1')?.symbol).toBe('7/1');
    expect(index.get('9/9')?.citations.map((c) => c.path)).toEqual(['ws4.txt']);
    // A resolution symbol does not stand in for a decision with the same number.
    expect(index.get('XYZ/RES/7/1')).toBeUndefined();
  });

  it('learns the scheme’s prefixes, most used first', () => {
    expect(index.prefixes()).toEqual(['XYZ', 'NBWSC']);
  });

  it('finds the symbols a question names, however it spells them', () => {
    expect(index.mentionsIn('what is xyz/ws/2019/3?')).toEqual(['XYZ/WS/2019/3']);
    expect(index.mentionsIn('What is in NBWSC/WS/2021/INF/2 and nbwsc ws 2021 inf 2?')).toEqual([
      'NBWSC/WS/2021/INF.2',
    ]);
    expect(index.mentionsIn('who wrote WP.17')).toEqual(['XYZ/WS/WP.17']);
    expect(index.mentionsIn('who wrote wp 17, and what did resolution 12/4 say?')).toEqual([
      'XYZ/WS/WP.17',
      'XYZ/RES/12/4',
    ]);
  });

  it('finds nothing the corpus does not know, and no symbol in ordinary words and numbers', () => {
    expect(index.mentionsIn('What is XYZ/WS/2030/1?')).toEqual([]);
    expect(index.mentionsIn('Who spoke at the 2019 workshop on 3 June, session 2?')).toEqual([]);
  });
});

describe('SymbolIndex on the bundled knowledge', () => {
  let index: SymbolIndex;
  beforeAll(async () => {
    const { documents } = await loadCorpus(path.resolve('knowledge'));
    // The bundled pages link their symbols to undocs.org: that pattern is learned for every symbol.
    index = new SymbolIndex(documents, learnSymbolUrlTemplate(documents.map((d) => d.body)));
  });

  it('meets "resolution 58/208" and "A/RES/58/208" in one entry', () => {
    const full = index.get('A/RES/58/208');
    expect(full?.url).toBe('https://undocs.org/A/RES/58/208');
    expect(index.get('58/208')).toBe(full);
    expect(index.all().filter((i) => i.symbol.endsWith('58/208'))).toHaveLength(1);
    expect(full?.citations.map((c) => c.path)).toContain('meetings/07-seventh-meeting-2008.md');
  });

  it('reads a question’s symbols in every spelling readers use', () => {
    expect(index.mentionsIn('what is esa/p/wp.199')).toEqual(['ESA/P/WP.199']);
    expect(index.mentionsIn('What is ESA/P/WP/199?')).toEqual(['ESA/P/WP.199']);
    expect(index.mentionsIn('who wrote wp 199')).toEqual(['ESA/P/WP.199']);
    expect(index.mentionsIn('What does resolution 58/208 ask for?')).toEqual(['A/RES/58/208']);
    expect(index.mentionsIn('compare A/RES/68/4 with res/70/1')).toEqual(['A/RES/68/4', 'A/RES/70/1']);
  });

  it('learns the UN prefixes', () => {
    expect(index.prefixes()).toEqual(expect.arrayContaining(['A', 'ESA', 'POP']));
  });
});
