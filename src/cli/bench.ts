import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config/env.js';
import { loadEvalSet } from '../evaluation/eval-set.js';
import { percentile } from '../evaluation/scoring.js';
import { bootstrap, exitWith } from './bootstrap.js';

/**
 * `npm run bench`: speed and memory of the answer engine on the configured corpus. Prints figures; it asserts
 * nothing, so a slow machine is a number to read, not a failing build.
 */
function coldStart(dataDir: string): number {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs'),
      path.join(projectRoot, 'src/cli/ask.ts'),
      '--json',
      'When was the tenth meeting?',
    ],
    {
      env: { ...process.env, DATA_DIR: dataDir },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`ask failed during the benchmark: ${run.stderr}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'rapporteur-bench-'));
  try {
    const firstEver = coldStart(scratch);
    const restart = coldStart(scratch);
    const { engine } = await bootstrap();
    const rssLoaded = process.memoryUsage().rss;
    const questions = loadEvalSet().map((i) => i.question);
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
    const rows: Array<[string, string]> = [
      ['corpus', `${stats.documents} documents, ${stats.chunks} chunks (${stats.embedder})`],
      ['cold start to first answer, empty DATA_DIR', `${firstEver.toFixed(0)} ms`],
      ['cold start to first answer, saved index', `${restart.toFixed(0)} ms`],
      ['warm ask p50', `${percentile(times, 50).toFixed(2)} ms`],
      ['warm ask p95', `${percentile(times, 95).toFixed(2)} ms`],
      ['warm ask p99', `${percentile(times, 99).toFixed(2)} ms`],
      ['RSS after load', `${(rssLoaded / 1048576).toFixed(0)} MB`],
      ['RSS after queries', `${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`],
    ];
    process.stdout.write(`| measure | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch(exitWith);
