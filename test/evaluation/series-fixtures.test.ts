import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const categories = new Set([
  'date',
  'time',
  'place',
  'person',
  'organisation',
  'document',
  'number',
  'list',
  'reason',
  'yesno',
  'description',
  'unanswerable',
]);

interface Question {
  id: string;
  question: string;
  category: string;
  answerable: boolean;
  facts: string[][];
  sources: string[];
  part: 'tune' | 'test';
}

/** The scorer's matching rules: case-insensitive, whitespace collapsed, en and em dashes read as hyphens. */
function normalize(text: string): string {
  return text
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function sourceText(corpus: URL, source: string): string {
  const raw = readFileSync(new URL(source, corpus), 'utf8');
  // Tags and Markdown emphasis are markup, not text.
  return normalize(raw.replace(/<[^>]+>/g, ' ').replace(/\*/g, ''));
}

function corpusFiles(dir: URL, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${prefix}${name}`;
    return statSync(new URL(name, dir)).isDirectory() ? corpusFiles(new URL(`${name}/`, dir), `${path}/`) : [path];
  });
}

/** Each series, with the kinds of page its README promises. */
const SERIES_FIXTURES = [
  { name: 'b', pageKinds: ['.html', '.txt', '.md', '.pdf'] },
  { name: 'c', pageKinds: ['.html', '.txt', '.md'] },
  { name: 'd', pageKinds: ['.html', '.txt', '.md'] },
  { name: 'e', pageKinds: ['.html', '.txt', '.md'] },
  { name: 'f', pageKinds: ['.html', '.txt', '.md'] },
  { name: 'g', pageKinds: ['.html', '.txt', '.md'] },
  { name: 'h', pageKinds: ['.html', '.txt', '.md'] },
  { name: 'i', pageKinds: ['.html', '.txt', '.md', '.pdf'] },
  { name: 'j', pageKinds: ['.html', '.txt', '.md', '.pdf', '.ics'] },
  { name: 'k', pageKinds: ['.html', '.txt', '.md', '.pdf', '.ics'] },
  { name: 'l', pageKinds: ['.html', '.txt', '.md', '.pdf', '.ics'] },
  { name: 'm', pageKinds: ['.html', '.txt', '.md', '.pdf', '.ics'] },
  { name: 'n', pageKinds: ['.html', '.txt', '.md', '.pdf', '.ics'] },
  { name: 'o', pageKinds: ['.html', '.txt', '.md', '.pdf', '.ics'] },
];

describe.each(SERIES_FIXTURES)('series-$name fixture', ({ name, pageKinds }) => {
  const fixture = new URL(`../fixtures/series-${name}/`, import.meta.url);
  const corpus = new URL('corpus/', fixture);
  const lines = readFileSync(new URL('questions.jsonl', fixture), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const questions = lines.map((line) => JSON.parse(line) as Question);

  it('has one valid JSON object per line', () => {
    expect(lines.length).toBeGreaterThanOrEqual(40);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('has unique, well-formed ids and fields', () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of questions) {
      expect(q.id).toMatch(new RegExp(`^${name}\\d{3}$`));
      expect(q.question.trim().length).toBeGreaterThan(0);
      expect(categories.has(q.category), `${q.id}: category ${q.category}`).toBe(true);
      expect(['tune', 'test']).toContain(q.part);
      expect(Array.isArray(q.sources)).toBe(true);
      if (q.answerable) {
        expect(q.facts.length, `${q.id}: answerable without facts`).toBeGreaterThan(0);
        expect(q.sources.length, `${q.id}: answerable without sources`).toBeGreaterThan(0);
        for (const group of q.facts) expect(group.length, `${q.id}: empty fact group`).toBeGreaterThan(0);
      } else {
        expect(q.facts, `${q.id}: unanswerable with facts`).toEqual([]);
        expect(q.category).toBe('unanswerable');
      }
    }
  });

  it('has at least 40 questions, 10 unanswerable, and both parts', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => !q.answerable).length).toBeGreaterThanOrEqual(10);
    const parts = new Set(questions.map((q) => q.part));
    expect(parts).toEqual(new Set(['tune', 'test']));
    const test = questions.filter((q) => q.part === 'test').length;
    expect(test / questions.length).toBeGreaterThan(0.2);
    expect(test / questions.length).toBeLessThan(0.5);
  });

  it('names only source files that exist in the corpus', () => {
    for (const q of questions) {
      for (const source of q.sources) {
        expect(existsSync(new URL(source, corpus)), `${q.id}: missing source ${source}`).toBe(true);
      }
    }
  });

  it('finds every fact of an answerable question in one of its (non-PDF) sources', () => {
    for (const q of questions.filter((item) => item.answerable)) {
      const readable = q.sources.filter((source) => !source.endsWith('.pdf'));
      if (readable.length === 0) continue;
      for (const group of q.facts) {
        const found = readable.some((source) =>
          group.some((alt) => sourceText(corpus, source).includes(normalize(alt))),
        );
        expect(found, `${q.id}: none of ${JSON.stringify(group.slice(0, 3))} in ${readable.join(', ')}`).toBe(true);
      }
    }
  });

  it('keeps the corpus as raw pages: no front matter, modest sizes, every kind of page', () => {
    const files = corpusFiles(corpus);
    for (const ext of pageKinds) {
      expect(
        files.some((file) => file.endsWith(ext)),
        `no ${ext} page`,
      ).toBe(true);
    }
    for (const file of files) {
      const bytes = readFileSync(new URL(file, corpus));
      expect(bytes.length, `${file} size`).toBeLessThan(8 * 1024);
      if (!file.endsWith('.pdf')) expect(bytes.toString('utf8').trimStart().startsWith('---'), file).toBe(false);
    }
  });
});
