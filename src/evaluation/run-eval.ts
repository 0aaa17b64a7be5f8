import type { Answer, AskContext } from '../answer/types.js';
import { EVAL_PARTS, type EvalItem, type EvalPart } from './eval-set.js';
import { PERTURBATION_KINDS, type PerturbationKind, perturb } from './perturb.js';
import {
  type EvalSummary,
  type ItemResult,
  type ReadingSummary,
  scoreItem,
  summarize,
  summarizeReading,
} from './scoring.js';

/**
 * One eval run shared by `npm run eval` and the floors test, so the figures a developer sees are the figures the
 * test holds the engine to.
 */
export interface Asker {
  ask(question: string, context?: AskContext): Promise<Answer>;
}

/** `null` for a part with no questions, so a reader never mistakes "nothing asked" for a score of zero. */
export type PartSummaries = { all: EvalSummary } & Record<EvalPart, EvalSummary | null>;

export interface PerturbationRow {
  kind: PerturbationKind;
  variants: number;
  /** Over answerable variants; null when the kind produced none. */
  accuracy: number | null;
  /** Over unanswerable variants; null when the kind produced none. */
  refusal: number | null;
  /** Variant accuracy minus the accuracy of the same plain questions, counted once per variant. */
  accuracyDelta: number | null;
  refusalDelta: number | null;
  /** Share of variants with the plain question's `answered` flag and facts-correctness. */
  stable: number | null;
}

export interface VariantResult {
  kind: PerturbationKind;
  plain: ItemResult;
  result: ItemResult;
  stable: boolean;
}

export interface PerturbationReport {
  rows: PerturbationRow[];
  variants: VariantResult[];
}

export interface EvalReport {
  results: ItemResult[];
  summary: PartSummaries;
  perturbation?: PerturbationReport;
  /** With a model: context recall, verified answers and accuracy, per part. */
  reading?: { all: ReadingSummary } & Record<EvalPart, ReadingSummary | null>;
}

export async function askAll(engine: Asker, items: EvalItem[]): Promise<ItemResult[]> {
  // One untimed pass first so the figures are for a warm engine, as a running bot is.
  await engine.ask(items[0]?.question ?? 'warm-up');
  const results: ItemResult[] = [];
  for (const item of items) results.push(await askOne(engine, item, item.question));
  return results;
}

async function askOne(engine: Asker, item: EvalItem, question: string): Promise<ItemResult> {
  const started = performance.now();
  let promptPaths: string[] | undefined;
  try {
    const answer = await engine.ask(question, { onPassages: (sources) => (promptPaths = sources.map((s) => s.path)) });
    const result = scoreItem(item, answer, performance.now() - started);
    return promptPaths ? { ...result, promptPaths } : result;
  } catch (error) {
    throw new Error(`eval ${item.id}: asking ${JSON.stringify(question)} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** One summary over all results and one per part; `null` for a part with no questions. */
function perPart<T>(results: ItemResult[], of: (inPart: ItemResult[]) => T): { all: T } & Record<EvalPart, T | null> {
  const byPart = (part: EvalPart) => {
    const inPart = results.filter((r) => r.item.part === part);
    return inPart.length > 0 ? of(inPart) : null;
  };
  return { all: of(results), tune: byPart(EVAL_PARTS[0]), test: byPart(EVAL_PARTS[1]) };
}

export function summarizeByPart(results: ItemResult[]): PartSummaries {
  return perPart(results, summarize);
}

/** Facts-correctness apart from refusing: an unanswerable item has no facts, so only `answered` can move. */
const sameOutcome = (a: ItemResult, b: ItemResult) =>
  a.answer.answered === b.answer.answered && (a.missing.length === 0) === (b.missing.length === 0);

/** Asks every perturbation of every plain question and scores it exactly as the plain question is scored. */
export async function askPerturbations(engine: Asker, plain: ItemResult[]): Promise<PerturbationReport> {
  const variants: VariantResult[] = [];
  for (const p of plain) {
    for (const { kind, text } of perturb(p.item.question, p.item.id)) {
      const result = await askOne(engine, { ...p.item, question: text }, text);
      variants.push({ kind, plain: p, result, stable: sameOutcome(p, result) });
    }
  }
  return { rows: PERTURBATION_KINDS.map((kind) => perturbationRow(kind, variants)), variants };
}

function perturbationRow(kind: PerturbationKind, all: VariantResult[]): PerturbationRow {
  const variants = all.filter((v) => v.kind === kind);
  const share = (of: VariantResult[], ok: (v: VariantResult) => boolean) =>
    of.length > 0 ? of.filter(ok).length / of.length : null;
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const answerable = variants.filter((v) => v.plain.item.answerable);
  const unanswerable = variants.filter((v) => !v.plain.item.answerable);
  const accuracy = share(answerable, (v) => v.result.correct);
  const refusal = share(unanswerable, (v) => v.result.correct);
  return {
    kind,
    variants: variants.length,
    accuracy,
    refusal,
    accuracyDelta: delta(
      accuracy,
      share(answerable, (v) => v.plain.correct),
    ),
    refusalDelta: delta(
      refusal,
      share(unanswerable, (v) => v.plain.correct),
    ),
    stable: share(variants, (v) => v.stable),
  };
}

export async function evaluate(
  engine: Asker,
  items: EvalItem[],
  options: { perturb?: boolean; reading?: boolean } = {},
): Promise<EvalReport> {
  if (items.length === 0) throw new Error('eval: the question set is empty');
  const results = await askAll(engine, items);
  const report: EvalReport = { results, summary: summarizeByPart(results) };
  if (options.reading) report.reading = perPart(results, summarizeReading);
  if (options.perturb) report.perturbation = await askPerturbations(engine, results);
  return report;
}

/** Whether a result counts as a failure worth listing: wrong, or right without the expected source in the top 5. */
export const isFailure = (r: ItemResult) => !r.correct || (r.item.answerable && !r.recallAt5);
