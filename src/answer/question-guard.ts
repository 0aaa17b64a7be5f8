import { QuestionError } from '../errors.js';
import { CONTROL_CHARS } from '../knowledge/clean-text.js';
import { readConversation } from '../question/conversation.js';

/**
 * Cleans a question and refuses the ones no search can help with, each with a message that says what to change.
 */
export function guardQuestion(raw: unknown, maxChars: number): string {
  if (typeof raw !== 'string') throw new QuestionError('The question must be text.');
  // Bytes that were never text decode to control and replacement characters; a few stray ones are tolerated.
  const junk = (raw.match(CONTROL_CHARS) ?? []).length;
  if (raw.length > 0 && junk / raw.length > 0.1) {
    throw new QuestionError("That doesn't look like a question in words. Please ask in a sentence.");
  }
  const question = raw.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
  if (question === '') throw new QuestionError('Please type a question, for example "When was the tenth meeting?"');
  if (question.length > maxChars) {
    throw new QuestionError(
      `That question is ${question.length.toLocaleString('en-US')} characters long; the limit is ${maxChars.toLocaleString('en-US')}. Please ask something shorter.`,
    );
  }
  // A wave or a thumbs-up alone is a greeting, answered with help, not a malformed question.
  if (readConversation(question).social) return question;
  const letters = (question.match(/\p{L}/gu) ?? []).length;
  if (letters < 2 || letters / question.length < 0.3) {
    throw new QuestionError("That doesn't look like a question in words. Please ask in a sentence.");
  }
  return question;
}
