import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngineConfig } from '../config/env.js';
import { BUNDLED_KNOWLEDGE_DIR, EVAL_PARTS, loadEvalSet, SERIES } from '../evaluation/eval-set.js';
import { COMPARED_FIELDS } from '../evaluation/record-compare.js';
import { evaluateRecords } from '../evaluation/record-eval.js';
import {
  type EvalReport,
  evaluate,
  isFailure,
  type PerturbationReport,
  type VariantResult,
} from '../evaluation/run-eval.js';
import type { EvalSummary, ItemResult, ReadingSummary } from '../evaluation/scoring.js';
import { bootstrap, configOrExit, exitWith } from './bootstrap.js';

const USAGE = `Usage: npm run eval -- [options]
  --file X          score the question set in X instead of test/eval/questions.jsonl
  --series NAME     score another series (${Object.keys(SERIES).join(', ')}: test/fixtures/series-NAME) against its own corpus, in a fresh
                    data folder; --series-b is --series b
  --perturb         also ask every question reworded (greeting, typo, ordinal form, …) and report per kind
  --llm             with the configured model (OPENAI_API_KEY, OPENAI_BASE_URL): also report context recall (the
                    prompt held a passage of an expected source), verified model answers and accuracy
  --failures        list the tune part's failures; test-part (held-out) failures are only counted
  --show-held-out   --failures including the test part's: for a final review only, never while tuning
  --records         compare the meeting records drafted from the knowledge folder's raw pages with hand-written
                    records, field by field (recall and precision)
  --expected DIR    with --records: the folder of hand-written records (default: the bundled knowledge folder)
  --meetings LIST   with --records: compare only these meetings (e.g. 1,3,5), to score a tune or test part alone
  --json            print the summaries as JSON`;

/**
 * `npm run eval`: the answer engine against an eval set, as a table per part. The test part is held out, so its
 * failures stay hidden unless asked for explicitly.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      failures: { type: 'boolean' },
      json: { type: 'boolean' },
      perturb: { type: 'boolean' },
      llm: { type: 'boolean' },
      series: { type: 'string' },
      'series-b': { type: 'boolean' },
      'show-held-out': { type: 'boolean' },
      records: { type: 'boolean' },
      expected: { type: 'string' },
      meetings: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.expected !== undefined && !values.records) usageError('--expected DIR goes with --records');
  if (values.meetings !== undefined && !values.records) usageError('--meetings LIST goes with --records');
  if (values.records) {
    const meetings = values.meetings === undefined ? undefined : meetingList(values.meetings);
    await recordsReport(values.expected, values.json === true, values.failures === true, meetings);
    return;
  }
  const seriesName = values.series ?? (values['series-b'] ? 'b' : undefined);
  const series = seriesName === undefined ? undefined : SERIES[seriesName];
  if (seriesName !== undefined && !series)
    usageError(`--series ${seriesName}: no such series (known: ${Object.keys(SERIES).join(', ')})`);
  if (series && values.file) usageError(`--series ${series.name} brings its own question set; leave out --file`);
  if (series && !existsSync(series.evalFile))
    usageError(`series ${series.name} has no question set yet at ${series.evalFile}`);
  const items = loadEvalSet(series ? series.evalFile : values.file);

  useKnowledge(series?.knowledgeDir);
  if (values.llm && !configOrExit(() => loadEngineConfig()).openai)
    usageError('--llm reads with the configured model: set OPENAI_API_KEY (and OPENAI_BASE_URL for another server)');
  const { engine } = await bootstrap();
  let report: EvalReport;
  try {
    report = await evaluate(engine, items, { perturb: values.perturb, reading: values.llm });
  } finally {
    await engine.close();
  }

  if (values.json) {
    const { all, tune, test } = report.summary;
    const perturb = report.perturbation ? { perturb: report.perturbation.rows } : {};
    const reading = report.reading ? { llm: { model: engine.stats().llm, ...report.reading } } : {};
    process.stdout.write(`${JSON.stringify({ all, tune, test, ...perturb, ...reading })}\n`);
    return;
  }
  process.stdout.write(partsTable(report.summary, METRICS));
  if (report.reading)
    process.stdout.write(`\nModel reading (${engine.stats().llm}):\n${partsTable(report.reading, READING_METRICS)}`);
  if (report.perturbation) process.stdout.write(`\n${perturbationTable(report)}`);
  const showHeldOut = values['show-held-out'] === true;
  if (values.failures || showHeldOut) {
    listFailures(report.results, showHeldOut);
    if (report.perturbation) listVariantFailures(report.perturbation, showHeldOut);
  }
}

/** `--records`: drafting measured against hand-written records; needs no index, so it embeds nothing. */
async function recordsReport(
  expectedDir: string | undefined,
  json: boolean,
  failures: boolean,
  meetings: number[] | undefined,
): Promise<void> {
  const config = configOrExit(() => loadEngineConfig());
  const result = await evaluateRecords(config.knowledgeDir, path.resolve(expectedDir ?? BUNDLED_KNOWLEDGE_DIR), {
    ...(meetings ? { meetings } : {}),
  });
  if (json) {
    const { fields, recall, precision, meetings } = result;
    process.stdout.write(`${JSON.stringify({ meetings, recall, precision, fields })}\n`);
    return;
  }
  process.stdout.write(
    `Records drafted from ${config.knowledgeDir} for meetings ${result.meetings.join(', ')}:\n\n${table(
      ['field', 'hand-written', 'drafted', 'matched', 'recall', 'precision'],
      [
        ...COMPARED_FIELDS.map((f) => {
          const s = result.fields[f];
          return [
            f,
            String(s.expected),
            String(s.drafted),
            String(s.matched),
            ratio(s.matched, s.expected),
            ratio(s.matched, s.drafted),
          ];
        }),
        ['all', '', '', '', fixed(result.recall), fixed(result.precision)],
      ],
    )}`,
  );
  for (const s of result.draft.skipped) process.stdout.write(`\nNo record for meeting ${s.number}: ${s.reason}`);
  if (failures) {
    for (const m of result.misses) process.stdout.write(`\n[meeting ${m.meeting}] ${m.kind} ${m.field}: ${m.value}`);
  }
  process.stdout.write('\n');
}

