import { parseArgs } from 'node:util';
import { loadEvalSet } from '../evaluation/eval-set.js';
import { type ItemResult, scoreItem, summarize } from '../evaluation/scoring.js';
import { bootstrap, exitWith } from './bootstrap.js';

/** `npm run eval`: the answer engine against test/eval, as a table; `--failures` lists what went wrong. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: 'string' }, failures: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const items = loadEvalSet(values.file);
  const { engine } = await bootstrap();
  const results: ItemResult[] = [];
  // One untimed pass first so the figures are for a warm engine, as a running bot is.
  await engine.ask(items[0]?.question ?? 'warm-up');
  for (const item of items) {
    const started = performance.now();
    const answer = await engine.ask(item.question);
    results.push(scoreItem(item, answer, performance.now() - started));
  }
  await engine.close();
  const s = summarize(results);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(s)}\n`);
    return;
  }
  const rows: Array<[string, string]> = [
    ['questions', `${s.questions} (${s.answerable} answerable, ${s.unanswerable} not)`],
    ['answer accuracy', s.accuracy.toFixed(3)],
    ['Recall@5', s.recallAt5.toFixed(3)],
    ['MRR', s.mrr.toFixed(3)],
    ['refusal rate', s.refusal.toFixed(3)],
    ['false refusals', String(s.falseRefusals)],
    ['latency p50', `${s.p50.toFixed(1)} ms`],
    ['latency p95', `${s.p95.toFixed(1)} ms`],
  ];
  process.stdout.write(`| metric | value |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`);
  if (values.failures) {
    for (const r of results.filter((x) => !x.correct || (x.item.answerable && !x.recallAt5))) {
      process.stdout.write(
        `\n[${r.item.id}] (${r.item.category}) ${r.item.question}\n  answered=${r.answer.answered} intent=${r.answer.intent} correct=${r.correct} r@5=${r.recallAt5}\n  missing: ${JSON.stringify(r.missing.map((m) => m[0]))}\n  expected sources: ${r.item.sources.join(', ')}\n  got: ${r.answer.sources.map((x) => x.path).join(', ')}\n  answer: ${r.answer.answer.slice(0, 400).replace(/\n/g, ' / ')}\n`,
      );
    }
  }
}

main().catch(exitWith);
