import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureHnswAtScale, type ScaleFigures } from '../bench/hnsw-scale.js';
import { writeRawPages } from '../bench/raw-pages.js';
import {
  type BenchReport,
  markdownReport,
  retrieverTable,
  scaleTable,
  storageTable,
  streamingTable,
  svgChart,
  table,
} from '../bench/report.js';
import { measureRetriever, type RetrieverFigures } from '../bench/retrieval-eval.js';
import { RETRIEVERS } from '../bench/retrievers.js';
import { measureSlackStreaming } from '../bench/slack-streaming.js';
import { measureStorageLatency } from '../bench/storage-latency.js';
import { projectRoot } from '../config/env.js';
import { loadEvalSet } from '../evaluation/eval-set.js';
import { percentile } from '../evaluation/scoring.js';
import { chunkDocument } from '../knowledge/chunk.js';
import { loadCorpus } from '../knowledge/corpus.js';
import { buildSchedule } from '../knowledge/schedule.js';
import { LocalHashEmbeddings } from '../retrieval/local-embeddings.js';
import { bootstrap, exitWith } from './bootstrap.js';

/**
 * `npm run bench`: speed and memory of the answer engine on the configured corpus, our retrievers side by side
 * with their peers on the eval set, and HNSW recall against exact search on synthetic corpora up to 100k chunks.
 * Prints figures and writes bench/results/latest.{md,svg}; it asserts nothing, so a slow machine is a number to
 * read, not a failing build.
 *
 *   --quick            skip the 100k scale
 *   --scale 1000,10000 the synthetic corpus sizes to measure
 *   --slack-only       only the Slack streaming figures, printed and not written
 *   --storage-only     only the SQLite / PostgreSQL question latency, printed and not written
 */
const RESULTS_DIR = path.join(projectRoot, 'bench', 'results');
const DEFAULT_SCALES = [1000, 10_000, 100_000];

/** Runs one of our commands in a fresh process, as a user would, and returns its wall time and output. */
function timedCommand(command: string, args: string[], env: Record<string, string>): { ms: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(projectRoot, `src/cli/${command}.ts`), ...args],
    { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`${command} failed during the benchmark: ${run.stderr}`);
  return { ms: performance.now() - started, stdout: run.stdout };
}

function coldStart(dataDir: string): number {
  return timedCommand('ask', ['--json', 'When was the tenth meeting?'], { DATA_DIR: dataDir }).ms;
}

const RAW_PAGES = 1000;

/** `npm run ingest` over a folder of raw pages, and `ingest --records` drafting their meeting records. */
function rawPageIngest(scratch: string): Array<[string, string]> {
  const pages = path.join(scratch, 'raw-pages');
  writeRawPages(pages, RAW_PAGES);
  const env = { KNOWLEDGE_DIR: pages, DATA_DIR: path.join(scratch, 'raw-data') };
  const ingest = timedCommand('ingest', [], env);
  const records = timedCommand('ingest', ['--records'], env);
  const drafted = records.stdout.trim().split('\n').filter(Boolean).length;
  return [
    [
      `ingest of ${RAW_PAGES.toLocaleString('en')} raw pages (load, chunk, embed, index)`,
      `${(ingest.ms / 1000).toFixed(1)} s`,
    ],
    [`ingest --records on them (${drafted} drafted records)`, `${(records.ms / 1000).toFixed(1)} s`],
  ];
}

function optionsFrom(argv: string[]): { scales: number[]; slackOnly: boolean; storageOnly: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      scale: { type: 'string' },
      'slack-only': { type: 'boolean' },
      'storage-only': { type: 'boolean' },
    },
  });
  const slackOnly = values['slack-only'] ?? false;
  const storageOnly = values['storage-only'] ?? false;
  const scales = values.scale ? values.scale.split(',').map((s) => Number(s.trim())) : DEFAULT_SCALES;
  const bad = scales.filter((n) => !Number.isInteger(n) || n < 10);
  if (bad.length)
    throw new Error(`--scale takes chunk counts of at least 10, separated by commas; got ${bad.join(', ')}`);
  return { scales: values.quick ? scales.filter((n) => n < 100_000) : scales, slackOnly, storageOnly };
}

