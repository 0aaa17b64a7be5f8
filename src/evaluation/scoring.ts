import type { Answer } from '../answer/types.js';
import type { EvalItem } from './eval-set.js';

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ');

/** Each required fact must appear in the answer through at least one of its accepted spellings. */
export function missingFacts(item: EvalItem, answer: string): string[][] {
  const text = norm(answer);
  return item.facts.filter((alternatives) => !alternatives.some((alt) => text.includes(norm(alt))));
}

export function reciprocalRank(item: EvalItem, paths: string[]): number {
  const rank = paths.findIndex((p) => item.sources.includes(p));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

export interface ItemResult {
  item: EvalItem;
  answer: Answer;
  ms: number;
  correct: boolean;
  recallAt5: boolean;
  rr: number;
  missing: string[][];
  /** The files of the passages put before the model, when one read the question. */
  promptPaths?: string[];
}

export function scoreItem(item: EvalItem, answer: Answer, ms: number): ItemResult {
  const paths = answer.sources.map((s) => s.path);
  const missing = item.answerable ? missingFacts(item, answer.answer) : [];
  const correct = item.answerable ? answer.answered && missing.length === 0 : !answer.answered;
  return {
    item,
    answer,
    ms,
    correct,
    recallAt5: item.sources.length > 0 && paths.slice(0, 5).some((p) => item.sources.includes(p)),
    rr: reciprocalRank(item, paths),
    missing,
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export interface EvalSummary {
  questions: number;
  answerable: number;
  unanswerable: number;
  accuracy: number;
  recallAt5: number;
  mrr: number;
  refusal: number;
  falseRefusals: number;
  p50: number;
  p95: number;
}

export function summarize(results: ItemResult[]): EvalSummary {
  const answerable = results.filter((r) => r.item.answerable);
  const withSources = answerable.filter((r) => r.item.sources.length > 0);
  const unanswerable = results.filter((r) => !r.item.answerable);
  const ms = results.map((r) => r.ms);
  const ratio = (n: number, d: number) => (d ? n / d : 0);
  return {
    questions: results.length,
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    accuracy: ratio(answerable.filter((r) => r.correct).length, answerable.length),
    recallAt5: ratio(withSources.filter((r) => r.recallAt5).length, withSources.length),
    mrr: ratio(
      withSources.reduce((a, r) => a + r.rr, 0),
      withSources.length,
    ),
    refusal: ratio(unanswerable.filter((r) => r.correct).length, unanswerable.length),
    falseRefusals: answerable.filter((r) => !r.answer.answered).length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
  };
}

/** How the model's reading went: set only when the eval ran with a model (`npm run eval -- --llm`). */
export interface ReadingSummary {
  questions: number;
  /** Answerable questions whose prompt held a passage of an expected source, over those that name sources. */
  contextRecall: number;
  /** Questions answered by the model with an answer the verifier let through. */
  verified: number;
  /** Answer accuracy over answerable questions, whoever answered (the model, or the offline fallback). */
  accuracy: number;
  /** Refusal rate over unanswerable questions. */
  refusal: number;
}

export function summarizeReading(results: ItemResult[]): ReadingSummary {
  const withSources = results.filter((r) => r.item.answerable && r.item.sources.length > 0);
  const answerable = results.filter((r) => r.item.answerable);
  const unanswerable = results.filter((r) => !r.item.answerable);
  const ratio = (n: number, d: number) => (d ? n / d : 0);
  return {
    questions: results.length,
    contextRecall: ratio(
      withSources.filter((r) => (r.promptPaths ?? []).some((p) => r.item.sources.includes(p))).length,
      withSources.length,
    ),
    verified: ratio(results.filter((r) => r.answer.intent.endsWith('+llm')).length, results.length),
    accuracy: ratio(answerable.filter((r) => r.correct).length, answerable.length),
    refusal: ratio(unanswerable.filter((r) => r.correct).length, unanswerable.length),
  };
}
