import type { Answer } from '../answer/types.js';

/** The stable machine shape of `ask --json` and `--jsonl`: only the contract fields, always all of them. */
export function toContractJson(answer: Answer): string {
  return JSON.stringify({
    answer: answer.answer,
    answered: answer.answered,
    intent: answer.intent,
    sources: answer.sources.map((s) => ({ path: s.path, title: s.title, url: s.url, score: s.score })),
    confidence: answer.confidence,
  });
}

export function errorAnswer(message: string): Answer {
  return { answer: message, answered: false, intent: 'invalid', sources: [], confidence: 0 };
}

/** Human-readable: the answer, then numbered sources with their link or file. */
export function formatForTerminal(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.sources.length) {
    lines.push('', 'Sources:');
    for (const [i, s] of answer.sources.entries()) {
      lines.push(`  [${i + 1}] ${s.title} — ${s.url ?? s.path}${s.url ? ` (${s.path})` : ''}`);
    }
  }
  return lines.join('\n');
}
