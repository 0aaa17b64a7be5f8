import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { extractSymbols, learnSymbolUrlTemplate, symbolUrl } from '../../src/knowledge/doc-symbols.js';
import { loadText } from '../../src/knowledge/loaders/text.js';
import { detectMeeting } from '../../src/knowledge/meeting-detect.js';
import { SymbolIndex } from '../../src/knowledge/symbol-index.js';

const RAW = path.resolve('test/fixtures/raw-pages');

describe('extractSymbols', () => {
  it('finds UN document symbols of several series, in text order, without trailing punctuation', () => {
    // A bare resolution number stays as written: only the corpus can say which series it belongs to.
    const text =
      'The Declaration (A/RES/68/4) follows the report A/58/98, the draft A/68/L.5; papers ESA/P/WP.199 and ' +
      'ESA/P/WP/249. The Commission had E/CN.9/2014/3, and General Assembly resolution 58/208 set the Dialogue.';
    expect(extractSymbols(text).map((s) => s.symbol)).toEqual([
      'A/RES/68/4',
      'A/58/98',
      'A/68/L.5',
      'ESA/P/WP.199',
      'ESA/P/WP/249',
      'E/CN.9/2014/3',
      '58/208',
    ]);
  });

  it('does not take dates, fractions or ordinary words for symbols', () => {
    expect(extractSymbols('On 12/02/2014, about 3/4 of A participants and E-mail users agreed.')).toEqual([]);
  });

  it('links a symbol to the UN document system', () => {
    expect(symbolUrl('A/RES/68/4', 'https://undocs.org/{symbol}')).toBe('https://undocs.org/A/RES/68/4');
    expect(symbolUrl('A/58/98', 'https://docs.example.org/?s={symbol}')).toBe('https://docs.example.org/?s=A/58/98');
  });
});

describe('detectMeeting on raw pages', () => {
  it('reads the meeting number and both dates of the second meeting page', () => {
    const doc = loadText('second-meeting-2003.txt', fs.readFileSync(path.join(RAW, 'second-meeting-2003.txt'), 'utf8'));
    const detected = detectMeeting(doc.body, { path: doc.path, title: doc.title });
    expect(detected).toMatchObject({ number: 2, start: '2003-10-15', end: '2003-10-16' });
    expect(detected.yearInferred).toBeFalsy();
  });

  it('takes the year of the news page from its file name when the text gives none', () => {
    const rel = 'news/2012/tenth-meeting-news-2012.txt';
    const doc = loadText(rel, fs.readFileSync(path.join(RAW, 'tenth-meeting-news-2012.txt'), 'utf8'));
    const detected = detectMeeting(doc.body, { path: rel, title: doc.title });
    expect(detected).toEqual({
      number: 10,
      noun: 'meeting',
      start: '2012-02-09',
      end: '2012-02-10',
      yearInferred: true,
    });
  });

  it('leaves the dates unset when neither the text nor the name gives a year', () => {
    const detected = detectMeeting('The Tenth Coordination Meeting took place from 9 to 10 February.', {
      path: 'news.txt',
    });
    expect(detected.number).toBe(10);
    expect(detected.start).toBeUndefined();
  });
});

describe('SymbolIndex over the bundled knowledge', () => {
  it('lists A/RES/68/4 with its title, link and the meeting records that cite it', async () => {
    const corpus = await loadCorpus(path.resolve('knowledge'));
    const index = new SymbolIndex(corpus.documents, 'https://undocs.org/{symbol}');
    const info = index.get('a/res/68/4');
    expect(info?.symbol).toBe('A/RES/68/4');
    expect(info?.url).toBe('https://undocs.org/A/RES/68/4');
    expect(info?.title).toMatch(/Declaration/);
    const paths = info?.citations.map((c) => c.path) ?? [];
    expect(paths).toContain('meetings/12-twelfth-meeting-2014.md');
    expect(paths).toContain('meetings/13-thirteenth-meeting-2015.md');
    expect(new Set(paths).size).toBe(paths.length);
    const meetings = info?.citations.map((c) => c.meetingNumber).filter((n) => n !== undefined) ?? [];
    expect(meetings).toEqual([...meetings].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(index.get('A/RES/99/999')).toBeUndefined();
  });
});

describe("a series' link pattern for its symbols, learned from its pages", () => {
  it('is the pattern the pages link two or more symbols in', () => {
    const pages = [
      'See resolution A/RES/58/208 (https://undocs.org/A/RES/58/208).',
      'The mandate (https://undocs.org/A/RES/56/203) and https://example.org/news/2019 were cited.',
    ];
    expect(learnSymbolUrlTemplate(pages)).toBe('https://undocs.org/{symbol}');
    expect(
      learnSymbolUrlTemplate([
        'Papers at https://docs.example.org/view?doc=HSN-S2/WP-01 and ?doc=HSN-S2/WP-02.',
        'https://docs.example.org/view?doc=HSN-S2/WP-02',
      ]),
    ).toBe('https://docs.example.org/view?doc={symbol}');
  });

  it('is none when the pages link no symbol, or only one', () => {
    expect(learnSymbolUrlTemplate(['The working paper APCA-C2/WP-03 is on the site.'])).toBeUndefined();
    expect(learnSymbolUrlTemplate(['One link: https://undocs.org/A/RES/58/208.'])).toBeUndefined();
  });
});