/** "1,3,5" → [1, 3, 5]; anything else is a usage error, so a typo never scores the wrong part. */
function meetingList(list: string): number[] {
  const numbers = list.split(',').map((n) => n.trim());
  if (!numbers.every((n) => /^[1-9]\d*$/.test(n)))
    usageError(`--meetings takes meeting numbers like 1,3,5, not "${list}"`);
  return numbers.map(Number);
}

const ratio = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(3));

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

/**
 * Points the engine at `knowledgeDir` (or the configured folder) and, when that is not the folder the data folder
 * was built for, at a throw-away data folder: otherwise the other corpus's index would evict the bundled one's.
 * bootstrap() reads its configuration from the environment only, hence setting it here rather than passing it.
 */
function useKnowledge(knowledgeDir: string | undefined): void {
  const configured = configOrExit(() => loadEngineConfig());
  const target = knowledgeDir ?? configured.knowledgeDir;
  const dataDirSet = (process.env.DATA_DIR ?? '').trim() !== '';
  const fresh =
    path.resolve(target) !== configured.knowledgeDir || (path.resolve(target) !== BUNDLED_KNOWLEDGE_DIR && !dataDirSet);
  if (!fresh) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rapporteur-eval-'));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  process.env.KNOWLEDGE_DIR = target;
  process.env.DATA_DIR = dataDir;
  process.stderr.write(`Knowledge folder: ${target} (fresh data folder ${dataDir})\n`);
}

const fixed = (n: number | null, digits = 3) => (n === null ? '–' : n.toFixed(digits));
const signed = (n: number | null) => (n === null ? '–' : `${n >= 0 ? '+' : ''}${n.toFixed(3)}`);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return `${[line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')}\n`;
}

const METRICS: Array<[string, (s: EvalSummary) => string]> = [
  ['questions', (s) => `${s.questions} (${s.answerable} answerable, ${s.unanswerable} not)`],
  ['answer accuracy', (s) => s.accuracy.toFixed(3)],
  ['Recall@5', (s) => s.recallAt5.toFixed(3)],
  ['MRR', (s) => s.mrr.toFixed(3)],
  ['refusal rate', (s) => s.refusal.toFixed(3)],
  ['false refusals', (s) => String(s.falseRefusals)],
  ['latency p50', (s) => `${s.p50.toFixed(1)} ms`],
  ['latency p95', (s) => `${s.p95.toFixed(1)} ms`],
];

