import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngineConfig } from '../config/env.js';
import { loadCorpus } from '../knowledge/corpus.js';
import { writeDrafts } from '../knowledge/drafting/record-yaml.js';
import { exportRecords } from '../knowledge/record-export.js';
import { bootstrap, configOrExit, exitWith } from './bootstrap.js';

/**
 * `npm run ingest`: reads the knowledge folder, embeds what changed and saves the index, then reports per file;
 * `--records` prints the meeting records the engine holds instead, one JSON line each.
 * Running it before `npm start` is optional: start-up does the same, this just shows the work.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, records: { type: 'boolean' }, yaml: { type: 'string' } },
  });
  if (values.yaml !== undefined && !values.records) usageError('--yaml DIR goes with --records');
  if (values.records) {
    await printRecords(values.yaml);
    return;
  }
  const started = performance.now();
  const { engine, config } = await bootstrap();
  const stats = engine.stats();
  const report = engine.report();
  await engine.close();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...stats, files: report.files, warnings: report.warnings })}\n`);
    return;
  }
  const lines = [`Knowledge folder: ${config.knowledgeDir}`, `Data folder: ${config.dataDir}`, ''];
  lines.push('| file | type | KB | characters | ms |', '| --- | --- | ---: | ---: | ---: |');
  for (const f of report.files) {
    lines.push(`| ${f.path} | ${f.format} | ${(f.bytes / 1024).toFixed(1)} | ${f.chars} | ${f.ms.toFixed(1)} |`);
  }
  if (report.warnings.length) {
    lines.push('', `Warnings (${report.warnings.length}):`);
    for (const w of report.warnings) lines.push(`  - ${w.path}: ${w.message}`);
  }
  lines.push(
    '',
    `${stats.documents} documents, ${stats.chunks} chunks; ${stats.embedded} embedded, ${stats.reused} reused from cache; index ${stats.indexLoaded ? 'loaded' : 'built'}; embeddings: ${stats.embedder}`,
    `Done in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

function usageError(message: string): never {
  process.stderr.write(`${message}: npm run ingest -- --records [--yaml DIR]\n`);
  process.exit(2);
}

/**
 * One JSON line per meeting, the record the engine holds: hand-written, or drafted from the raw pages with the
 * line each field came from. It reads the folder without embedding anything, so it is quick on any corpus.
 */
async function printRecords(yamlDir: string | undefined): Promise<void> {
  const config = configOrExit(() => loadEngineConfig());
  const corpus = await loadCorpus(config.knowledgeDir);
  const { records, drafted, skipped, warnings } = exportRecords(corpus.documents);
  for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
  for (const s of skipped) process.stderr.write(`No record for meeting ${s.number}: ${s.reason}\n`);
  for (const w of warnings) process.stderr.write(`Warning: ${w}\n`);
  if (yamlDir === undefined) return;
  const { written, kept } = await writeDrafts(
    records.filter((r) => drafted.has(r.number)),
    path.resolve(yamlDir),
  );
  for (const f of written) process.stderr.write(`Wrote ${f}\n`);
  for (const f of kept)
    process.stderr.write(`Kept ${f}: it exists already and may hold corrections; remove it to redraft\n`);
  if (!written.length && !kept.length)
    process.stderr.write('No drafted records: every meeting has a hand-written one\n');
}

main().catch(exitWith);
