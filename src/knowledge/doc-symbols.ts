/**
 * Document symbols: the identifiers UN-system secretariats print on every official document
 * (A/RES/68/4, ESA/P/WP.199, E/CN.9/2014/3). A bare "resolution 58/208" is a General Assembly
 * resolution and is normalised to A/RES/58/208 so both spellings meet in one index entry.
 */

const SERIES = '(?:A|E|S|ST|ESA|POP|TD|DP|UNEP|ECE|ECA|ECLAC|ESCAP|ESCWA|HRC|CEDAW|CRC|CCPR|UNW|IDB|JIU)';
const SYMBOL = new RegExp(`(?<![A-Za-z0-9/])(${SERIES}(?:/[A-Za-z0-9][A-Za-z0-9.()-]*)+)`, 'g');
const GA_RESOLUTION = /\b(?:General Assembly\s+)?(?:resolutions?|res\.?)\s+(\d{2,3})\/(\d{1,3})\b/gi;

export interface SymbolMention {
  symbol: string;
  index: number;
}

function tidy(raw: string): string | undefined {
  const symbol = raw.replace(/[.,;:)]+$/, '').replace(/\($/, '');
  if (!/\d/.test(symbol) || !symbol.includes('/')) return undefined;
  // A parenthesis belongs to the symbol only when balanced, as in S/RES/1325(2000).
  const open = (symbol.match(/\(/g) ?? []).length;
  const close = (symbol.match(/\)/g) ?? []).length;
  return open === close ? symbol : symbol.replace(/\(.*$/, '');
}

export function extractSymbols(text: string): SymbolMention[] {
  const found: SymbolMention[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    const symbol = tidy(match[1] ?? '');
    if (symbol) found.push({ symbol, index: match.index ?? 0 });
  }
  for (const match of text.matchAll(GA_RESOLUTION)) {
    found.push({ symbol: `A/RES/${match[1]}/${match[2]}`, index: match.index ?? 0 });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Comparison key: case and the dot-or-slash spelling of working-paper numbers do not matter to readers. */
export function symbolKey(symbol: string): string {
  return symbol.toUpperCase().replace(/\s+/g, '');
}

export const DEFAULT_SYMBOL_URL_TEMPLATE = 'https://undocs.org/{symbol}';

export function symbolUrl(symbol: string, template = DEFAULT_SYMBOL_URL_TEMPLATE): string {
  return template.replace('{symbol}', symbol);
}
