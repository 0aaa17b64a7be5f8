import nlp from './nlp.js';

/** Countries and cities as compromise knows them: "Belgium", "Lagos". */
export const COUNTRY_OR_CITY = '(#Country|#City)';
/** Any place compromise knows, regions and continents as well: "Europe", "Nova Scotia". */
export const ANY_PLACE = '#Place';

const memo = new Map<string, boolean>();
const MEMO_LIMIT = 50_000;

/**
 * Whether compromise, reading the words on their own, takes them for a place of that kind. Alone matters: inside
 * "the Government of Belgium" it reads the whole name as an organisation and the country in it is lost.
 */
export function taggedAsPlace(words: string, kind: string = COUNTRY_OR_CITY): boolean {
  const key = `${kind}\u0000${words}`;
  let known = memo.get(key);
  if (known === undefined) {
    known = nlp(words).has(kind);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, known);
  }
  return known;
}
