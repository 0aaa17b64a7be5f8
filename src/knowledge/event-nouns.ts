import { nounForms } from '../text/inflect.js';
import { isEventNoun, type LearnedNouns } from './meeting-detect.js';
import { ORDINAL_WORDS, ordinalToNumber } from './ordinals.js';

/**
 * What a series calls its meetings is its own word: "meeting", "workshop", "symposium" are general and known, but a
 * partnership's "Monitoring Rounds" or a network's "Plenaries" are not on any list. The word is learned from the
 * page titles, where a series names its meetings by ordinal ("Second Monitoring Round", "Fourth Monitoring Round
 * (PMR-4): documents"): a capitalised noun that follows two or more different ordinals in the titles of two or more
 * pages names the series' meetings. Titles, not running text, because a list of participants' "First Secretary"
 * and "Second Secretary" follow ordinals too, and they never title a page.
 */
// Case matters for the name's words, so the ordinal is spelt in either case by hand: "Second", "fifth", "3rd".
const ORDINAL = `(?:${ORDINAL_WORDS.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')}|\\d{1,3}(?:st|nd|rd|th))`;
const TITLED_ORDINAL = new RegExp(`\\b(${ORDINAL})\\s+((?:\\p{Lu}[\\p{L}'-]*\\s+){0,3})(\\p{Lu}\\p{Ll}+)\\b`, 'gu');

/** A noun learned needs this many different ordinals and this many pages whose titles give them. */
const MIN_ORDINALS = 2;
const MIN_PAGES = 2;

export function learnEventNouns(pages: Array<{ title: string }>): LearnedNouns {
  const seen = new Map<string, { ordinals: Set<number>; pages: Set<number> }>();
  pages.forEach(({ title }, page) => {
    for (const m of title.matchAll(TITLED_ORDINAL)) {
      const word = m[3] ?? '';
      const number = ordinalToNumber(m[1] ?? '');
      // The last capitalised word of the name is its noun; a name with a known noun in it ("Third Workshop
      // Report") is known already.
      const words = [...(m[2]?.trim().split(/\s+/) ?? []), word];
      if (!number || words.some((w) => isEventNoun(w))) continue;
      const noun = nounForms(word).singular;
      const entry = seen.get(noun) ?? { ordinals: new Set(), pages: new Set() };
      entry.ordinals.add(number);
      entry.pages.add(page);
      seen.set(noun, entry);
    }
  });
  return [...seen]
    .filter(([, e]) => e.ordinals.size >= MIN_ORDINALS && e.pages.size >= MIN_PAGES)
    .map(([noun]) => noun)
    .sort();
}

/** Of the nouns pages or meetings were named with, those the corpus taught: what drafting and answers read with. */
export function taughtNouns(nouns: Iterable<string | undefined>): LearnedNouns {
  return [...new Set([...nouns].filter((n): n is string => n !== undefined && !isEventNoun(n)))].sort();
}

/** The nouns a corpus taught, as its pages were detected with them. */
export function nounsOfPages(documents: Array<{ detected: { noun?: string } }>): LearnedNouns {
  return taughtNouns(documents.map((d) => d.detected.noun));
}
