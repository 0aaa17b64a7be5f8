import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Chunk, chunkDocument } from '../../src/knowledge/chunk.js';
import { type Corpus, loadCorpus } from '../../src/knowledge/corpus.js';
import type { KnowledgeDocument } from '../../src/knowledge/document.js';
import { buildSchedule, type Schedule } from '../../src/knowledge/schedule.js';

let corpus: Corpus;
let schedule: Schedule;
let all: Chunk[];

beforeAll(async () => {
  corpus = await loadCorpus(path.resolve('knowledge'));
  schedule = buildSchedule(corpus.documents);
  all = corpus.documents.flatMap((doc) => chunkDocument(doc, schedule));
});

const doc = (rel: string): KnowledgeDocument => {
  const found = corpus.documents.find((d) => d.path === rel);
  if (!found) throw new Error(`${rel} is not in the bundled knowledge`);
  return found;
};

describe('chunkDocument', () => {
  it('turns a meeting record into fact chunks followed by prose', () => {
    const chunks = chunkDocument(doc('meetings/10-tenth-meeting-2012.md'), schedule);
    const kinds = chunks.map((c) => c.kind);
    expect(kinds).toContain('facts');
    expect(kinds).toContain('prose');
    expect(kinds.indexOf('facts')).toBe(0);
    expect(kinds.lastIndexOf('facts')).toBeLessThan(kinds.indexOf('prose'));
    const facts = chunks
      .filter((c) => c.kind === 'facts')
      .map((c) => c.text)
      .join('\n');
    expect(facts).toContain('Hovy');
    expect(facts).toMatch(/February 2012/);
  });

  it('carries the meeting, path and section on every chunk', () => {
    const chunks = chunkDocument(doc('meetings/08-eighth-meeting-2009.md'), schedule);
    for (const c of chunks) {
      expect(c.path).toBe('meetings/08-eighth-meeting-2009.md');
      expect(c.meetingNumber).toBe(8);
      expect(c.meetingStart).toBe('2009-11-16');
      expect(c.id.startsWith('meetings/08-eighth-meeting-2009.md#')).toBe(true);
      expect(c.searchText).toContain(c.text);
    }
    expect(chunks.filter((c) => c.kind === 'prose').every((c) => c.section.length > 0)).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });

  it('splits a long Markdown table by rows and repeats its header in every piece', () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) => `| ${i + 1} | Meeting number ${i + 1} on international migration | New York | Population Division |`,
    );
    const body = [
      '## Meetings at a glance',
      '',
      '| No. | Title | City | Organizer |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
    const table: KnowledgeDocument = {
      path: 'context/table.md',
      format: 'markdown',
      title: 'Series table',
      body,
      hash: 'x',
      detected: {},
    };
    const chunks = chunkDocument(table, schedule).filter((c) => c.kind === 'table');
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      const lines = c.text.split('\n');
      expect(lines[0]).toBe('| No. | Title | City | Organizer |');
      expect(lines[1]).toBe('| --- | --- | --- | --- |');
      expect(lines.length).toBeGreaterThan(2);
      expect(c.section).toBe('Meetings at a glance');
    }
    // Every row lands in exactly one piece, in order.
    const bodyRows = chunks.flatMap((c) => c.text.split('\n').slice(2));
    expect(bodyRows).toEqual(rows);
  });

  it('splits the bundled series table the same way', () => {
    const chunks = chunkDocument(doc('context/series-overview.md'), schedule).filter((c) => c.kind === 'table');
    expect(chunks.length).toBeGreaterThan(0);
    const header = chunks[0]?.text.split('\n').slice(0, 2);
    for (const c of chunks) expect(c.text.split('\n').slice(0, 2)).toEqual(header);
  });

  it('keeps every chunk of the bundled knowledge within 1200 characters', () => {
    expect(all.length).toBeGreaterThan(100);
    const longest = Math.max(...all.map((c) => c.text.length));
    expect(longest).toBeLessThanOrEqual(1200);
  });

  it('cuts a run-on paragraph between words, within the limit, without losing any', () => {
    const words = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    const long: KnowledgeDocument = {
      path: 'notes/long.txt',
      format: 'text',
      title: 'Long',
      body: words,
      hash: 'y',
      detected: {},
    };
    const chunks = chunkDocument(long, schedule);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.text.length <= 1200)).toBe(true);
    // Cuts fall between words: no word is split across two chunks, and none is lost.
    expect(chunks.map((c) => c.text).join(' ')).toBe(words);
  });
});
