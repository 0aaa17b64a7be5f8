import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import { chunkDocument } from '../../src/knowledge/chunk.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import type { KnowledgeDocument } from '../../src/knowledge/document.js';
import { draftRecords } from '../../src/knowledge/drafting/draft-records.js';
import { learnMeetingCodes } from '../../src/knowledge/meeting-codes.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { SymbolIndex } from '../../src/knowledge/symbol-index.js';
import { createLogger } from '../../src/logging/logger.js';
import { buildCatalogue, type Catalogue } from '../../src/question/catalogue.js';
import { meetingNamePatterns } from '../../src/question/meeting-names.js';
import { parseQuestion } from '../../src/question/question.js';
import { Bm25Index } from '../../src/retrieval/bm25.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

/** A series of reef "dialogues" whose symbols number each meeting: RDX/DG.2/INF/1 is a paper of the second. */
const tempDir = useTempDirs('rapporteur-codes');
let catalogue: Catalogue;
let documents: KnowledgeDocument[];
let knowledgeDir: string;

const PAGES: Record<string, string> = {
  'one.txt':
    'First Dialogue on Reef Data\n\nSuva\n\n3 to 4 May 2019\n\nDocuments: RDX/DG.1/1 (agenda), RDX/DG.1/INF/1, working paper WP-02. DAY 2: field visit. It ran for 2 days.',
  'two.txt':
    'Second Dialogue on Reef Data\n\nApia\n\n14 to 15 September 2021\n\nThe report RDX/DG.2/REP was adopted. Papers WP-01 and WP-03. DAY 1: opening.',
  'three.txt':
    'Third Dialogue on Reef Data\n\nNuku’alofa\n\n6 to 7 June 2023\n\nThe third dialogue (DG.3) reviewed RDX/DG.3/1 and DG.3/INF/2. DAY 2: closing.',
  'documents.md': [
    '# Documents of the Third Dialogue on Reef Data',
    '',
    '## DG.3 – Nuku’alofa, 6–7 June 2023',
    '',
    '- RDX/DG.3/INF/4 List of participants (to be published with the report)',
    '',
    '| Symbol | Title | Issued |',
    '| --- | --- | --- |',
    '| RDX/DG.3/REP | Report of the third dialogue | – |',
    '',
    '## DG.2 – Apia, 14–15 September 2021',
    '',
    'Some 48 participants from 12 countries took part in the dialogue.',
    '',
    '- RDX/DG.2/INF/3 Note on reef survey methods',
    '',
    '| Symbol | Title | Issued |',
    '| --- | --- | --- |',
    '| RDX/DG.2/REP | Report of the second dialogue | 20.11.2021 |',
    '',
    'Prof. Ana Lima, Chair of the first dialogue, gave the keynote.',
  ].join('\n'),
};

beforeAll(async () => {
  const dir = tempDir('knowledge');
  knowledgeDir = dir;
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(PAGES)) writeFileSync(path.join(dir, name), text);
  const corpus = await loadCorpus(dir);
  documents = corpus.documents;
  const schedule = buildSchedule(corpus.documents, draftRecords);
  const bm25 = new Bm25Index(corpus.documents.flatMap((d) => chunkDocument(d, schedule)).map((c) => c.searchText));
  catalogue = buildCatalogue(schedule, corpus.documents, new SymbolIndex(corpus.documents), bm25);
});

