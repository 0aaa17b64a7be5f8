/** Ordinal words for 1 to 25, in order. */
export const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
  'twenty-fourth',
  'twenty-fifth',
];

/** Words that name the first of a series as an ordinal does: "the founding Round", "the inaugural meeting". */
const FIRST_WORDS = ['inaugural', 'founding'];

/** Matches "tenth", "10th", "twenty-first", "inaugural" as a whole word. */
export const ORDINAL_PATTERN = `(?:${[...ORDINAL_WORDS, ...FIRST_WORDS].join('|')}|\\d{1,3}(?:st|nd|rd|th))`;

export function ordinalToNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = ORDINAL_WORDS.indexOf(lower);
  if (index >= 0) return index + 1;
  if (FIRST_WORDS.includes(lower)) return 1;
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(lower);
  return digits ? Number(digits[1]) : undefined;
}

export function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? ordinalSuffix(n);
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// "Sept" is the one four-letter abbreviation in common use ("19–21 Sept 2023").
export const MONTH_PATTERN = `(?:${MONTHS.map((m) => `${m}|${m === 'september' ? 'sept?' : m.slice(0, 3)}\\.?`).join('|')})`;

export function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace('.', '');
  const index = MONTHS.findIndex(
    (m) => m === lower || m.slice(0, 3) === lower || (m === 'september' && lower === 'sept'),
  );
  return index >= 0 ? index + 1 : undefined;
}

/** Cardinal words for 1 to 25, in order. */
export const CARDINAL_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'twenty-one',
  'twenty-two',
  'twenty-three',
  'twenty-four',
  'twenty-five',
];

/**
 * Matches "eight", "twenty-one" or "twenty one"; callers add the word boundaries. Longest first, so "twenty-one"
 * is not cut to "twenty" nor "seventeen" to "seven" where a boundary cannot follow.
 */
export const CARDINAL_PATTERN = `(?:${[...CARDINAL_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('-', '[-\\s]'))
  .join('|')})`;

export function cardinalToNumber(word: string): number | undefined {
  const index = CARDINAL_WORDS.indexOf(word.toLowerCase().trim().replace(/\s+/, '-'));
  return index >= 0 ? index + 1 : undefined;
}
