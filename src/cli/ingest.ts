import { parseArgs } from 'node:util';
import { exportRecords } from '../knowledge/record-export.js';
import { bootstrap, exitWith } from './bootstrap.js';

/**
 * `npm run ingest`: reads the knowledge folder, embeds what changed and saves the index, then reports per file;
 * `--records` prints the meeting records the engine holds instead, one JSON line each.
 * Running it before `npm start` is optional: start-up does the same, this just shows the work.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, records: { type: 'boolean' } } });
  const started = performance.now();
  const { engine, config } = await bootstrap();
  if (values.records) {
    // One JSON line per meeting, the record the engine holds; meetings that cannot make a record are named on stderr.
    const { records, skipped } = exportRecords(engine.schedule());
    await engine.close();
    for (const r of records) process.stdout.write(`${JSON.stringify(r)}\n`);
    for (const s of skipped) process.stderr.write(`No record for meeting ${s.number}: ${s.reason}\n`);
    return;
  }
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

main().catch(exitWith);