/** The answerable eval questions: the ones an LLM answer is written for. */
function streamingQuestions(): string[] {
  return loadEvalSet()
    .filter((i) => i.answerable)
    .slice(0, 25)
    .map((i) => i.question);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const { scales, slackOnly, storageOnly } = optionsFrom(process.argv.slice(2));
  if (storageOnly) {
    log('Slack: question latency with the shared state on SQLite and PostgreSQL…');
    process.stdout.write(`${storageTable(await measureStorageLatency(streamingQuestions()))}\n`);
    return;
  }
  if (slackOnly) {
    log('Slack: time to the first streamed characters…');
    process.stdout.write(`${streamingTable(await measureSlackStreaming(streamingQuestions()))}\n`);
    return;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'rapporteur-bench-'));
  try {
    log('Engine: cold starts and warm latency…');
    const firstEver = coldStart(scratch);
    const restart = coldStart(scratch);
    const { engine, config } = await bootstrap({ quiet: true });
    const rssLoaded = process.memoryUsage().rss;
    const items = loadEvalSet();
    const questions = items.map((i) => i.question);
    for (const q of questions.slice(0, 20)) await engine.ask(q);
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of questions) {
        const t = performance.now();
        await engine.ask(q);
        times.push(performance.now() - t);
      }
    }
    const stats = engine.stats();
    await engine.close();
    const { documents } = await loadCorpus(config.knowledgeDir);
    const schedule = buildSchedule(documents);
    const chunks = documents.flatMap((doc) => chunkDocument(doc, schedule));
    const corpus = `${stats.documents} documents, ${stats.chunks} chunks`;
    const engineRows: Array<[string, string]> = [
      ['corpus', `${corpus} (${stats.embedder})`],
      ['cold start to first answer, empty DATA_DIR', `${firstEver.toFixed(0)} ms`],
      ['cold start to first answer, saved index', `${restart.toFixed(0)} ms`],
      ['warm ask p50', `${percentile(times, 50).toFixed(2)} ms`],
      ['warm ask p95', `${percentile(times, 95).toFixed(2)} ms`],
      ['warm ask p99', `${percentile(times, 99).toFixed(2)} ms`],
      ['RSS after load', `${(rssLoaded / 1048576).toFixed(0)} MB`],
      ['RSS after queries', `${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`],
    ];
    log(`Ingest: ${RAW_PAGES} raw pages…`);
    engineRows.push(...rawPageIngest(scratch));

    const embeddings = new LocalHashEmbeddings();
    const retrievers: RetrieverFigures[] = [];
    for (const spec of RETRIEVERS) {
      log(`Retriever: ${spec.name}…`);
      retrievers.push(await measureRetriever(spec, chunks, embeddings, items));
    }
    const scaleFigures: ScaleFigures[] = [];
    for (const count of scales) {
      log(`HNSW at ${count.toLocaleString('en')} synthetic chunks…`);
      scaleFigures.push(await measureHnswAtScale(count));
    }

    log('Slack: time to the first streamed characters…');
    const slack = await measureSlackStreaming(streamingQuestions());
    log('Slack: question latency with the shared state on SQLite and PostgreSQL…');
    const storage = await measureStorageLatency(streamingQuestions());

    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
      corpus,
      engine: engineRows,
      retrievers,
      scales: scaleFigures,
      slack,
      storage,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(path.join(RESULTS_DIR, 'latest.md'), markdownReport(report));
    writeFileSync(path.join(RESULTS_DIR, 'latest.svg'), svgChart(report));
    process.stdout.write(
      [
        table(['measure', 'value'], engineRows),
        retrieverTable(retrievers),
        scaleTable(scaleFigures),
        streamingTable(slack),
        storageTable(storage),
        `Written to ${path.relative(process.cwd(), RESULTS_DIR)}/latest.md and latest.svg`,
        '',
      ].join('\n\n'),
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch(exitWith);
