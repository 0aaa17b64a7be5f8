import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../config/env.js';

const itemSchema = z.object({
  id: z.string(),
  question: z.string(),
  category: z.string(),
  answerable: z.boolean(),
  facts: z.array(z.array(z.string()).min(1)),
  sources: z.array(z.string()),
});

export type EvalItem = z.infer<typeof itemSchema>;

export const DEFAULT_EVAL_FILE = path.join(projectRoot, 'test', 'eval', 'questions.jsonl');

export function loadEvalSet(file = DEFAULT_EVAL_FILE): EvalItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, i }) => {
      const parsed = itemSchema.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(
          `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
      return parsed.data;
    });
}