/** A table with one column for all questions and one per part that has questions. */
function partsTable<T>(
  parts: { all: T } & Record<(typeof EVAL_PARTS)[number], T | null>,
  metrics: Array<[string, (s: T) => string]>,
): string {
  const columns: Array<[string, T]> = [['all', parts.all]];
  for (const part of EVAL_PARTS) {
    const s = parts[part];
    if (s) columns.push([part === 'test' ? 'test (held out)' : part, s]);
  }
  return table(
    ['metric', ...columns.map(([name]) => name)],
    metrics.map(([name, value]) => [name, ...columns.map(([, s]) => value(s))]),
  );
}

const READING_METRICS: Array<[string, (s: ReadingSummary) => string]> = [
  ['context recall', (s) => s.contextRecall.toFixed(3)],
  ['verified model answers', (s) => s.verified.toFixed(3)],
  ['answer accuracy', (s) => s.accuracy.toFixed(3)],
  ['refusal rate', (s) => s.refusal.toFixed(3)],
];

function perturbationTable(report: EvalReport): string {
  const perturbation = report.perturbation as PerturbationReport;
  const plain = report.summary.all;
  return table(
    ['variant', 'count', 'accuracy', 'refusal', 'Δ accuracy', 'Δ refusal', 'stable'],
    [
      ['plain', String(plain.questions), fixed(plain.accuracy), fixed(plain.refusal), '', '', ''],
      ...perturbation.rows.map((r) => [
        r.kind,
        String(r.variants),
        fixed(r.accuracy),
        fixed(r.refusal),
        signed(r.accuracyDelta),
        signed(r.refusalDelta),
        fixed(r.stable),
      ]),
    ],
  );
}

function heldOutNote(hidden: number, what: string): void {
  if (hidden > 0)
    process.stdout.write(
      `\n${hidden} ${what} in the held-out test part not listed (--show-held-out lists them, for a final review only).\n`,
    );
}

function listFailures(results: ItemResult[], showHeldOut: boolean): void {
  const failures = results.filter(isFailure);
  const hidden = showHeldOut ? 0 : failures.filter((r) => r.item.part === 'test').length;
  for (const r of failures.filter((x) => showHeldOut || x.item.part !== 'test')) {
    process.stdout.write(
      `\n[${r.item.id}] (${r.item.category}, ${r.item.part}) ${r.item.question}\n  answered=${r.answer.answered} intent=${r.answer.intent} correct=${r.correct} r@5=${r.recallAt5}\n  missing: ${JSON.stringify(r.missing.map((m) => m[0]))}\n  expected sources: ${r.item.sources.join(', ')}\n  got: ${r.answer.sources.map((x) => x.path).join(', ')}${r.promptPaths ? `\n  prompt: ${[...new Set(r.promptPaths)].join(', ')}` : ''}\n  answer: ${r.answer.answer.slice(0, 400).replace(/\n/g, ' / ')}\n`,
    );
  }
  heldOutNote(hidden, hidden === 1 ? 'failure' : 'failures');
}

/** Only rewordings that broke a question the plain wording gets right: the rest are already plain failures. */
function listVariantFailures(perturbation: PerturbationReport, showHeldOut: boolean): void {
  const broken = perturbation.variants.filter((v) => v.plain.correct && !v.result.correct);
  const shown = broken.filter((v) => showHeldOut || v.plain.item.part !== 'test');
  if (shown.length > 0) process.stdout.write('\nRewordings that broke a plain pass:\n');
  for (const v of shown) process.stdout.write(variantLine(v));
  const hidden = broken.length - shown.length;
  heldOutNote(hidden, hidden === 1 ? 'broken rewording' : 'broken rewordings');
}

function variantLine({ kind, plain, result }: VariantResult): string {
  return `\n[${plain.item.id} ${kind}] ${result.item.question}\n  answered=${result.answer.answered} intent=${result.answer.intent} (plain: ${plain.answer.intent})\n  missing: ${JSON.stringify(result.missing.map((m) => m[0]))}\n  answer: ${result.answer.answer.slice(0, 300).replace(/\n/g, ' / ')}\n`;
}

main().catch(exitWith);
