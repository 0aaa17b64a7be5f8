import { formatDateRange } from '../knowledge/date-format.js';
import { meetingName } from '../knowledge/meeting-facts.js';
import { ordinalSuffix } from '../knowledge/ordinals.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { SymbolIndex } from '../knowledge/symbol-index.js';
import type { Question } from '../question/question.js';
import type { Answer, Source } from './types.js';

/** "What is A/RES/68/4?": the symbol's title from the records, where it is cited, and its link. */
export function answerAboutSymbols(q: Question, symbols: SymbolIndex, schedule: Schedule): Answer | undefined {
  if (q.symbols.length === 0) return undefined;
  const lines: string[] = [];
  const sources: Source[] = [];
  let known = 0;
  for (const symbol of q.symbols.slice(0, 3)) {
    const info = symbols.get(symbol);
    if (!info) {
      lines.push(`I couldn't find ${symbol} in the meeting documents.`);
      continue;
    }
    known++;
    // Without a title from a record, the line that cites the symbol is what the documents say about it.
    const citing = info.citations.find((c) => c.context.replace(info.symbol, '').trim().length > 20);
    const what = info.title
      ? `${info.symbol} is ${/^(the|a|an)\b/i.test(info.title) ? '' : 'the '}${info.title}${info.date ? ` (${info.date})` : ''}.`
      : citing
        ? `${info.symbol} is cited in "${citing.title}": ${citing.context.replace(/\s*\|\s*/g, '; ').replace(/^;\s*|;\s*$/g, '')}.`
        : `${info.symbol} is cited in the meeting documents.`;
    const meetings = [
      ...new Set(info.citations.map((c) => c.meetingNumber).filter((n): n is number => n !== undefined)),
    ];
    const cited = meetings.map((n) => {
      const m = schedule.byNumber.get(n);
      const name = m ? meetingName(m) : `${ordinalSuffix(n)} meeting`;
      return `the ${name}${m?.start ? ` (${formatDateRange(m.start, m.end)})` : ''}`;
    });
    const others = info.citations.filter((c) => c.meetingNumber === undefined).map((c) => c.title);
    const where = [...cited, ...others];
    lines.push(
      `${what}${where.length ? ` It is cited by ${joinList(where)}.` : ''}${info.notes ? ` ${info.notes}` : ''}${info.url ? ` Link: ${info.url}` : ''}`,
    );
    for (const c of info.citations) {
      if (!sources.some((s) => s.path === c.path))
        sources.push({ path: c.path, title: c.title, url: info.url ?? null, score: 1 });
    }
  }
  return {
    answer: lines.join('\n'),
    answered: known > 0,
    intent: 'document',
    sources: sources.slice(0, 5),
    confidence: known === q.symbols.slice(0, 3).length ? 0.95 : 0.5,
  };
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
