import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import {
  BUNDLED_KNOWLEDGE_DIR,
  CHAT_EVAL_FILE,
  type EvalPart,
  LATER_PAGES,
  LATER_PAGES_3,
  LATER_PAGES_4,
  LATER_PAGES_5,
  loadEvalSet,
  SERIES,
} from '../../src/evaluation/eval-set.js';
import type { PerturbationKind } from '../../src/evaluation/perturb.js';
import { type EvalReport, evaluate, type PartSummaries } from '../../src/evaluation/run-eval.js';
import type { EvalSummary } from '../../src/evaluation/scoring.js';
import { createLogger } from '../../src/logging/logger.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

/**
 * The eval figures as a gate in `npm test`: a change that makes the engine worse on either part of either series,
 * or more fragile to rewording, fails here with the figure and its floor. Floors live in floors.json and are only
 * ever raised.
 */
interface DropLimits {
  maxAccuracyDrop: number;
  maxRefusalDrop?: number;
}
type MetricFloors = Partial<Record<keyof EvalSummary, number>>;
interface Floors {
  bundled: Partial<Record<EvalPart, MetricFloors>>;
  /** The allowed drop from the plain questions; `byKind` loosens it for a kind the engine is known to be weak on. */
  perturb: DropLimits & { byKind?: Partial<Record<PerturbationKind, Partial<DropLimits>>> };
  /** The chat-worded set on the bundled knowledge, written without looking at the engine. */
  chat: Partial<Record<EvalPart, MetricFloors>>;
  /** Raw pages of the later meetings with their questions, written without looking at the engine. */
  laterPages: Partial<Record<EvalPart, MetricFloors>>;
  /** A third such stand-in, in other page shapes. */
  laterPages3: Partial<Record<EvalPart, MetricFloors>>;
  /** A fourth such stand-in, in yet other page shapes. */
  laterPages4: Partial<Record<EvalPart, MetricFloors>>;
  /** A fifth, in page shapes none of the others has. */
  laterPages5: Partial<Record<EvalPart, MetricFloors>>;
  /** One entry per other series, by its name in `SERIES` ("b", "c"). */
  series: Record<string, Partial<Record<EvalPart, MetricFloors>>>;
}

const FLOORS_FILE = path.resolve('test/eval/floors.json');
const floors = JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors;
const tempDir = useTempDirs('rapporteur-floors');
const quiet = createLogger({ level: 'error', write: () => {} });

async function engineOn(knowledgeDir: string): Promise<Engine> {
  return createEngine({
    config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: tempDir('data') }),
    logger: quiet,
  });
}

function shortfalls(series: string, summary: PartSummaries, partFloors: Floors['bundled'] | undefined): string[] {
  const found: string[] = [];
  for (const [part, metrics] of Object.entries(partFloors ?? {}) as Array<[EvalPart, MetricFloors]>) {
    const figures = summary[part];
    if (!figures) {
      found.push(`${series} ${part}: floors are set in ${FLOORS_FILE} but the part has no questions`);
      continue;
    }
    for (const [metric, floor] of Object.entries(metrics) as Array<[keyof EvalSummary, number]>) {
      const value = figures[metric];
      if (value < floor) found.push(`${series} ${part} ${metric}: ${value.toFixed(3)} is below its floor ${floor}`);
    }
  }
  return found;
}

describe('eval floors: bundled series', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const engine = await engineOn(BUNDLED_KNOWLEDGE_DIR);
    try {
      report = await evaluate(engine, loadEvalSet(), { perturb: true });
    } finally {
      await engine.close();
    }
  }, 120_000);
  afterAll(() => {
    if (!report) return;
    const { tune, test } = report.summary;
    const line = (s: EvalSummary | null) =>
      s ? `accuracy ${s.accuracy.toFixed(3)}, refusal ${s.refusal.toFixed(3)}` : '–';
    process.stdout.write(`bundled: tune ${line(tune)}; test ${line(test)}\n`);
  });

  it('keeps accuracy and refusal of each part at or above its floor', () => {
    expect(floors.bundled.tune, `${FLOORS_FILE} needs bundled.tune floors`).toBeDefined();
    expect(floors.bundled.test, `${FLOORS_FILE} needs bundled.test floors`).toBeDefined();
    expect(shortfalls('bundled', report.summary, floors.bundled)).toEqual([]);
  });

  it('loses no more than the allowed accuracy or refusal to any kind of rewording', () => {
    const found: string[] = [];
    const rows = report.perturbation?.rows ?? [];
    for (const row of rows) {
      const { maxAccuracyDrop, maxRefusalDrop } = { ...floors.perturb, ...floors.perturb.byKind?.[row.kind] };
      const drops: Array<[string, number | null, number | undefined]> = [
        ['accuracy', row.accuracyDelta, maxAccuracyDrop],
        ['refusal', row.refusalDelta, maxRefusalDrop],
      ];
      for (const [metric, delta, allowed] of drops) {
        if (delta === null || allowed === undefined || -delta <= allowed) continue;
        found.push(
          `perturb ${row.kind}: ${metric} drops by ${(-delta).toFixed(3)} (${row.variants} variants), more than the allowed ${allowed}`,
        );
      }
    }
    expect(rows.some((r) => r.variants > 0)).toBe(true);
    expect(found).toEqual([]);
  });
});

describe.each([
  {
    name: 'chat-worded questions on the bundled series',
    dir: BUNDLED_KNOWLEDGE_DIR,
    file: CHAT_EVAL_FILE,
    key: 'chat',
  },
  {
    name: 'raw pages of the later meetings',
    dir: LATER_PAGES.knowledgeDir,
    file: LATER_PAGES.evalFile,
    key: 'laterPages',
  },
  {
    name: 'raw pages of the later meetings, third stand-in',
    dir: LATER_PAGES_3.knowledgeDir,
    file: LATER_PAGES_3.evalFile,
    key: 'laterPages3',
  },
  {
    name: 'raw pages of the later meetings, fourth stand-in',
    dir: LATER_PAGES_4.knowledgeDir,
    file: LATER_PAGES_4.evalFile,
    key: 'laterPages4',
  },
  {
    name: 'raw pages of the later meetings, fifth stand-in',
    dir: LATER_PAGES_5.knowledgeDir,
    file: LATER_PAGES_5.evalFile,
    key: 'laterPages5',
  },
] as const)('eval floors: $name', ({ dir, file, key }) => {
  it('keeps each part at or above its floor', async () => {
    const engine = await engineOn(dir);
    let report: EvalReport;
    try {
      report = await evaluate(engine, loadEvalSet(file));
    } finally {
      await engine.close();
    }
    expect(shortfalls(key, report.summary, floors[key])).toEqual([]);
  }, 120_000);
});

describe.each(Object.values(SERIES))('eval floors: series $name', (series) => {
  it('keeps each part at or above its floor on its own corpus', async () => {
    expect(existsSync(series.evalFile), `${series.evalFile} holds the series' questions`).toBe(true);
    const partFloors = floors.series[series.name];
    expect(partFloors, `${FLOORS_FILE} needs series.${series.name} floors`).toBeDefined();
    const engine = await engineOn(series.knowledgeDir);
    let report: EvalReport;
    try {
      report = await evaluate(engine, loadEvalSet(series.evalFile));
    } finally {
      await engine.close();
    }
    expect(shortfalls(`series ${series.name}`, report.summary, partFloors)).toEqual([]);
  }, 120_000);
});
