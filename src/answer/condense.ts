import type { Catalogue } from '../question/catalogue.js';
import { parseQuestion } from '../question/question.js';
import type { Turn } from './types.js';

/**
 * Offline follow-up reading: a short question that leans on the thread ("and the afternoon?", "who opened it?")
 * borrows the meeting, and where needed the question, from the last user turn that named one.
 */
const FOLLOW_UP = /^(and|but|also|what about|how about|and what about|same for|then)\b/i;
const PRONOUN = /\b(it|that meeting|this meeting|that one|the same meeting|there|then|that session)\b/i;
const MEETING_PHRASE =
  /\b(the\s+)?((\w+)\s+(coordination\s+)?meeting|meeting\s+(no\.?\s*)?\d+|(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}(\s+meeting)?|\d{4}\s+(coordination\s+)?meeting|\d{4})\b/i;

export function condenseByRules(question: string, history: Turn[], catalogue: Catalogue): string {
  const previous = [...history].reverse().filter((t) => t.role === 'user' && t.text.trim() !== question.trim());
  if (previous.length === 0) return question;
  const current = parseQuestion(question, catalogue);
  const base = previous.find((t) => parseQuestion(t.text, catalogue).meetingBy !== 'none');
  if (!base || current.meetingBy !== 'none' || current.symbols.length > 0) return question;
  const baseText = base.text.trim();
  const meetingPhrase = MEETING_PHRASE.exec(baseText)?.[0];
  const body = question.trim().replace(/[?.!]+$/, '');

  if (FOLLOW_UP.test(body) && body.split(/\s+/).length <= 8) {
    const rest = body.replace(FOLLOW_UP, '').trim();
    const part = /\b(morning|afternoon)\b/i.exec(rest)?.[1];
    if (part && /\b(morning|afternoon)\b/i.test(baseText))
      return baseText.replace(/\b(morning|afternoon)\b/i, part.toLowerCase());
    if (current.facts.length === 0 && rest) return `${baseText.replace(/[?.!]+$/, '')}, ${rest}?`;
  }
  if (meetingPhrase && (PRONOUN.test(question) || current.facts.length > 0)) {
    return `${body.replace(PRONOUN, meetingPhrase)}${PRONOUN.test(body) ? '' : ` (${meetingPhrase})`}?`;
  }
  return question;
}