describe("a series' own codes for its meetings", () => {
  const ask = async (question: string) => {
    const engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: tempDir('data') }),
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    try {
      return await engine.ask(question);
    } finally {
      await engine.close();
    }
  };

  it.each([
    'When was the DG.2 report issued?',
    'whats the issue date of the dg2 report',
    'DG 2: when was its report issued?',
  ])('reads the part of another meeting’s page headed with the meeting asked about: %j', async (question) => {
    const a = await ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('20.11.2021');
    expect(a.sources.map((s) => s.path)).toContain('documents.md');
  });

  it.each([
    'When was the DG.3 report issued?',
    'whats the issue date of the dg3 report',
    'DG 3: when was its report issued?',
  ])('says it cannot find a date the table leaves blank, and gives no other date for it: %j', async (question) => {
    const a = await ask(question);
    expect(a.answered).toBe(false);
    expect(a.answer).not.toMatch(/20\.11\.2021/);
    expect(a.answer).toMatch(/couldn't find the date of the report/);
  });

  it.each([
    'Who gave the keynote at DG.2?',
    'who did the keynote at dg2',
    'Who delivered the keynote at the DG 2 dialogue?',
  ])(
    'reads a person described by another meeting ("Chair of the first dialogue") as this one’s: %j',
    async (question) => {
      const a = await ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('Ana Lima');
    },
  );

  it('drafts the part of a page under another meeting’s heading into that meeting’s record', () => {
    const records = draftRecords(documents).drafts.map((d) => d.record);
    const symbols = (n: number) => records.find((r) => r.number === n)?.documents.map((d) => d.symbol) ?? [];
    expect(symbols(2)).toContain('RDX/DG.2/INF/3');
    expect(symbols(3)).toContain('RDX/DG.3/INF/4');
    expect(symbols(3)).not.toContain('RDX/DG.2/INF/3');
    expect(records.find((r) => r.number === 2)?.participants?.count).toBe(48);
    expect(records.find((r) => r.number === 3)?.participants?.count).toBeUndefined();
  });

  it.each(['How many participants took part in DG.3?', 'how many ppl came to dg3', 'DG 3: number of participants?'])(
    'does not answer for one meeting from the part of a page headed with another: %j',
    async (question) => {
      const a = await ask(question);
      expect(a.answer).not.toMatch(/\b48\b/);
    },
  );

  it('learns the letters that number meetings on their own pages, not a paper number or a day', () => {
    expect(learnMeetingCodes(documents)).toEqual([{ letters: 'dg', joined: false }]);
  });

  it('reads letters the corpus also writes as a word as a code only when joined to the number', () => {
    const withWord = documents.map((d, i) => (i === 0 ? { ...d, body: `${d.body} The dg of the reef.` } : d));
    const codes = learnMeetingCodes(withWord);
    expect(codes).toEqual([{ letters: 'dg', joined: true }]);
    const names = meetingNamePatterns([], codes);
    const numbers = (text: string) => [...text.matchAll(names.code ?? /$^/g)].map((m) => Number(m[1]));
    expect(numbers('who opened DG.2?')).toEqual([2]);
    expect(numbers('what happened at dg3')).toEqual([3]);
    expect(numbers('DG-1: where was it held?')).toEqual([1]);
    expect(numbers('the dg 2 days later')).toEqual([]);
  });

  it('learns a one-letter code beside the article it spells ("PNX.A2.REP" and "a")', () => {
    const page = (n: number): KnowledgeDocument => ({
      ...(documents[0] as KnowledgeDocument),
      path: `a${n}.txt`,
      meetingNumber: n,
      body: `Report PNX.A${n}.REP of a meeting. Documents PNX.A${n}.D01 and PNX.A${n}.D02 were issued.`,
    });
    const codes = learnMeetingCodes([page(1), page(2), page(3)]);
    expect(codes).toEqual([{ letters: 'a', joined: true }]);
    const code = meetingNamePatterns([], codes).code ?? /$^/g;
    expect([...'what was decided at A3?'.matchAll(code)].map((m) => m[1])).toEqual(['3']);
    expect([...'it was a 3 day visit, a2b'.matchAll(code)]).toEqual([]);
  });

  it.each([
    ['who opened DG.2?', [2]],
    ['hey what happened at dg3', [3]],
    ['DG 1: where was it held?', [1]],
  ])('resolves %j to the meeting its code numbers', (text, numbers) => {
    const q = parseQuestion(text, catalogue);
    expect(q.meetingNumbers).toEqual(numbers);
    expect(q.meetingBy).toBe('ordinal');
    expect(q.terms.map((t) => t.term)).not.toContain('dg');
  });

  it.each(['what is on day 2?', 'did it run for 2 days?', 'what was in WP-02?'])(
    'reads no meeting from other letters and numbers: %j',
    (text) => {
      expect(parseQuestion(text, catalogue).meetingBy).not.toBe('ordinal');
    },
  );
});
