/**
 * Agenda item numbers as pages print them: "Item 6.", "VI.", "(c)", or a table cell "Item: 6.". A series may
 * number its items in Roman or Arabic figures, so "item III" and "3." are compared by value.
 */

/** "Item 6. …", "VI. …", "(c) …", or a row cell "Item: 6. …": the number an agenda line carries. */
export function itemNumber(text: string): string | undefined {
  const m = /(?:^|;\s*(?:[\p{L} /]+:\s*)?)(?:item\s+)?\(?([IVXLC]{1,6}|\d{1,2}|[a-z])[.):](?=\s)/iu.exec(text);
  return m?.[1]?.toUpperCase();
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
export function numberValue(n: string): number {
  if (/^\d+$/.test(n)) return Number(n);
  return romanValue(n.toUpperCase()) ?? n.toUpperCase().charCodeAt(0) - 64;
}
