import { contentTokens, foldText } from './tokenize.js';

/**
 * What a word is without its regular English inflection: "adopted", "adopts" and "adopting" are "adopt"; "meetings"
 * is "meeting" and then "meet"; "closed" and "closing" are "clos". A derived word ("adoption", "organiser") keeps its
 * suffix, so it stays apart from the word it was made from, though a stemmer gives both one stem. Irregular forms
 * ("held", "met") never share a stem with their base, so search never confuses them and they need no table here.
 */
function inflectionalBases(word: string): Set<string> {
  const bases = new Set<string>();
  // "close" and "closed", "agree" and "agreed": a final "e" may belong to the word or to the ending.
  const add = (w: string) => bases.add(w).add(w.replace(/e$/, ''));
  let w = word;
  add(w);
  for (let step = 0; step < 2; step++) {
    const next = withoutEnding(w);
    if (next === w || next.length < 3) break;
    // "stopped", "planning": the doubled consonant belongs to the ending.
    w = /(?:ing|ed)$/.test(w) ? next.replace(/([b-df-hj-np-tv-z])\1$/, '$1') : next;
    add(w);
  }
  return bases;
}

/** One regular ending off: "studies" → "study", "adopted" → "adopt", "addresses" → "address", "items" → "item". */
function withoutEnding(w: string): string {
  if (/(?:ies|ied)$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ing|ed)$/.test(w)) return w.replace(/(?:ing|ed)$/, '');
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
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
  const askedBases = new Set(askedForms.flatMap((w) => [...inflectionalBases(w)]));
  return !textForms.some((w) => [...inflectionalBases(w)].some((b) => askedBases.has(b)));
}
