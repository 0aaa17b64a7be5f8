/**
 * Chat shorthand in general English ("how many ppl came", "wat time is the mtg tmrw"), spelled out before the
 * question is read. Only lower-case whole words are read this way: "ORG", "Rep." or a symbol stay as typed.
 * Kept to the shorthand of everyday chat; a series' own abbreviations are for its documents to spell out.
 */
const SHORTHAND: Record<string, string> = {
  ppl: 'people',
  ppls: 'people',
  mtg: 'meeting',
  mtgs: 'meetings',
  coord: 'coordination',
  prep: 'preparation',
  reg: 'registration',
  ref: 'reference',
  n: 'and',
  u: 'you',
  ur: 'your',
  r: 'are',
  b4: 'before',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  '2day': 'today',
  '2moro': 'tomorrow',
  wat: 'what',
  wht: 'what',
  whn: 'when',
  whr: 'where',
  wk: 'week',
  yr: 'year',
  yrs: 'years',
  hrs: 'hours',
  mins: 'minutes',
  tz: 'time zone',
  govt: 'government',
  orgs: 'organizations',
  org: 'organization',
  docs: 'documents',
  doc: 'document',
  info: 'information',
  approx: 'approximately',
  '&': 'and',
  '+': 'and',
};

/** A question word run into "is" reads as the question word it is: "Who's closing it?" asks for a person. */
const QUESTION_CONTRACTION = /\b(who|what|when|where|how)['’]?s\b/gi;

const WORD = new RegExp(
  `(?<![\\p{L}\\p{N}/.&+-])(${Object.keys(SHORTHAND)
    .map((k) => k.replace('+', '\\+'))
    .join('|')})(?![\\p{L}\\p{N}/&+-]|\\.\\p{L})`,
  'gu',
);

export function spellOutShorthand(text: string): string {
  return text.replace(WORD, (word) => SHORTHAND[word] ?? word).replace(QUESTION_CONTRACTION, '$1 is');
}
