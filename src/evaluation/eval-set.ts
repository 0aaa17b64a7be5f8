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

/** A second, differently written meeting series: figures on it show whether the engine fits only the first. */
export const SERIES_B = {
  knowledgeDir: path.join(projectRoot, 'test', 'fixtures', 'series-b', 'corpus'),
  evalFile: path.join(projectRoot, 'test', 'fixtures', 'series-b', 'questions.jsonl'),
  /** Hand-written records of the series, to measure the records drafted from its pages. */
  recordsDir: path.join(projectRoot, 'test', 'fixtures', 'series-b', 'records'),
};

/** A third series, written without reading the engine, whose records are split into a tune and a held-out part. */
export const SERIES_C = {
  knowledgeDir: path.join(projectRoot, 'test', 'fixtures', 'series-c', 'corpus'),
  recordsDir: path.join(projectRoot, 'test', 'fixtures', 'series-c', 'records'),
  /** Drafting may be tuned on the failures of the `tune` meetings only; the `test` meetings are only scored. */
  recordParts: { tune: [1, 3, 5], test: [2, 4] } satisfies Record<EvalPart, number[]>,
};

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
