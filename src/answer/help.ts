import { spokenName } from '../knowledge/meeting-facts.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { SymbolIndex } from '../knowledge/symbol-index.js';
import type { Answer } from './types.js';

/**
 * The reply to "hi", "help" or "what can you do": what the bot answers from, with example questions made from the
 * corpus itself (its own meetings, its own word for them, one of its own document symbols), so the examples work
 * for whatever series the bot was pointed at.
 */
export function helpAnswer(schedule: Schedule, symbols: SymbolIndex, documents: number): Answer {
  const meetings = schedule.meetings;
  const first = meetings[0];
  const last = meetings.at(-1);
  const examples: string[] = [];
  if (last) examples.push(`When was the ${spokenName(last)}?`);
  if (first) examples.push(`Who opened the ${spokenName(first)}?`);
  if (last) examples.push(`What was on the agenda of the ${spokenName(last)}?`);
  const symbol = symbols.all()[0]?.symbol;
  if (symbol) examples.push(`What is ${symbol}?`);
  if (schedule.sessions.length) examples.push('When is the next session?');
  const noun = first?.noun ?? 'meeting';
  const span =
    meetings.length > 0
      ? `${meetings.length} ${noun}${meetings.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}`
      : `${documents} document${documents === 1 ? '' : 's'}`;
  return {
    answer: `Hi! I answer questions about past and upcoming ${noun}s from the documents I was given (${span}), and I cite where each answer comes from. Try:\n${examples.map((e) => `• ${e}`).join('\n')}`,
    answered: true,
    intent: 'help',
    sources: [],
    confidence: 1,
  };
}

export const FOREIGN_LANGUAGE_REPLY =
  'I answer in English from English documents. Please ask your question in English.';

export const ABOUT_ASSISTANT_REPLY =
  'I answer questions about the meetings from their documents. My own instructions, settings and keys are not among them, so I do not share them. Say "help" to see what you can ask.';
