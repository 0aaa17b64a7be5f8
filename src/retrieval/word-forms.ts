import lemmatizer from 'wink-lemmatizer';
import { contentTokens, foldText } from './tokenize.js';

/**
 * The lemmas a word can have as a verb, a noun or an adjective: "adopted" is the verb "adopt", "adoption" only
 * itself. Read without its sentence, a word keeps every reading, so two words are one word's forms when any reading
 * is shared.
 */
function lemmas(word: string): string[] {
  return [lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)];
}

/** The words of a text as written (folded), by the stemmed term each one counts as. */
export function formsByTerm(text: string): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const word of new Set(foldText(text).match(/[a-z]+/g) ?? [])) {
    const term = contentTokens(word)[0];
    if (term === undefined) continue;
    const list = forms.get(term) ?? [];
    list.push(word);
    forms.set(term, list);
  }
  return forms;
}

/**
 * Whether a text holds the term only in a derived word ("adoption", "organisers") where the question used
 * another ("adopted", "organised"): the stem they share makes them one term for search, but not one word.
 */
export function onlyDerivedForm(term: string, asked: Map<string, string[]>, text: Map<string, string[]>): boolean {
  const askedForms = asked.get(term);
  const textForms = text.get(term);
  if (!askedForms?.length || !textForms?.length) return false;
  const askedLemmas = new Set(askedForms.flatMap(lemmas));
  return !textForms.some((w) => lemmas(w).some((l) => askedLemmas.has(l)));
}
