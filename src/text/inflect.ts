import nlp from './nlp.js';

/**
 * A noun's singular and plural as English inflects them ("plenaries" → plenary, plenaries; "process" → process,
 * processes; "colloquium" → colloquia), by compromise's rules. The word is tagged a noun first: alone, "round" or
 * "process" would be read as another part of speech and left as it is.
 */
export function nounForms(word: string): { singular: string; plural: string } {
  const lower = word.toLowerCase();
  const asNoun = (w: string) => {
    const doc = nlp(w);
    doc.tag('Noun');
    return doc.nouns();
  };
  const singular = asNoun(lower).toSingular().text() || lower;
  const plural = asNoun(singular).toPlural().text() || singular;
  return { singular, plural };
}
