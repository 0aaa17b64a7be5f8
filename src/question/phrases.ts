import { escapeRegExp } from '../text/escape-regexp.js';

/** A literal phrase as a pattern: special characters escaped, any run of spaces between its words. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, '\\s+');
}

/** Phrases as one alternation, longest first so "thank you so much" wins over "thank you". */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}
