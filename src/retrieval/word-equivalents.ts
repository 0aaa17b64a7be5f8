/**
 * Everyday words that people use for what meeting documents spell differently: a question about a "phone number"
 * must meet a letter that gives a "telephone", a "deadline" a paper "due" on a date, a Forum's "editions" its
 * "sessions". Each word is replaced by its documents-side form before stemming, on both the question side and the
 * corpus side, so BM25, the hashed vectors and answer coverage all see one term. Kept to plain English: anything
 * specific to one organization belongs in its documents, not here.
 */
import { CARDINAL_WORDS } from '../knowledge/ordinals.js';

const EQUIVALENTS: Record<string, string> = {
  phone: 'telephone',
  phones: 'telephone',
  tel: 'telephone',
  deadline: 'due',
  deadlines: 'due',
  edition: 'session',
  editions: 'session',
  'e-mail': 'email',
  mail: 'email',
  emailed: 'email',
};

/** Month abbreviations ("16 Oct", "Sept.") are the month: one term for the short and the long form. */
const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

/** A number in words is the number: "item three" meets "Item 3.", "three objectives" meets "3 objectives". */
const NUMBER_WORDS = new Map(CARDINAL_WORDS.map((w, i) => [w, String(i + 1)]));

export function documentWord(word: string): string {
  return EQUIVALENTS[word] ?? MONTH_ABBREVIATIONS[word] ?? NUMBER_WORDS.get(word) ?? word;
}
