/**
 * Agenda item numbers as pages print them: "Item 6.", "VI.", "(c)", or a table cell "Item: 6.". A series may
 * number its items in Roman or Arabic figures, so "item III" and "3." are compared by value.
 */

/**
 * The number that opens an agenda line: "Item 6. …", "Item 6 …", "VI. …", "(c) …". After the word "item" a figure
 * needs no stop; a bare figure does, or "2013 High-level Dialogue" would be item 2013.
 */
const OPENING_NUMBER =
  /(?:(?:agenda\s+)?item\s+([IVXLC]{1,6}|\d{1,2})[.):]?|(?:(?:agenda\s+)?item\s+)?\(?([IVXLC]{1,6}|\d{1,2}|[a-z])[.):])(?=\s)/iu;

/** At the line's start, or in a row's cell after "; " and the cell's label ("Time: 11:30; Item: 6. …"). */
const LINE_NUMBER = new RegExp(`(?:^|;\\s*(?:[\\p{L} /]+:\\s*)?)${OPENING_NUMBER.source}`, 'iu');
/** The number and the dash that may part it from the title: "Agenda item 4 — Early warning". */
const LEADING_NUMBER = new RegExp(`^\\s*${OPENING_NUMBER.source}\\s*(?:[—–·-]\\s+)?`, 'iu');

/** "Item 6. …", "VI. …", "(c) …", or a row cell "Item: 6. …": the number an agenda line carries. */
export function itemNumber(text: string): string | undefined {
  const m = LINE_NUMBER.exec(text);
  return (m?.[1] ?? m?.[2])?.toUpperCase();
}

/** The line's title without the number that opens it. */
export function withoutItemNumber(text: string): string {
  return text.replace(LEADING_NUMBER, '').trim();
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(numeral: string): number | undefined {
  if (!/^[IVXLC]+$/.test(numeral)) return undefined;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN[numeral[i] ?? ''] ?? 0;
    total += v < (ROMAN[numeral[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/** "III" and "3" number the same item; pages of one series may print either. */
export function sameItemNumber(a: string, b: string): boolean {
  return numberValue(a) === numberValue(b);
}

/** An item number's value, for ordering: "IV" and "4" are 4; a letter counts from 1 for "A". */
function numberValue(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  return romanValue(n.toUpperCase()) ?? letterValue(n);
}

function letterValue(n: string): number {
  return n.toUpperCase().charCodeAt(0) - 64;
}

const SINGLE_LETTER = /^[A-Z]$/i;

/**
 * Both numbers are single letters, so they may count a lettered list: "(c)" after "(b)" is its third entry, though "C"
 * is also a Roman hundred. Beside a longer numeral ("VIII"), a lone letter ("V") is Roman.
 */
function lettered(previous: string, next: string): boolean {
  return SINGLE_LETTER.test(previous) && SINGLE_LETTER.test(next);
}

/** `next` numbers the item after `previous`. */
export function numberFollows(previous: string, next: string): boolean {
  return (
    numberValue(next) === numberValue(previous) + 1 ||
    (lettered(previous, next) && letterValue(next) === letterValue(previous) + 1)
  );
}

/** `next` numbers an item before `previous`: the numbering starts again. */
export function numberStartsAgain(previous: string, next: string): boolean {
  return lettered(previous, next)
    ? letterValue(next) < letterValue(previous)
    : numberValue(next) < numberValue(previous);
}
