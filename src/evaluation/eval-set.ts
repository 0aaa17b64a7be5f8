import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config/env.js';

export const EVAL_PARTS = ['tune', 'test'] as const;
export type EvalPart = (typeof EVAL_PARTS)[number];

const itemSchema = z.object({
  id: z.string(),
  question: z.string(),
  category: z.string(),
  answerable: z.boolean(),
  facts: z.array(z.array(z.string()).min(1)),
  sources: z.array(z.string()),
  /** `test` questions are held out: tuning never looks at their failures, so their figures measure generality. */
  part: z.enum(EVAL_PARTS).default('tune'),
});

export type EvalItem = z.infer<typeof itemSchema>;

export const DEFAULT_EVAL_FILE = path.join(projectRoot, 'test', 'eval', 'questions.jsonl');
export const BUNDLED_KNOWLEDGE_DIR = path.join(projectRoot, 'knowledge');
/** The same knowledge asked as people write in chat, by someone who had not seen the engine (see its .md). */
export const CHAT_EVAL_FILE = path.join(projectRoot, 'test', 'eval', 'chat-questions.jsonl');

/**
 * Raw pages of the bundled series' later meetings (9–16) with questions about them, half worded as in chat, written
 * without looking at the engine: a stand-in for other meetings' real pages. Its README gives the parts.
 */
const LATER_PAGES_DIR = path.join(projectRoot, 'test', 'fixtures', 'later-meetings-2');
export const LATER_PAGES = {
  knowledgeDir: path.join(LATER_PAGES_DIR, 'corpus'),
  evalFile: path.join(LATER_PAGES_DIR, 'questions.jsonl'),
};
/** A third blind stand-in for those pages, in shapes the first two do not have (press releases, notes, covers). */
const LATER_PAGES_3_DIR = path.join(projectRoot, 'test', 'fixtures', 'later-meetings-3');
export const LATER_PAGES_3 = {
  knowledgeDir: path.join(LATER_PAGES_3_DIR, 'corpus'),
  evalFile: path.join(LATER_PAGES_3_DIR, 'questions.jsonl'),
};
/** A fourth blind stand-in, in yet other shapes (calendar and feed listings, a journal excerpt, an e-mail). */
const LATER_PAGES_4_DIR = path.join(projectRoot, 'test', 'fixtures', 'later-meetings-4');
export const LATER_PAGES_4 = {
  knowledgeDir: path.join(LATER_PAGES_4_DIR, 'corpus'),
  evalFile: path.join(LATER_PAGES_4_DIR, 'questions.jsonl'),
};
/** A fifth blind stand-in (a press release, Word, Google Docs and PDF exports, JSON-LD, ICS, CSV, wikitext). */
const LATER_PAGES_5_DIR = path.join(projectRoot, 'test', 'fixtures', 'later-meetings-5');
export const LATER_PAGES_5 = {
  knowledgeDir: path.join(LATER_PAGES_5_DIR, 'corpus'),
  evalFile: path.join(LATER_PAGES_5_DIR, 'questions.jsonl'),
};

/** A meeting series written as raw pages only, with its own questions and hand-written records. */
export interface SeriesFixture {
  name: string;
  knowledgeDir: string;
  evalFile: string;
  /** Hand-written records of the series, to measure the records drafted from its pages. */
  recordsDir: string;
  /** Drafting may be tuned on the failures of the `tune` meetings only; the `test` meetings are only scored. */
  recordParts?: Record<EvalPart, number[]>;
}

function seriesFixture(name: string, recordParts?: Record<EvalPart, number[]>): SeriesFixture {
  const dir = path.join(projectRoot, 'test', 'fixtures', `series-${name}`);
  return {
    name,
    knowledgeDir: path.join(dir, 'corpus'),
    evalFile: path.join(dir, 'questions.jsonl'),
    recordsDir: path.join(dir, 'records'),
    ...(recordParts ? { recordParts } : {}),
  };
}

/**
 * Other meeting series, each with its own words and symbols: figures on them show whether the engine fits only the
 * bundled one. Series C was written without looking at the engine, so its figures were measured blind first.
 */
export const SERIES: Record<string, SeriesFixture> = {
  b: seriesFixture('b'),
  c: seriesFixture('c', { tune: [1, 3, 5], test: [2, 4] }),
  d: seriesFixture('d', { tune: [1, 3], test: [2, 4] }),
  e: seriesFixture('e', { tune: [2, 3], test: [1, 4, 5] }),
  f: seriesFixture('f', { tune: [1, 3], test: [2, 4, 5] }),
  g: seriesFixture('g', { tune: [2, 3], test: [1, 4, 5] }),
  h: seriesFixture('h', { tune: [1, 3], test: [2, 4] }),
  i: seriesFixture('i', { tune: [1, 3, 4], test: [2, 5] }),
  j: seriesFixture('j', { tune: [1, 2, 4, 6], test: [3, 5] }),
  k: seriesFixture('k', { tune: [5, 7, 8, 10], test: [6, 9] }),
  l: seriesFixture('l', { tune: [3, 4, 6, 8], test: [5, 7] }),
  m: seriesFixture('m', { tune: [8, 10, 12], test: [9, 11] }),
  n: seriesFixture('n', { tune: [4, 6, 7], test: [3, 5] }),
  o: seriesFixture('o', { tune: [3, 5, 6], test: [2, 4] }),
};
export const SERIES_B = SERIES.b as SeriesFixture;

export function loadEvalSet(file = DEFAULT_EVAL_FILE): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(error as Error).message})`);
      }
      const parsed = itemSchema.safeParse(json);
      if (!parsed.success)
        throw new Error(
          `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
      return parsed.data;
    });
}
