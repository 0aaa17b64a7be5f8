import { STOPWORDS } from '../retrieval/tokenize.js';
import { capitalise } from '../text/capitalise.js';

/**
 * Mends one-letter typos against the corpus's own words: "remittacnes" becomes "remittances" because the
 * documents use that word and not the typed one. A word the documents or English stemming already know is left
 * alone, and so are short words, where one letter changes meaning ("room" and "roam").
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Below this length a one-letter change too often lands on another real word. */
const MIN_LENGTH = 5;
/** Substituting a letter is the riskiest edit; only long words get it. */
const MIN_LENGTH_FOR_SUBSTITUTION = 7;

export interface Vocabulary {
  /** How often each lower-cased, accent-folded word occurs in the corpus. */
  count(word: string): number;
  /** Whether search already knows the word, in any form ("hosted" when the corpus says "host"). */
  knows(word: string): boolean;
  /** Whether the corpus writes the word only with a capital: a name ("Hungary"), not a common word. */
  isName?(word: string): boolean;
  /** The one name of a meeting (its city, its venue) that begins with these letters, if only one does. */
  nameStartingWith?(start: string): string | undefined;
}

/**
 * The adjective of a name ("Hungarian", "Mexican", "Chinese", "Swedish") that the documents do not use, for the
 * name they do use ("Hungary", "Mexico", "China", "Sweden"): the English suffix off, a name's ending on.
 */
const ADJECTIVE_SUFFIXES = ['ian', 'ean', 'an', 'ese', 'ish', 'i'];
const NAME_ENDINGS = ['', 'a', 'o', 'y', 'ia', 'e', 'en', 'land'];
const MIN_NAME_STEM = 3;

function nameOfAdjective(word: string, vocabulary: Vocabulary): string | undefined {
  if (!vocabulary.isName) return undefined;
  const found = new Set<string>();
  for (const suffix of ADJECTIVE_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_NAME_STEM) continue;
    const stem = word.slice(0, -suffix.length);
    for (const ending of NAME_ENDINGS) if (vocabulary.isName(stem + ending)) found.add(stem + ending);
  }
  // Two names that fit mean the adjective is ambiguous; guessing would change the question.
  return found.size === 1 ? [...found][0] : undefined;
}

function editsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      out.push(head + c + tail);
      if (tail && word.length >= MIN_LENGTH_FOR_SUBSTITUTION) out.push(head + c + tail.slice(1));
    }
  }
  return out;
}

export function correctWord(word: string, vocabulary: Vocabulary): string {
  const lower = word.toLowerCase();
  if (lower.length < MIN_LENGTH || !/^[a-z]+$/.test(lower) || STOPWORDS.has(lower)) return word;
  if (vocabulary.count(lower) > 0 || vocabulary.knows(lower)) return word;
  // "yogya" for Yogyakarta, "montevid" for Montevideo: people clip a long name to its start.
  const clipped = vocabulary.nameStartingWith?.(lower);
  if (clipped) return capitalise(clipped);
  let best = '';
  let bestCount = 0;
  let tied = false;
  for (const candidate of new Set(editsOf(lower))) {
    const n = vocabulary.count(candidate);
    if (n > bestCount) {
      best = candidate;
      bestCount = n;
      tied = false;
    } else if (n > 0 && n === bestCount) tied = true;
  }
  // Two equally likely mends mean the typo is ambiguous; guessing would change the question.
  if (!best || tied) {
    const name = nameOfAdjective(lower, vocabulary);
    return name ? capitalise(name) : word;
  }
  return /^[A-Z]/.test(word) ? capitalise(best) : best;
}

export function correctSpelling(text: string, vocabulary: Vocabulary): string {
  // Symbols, numbers and capitalised names are left as typed: a name unknown to the corpus is still a name.
  return text.replace(/(?<![\p{L}\p{N}/.])\p{Ll}[\p{Ll}]+(?![\p{L}\p{N}/])/gu, (word) => correctWord(word, vocabulary));
}
