import { familySymbols, NO_FAMILIES, type SymbolFamilies } from './symbol-scheme.js';

/**
 * Document symbols: the identifiers secretariats print on their official documents (A/RES/68/4, ESA/P/WP.199,
 * E/CN.9/2014/3, XYZ/WS/2019/3, NBWSC/WS/2021/INF.2). They are recognised by their shape, not by one
 * organisation's list of series, so a new secretariat's scheme works without configuration; which symbols
 * actually exist is learned from the corpus (see SymbolIndex). Schemes without a slash ("(2021) PMR-3 Doc 1") have
 * no shape of their own to go by; their families are learned from the corpus (see `symbol-scheme`).
 */

// A segment after the first is a word with dotted or hyphenated parts (RES, CN.9, WP.199, INF.2, Add.1, ES-10,
// COP(14)), a word with its number run on (S1 in NAWS/S1/DOC.1), or a number, with the year in parentheses that
// Security Council resolutions carry (1325(2000)).
const WORD = '[A-Za-z]{1,12}\\d{0,4}(?:\\(\\d{1,4}\\))?(?:[.-][A-Za-z0-9]{1,8})*';
const NUMBER = '\\d{1,6}(?:\\(\\d{4}\\))?(?:[.-][A-Za-z0-9]{1,8})*';
// The first segment is an upper-case series code, hyphenated parts and all (UCA-CQ2). Not after a letter, digit,
// slash, dot or hyphen, so neither the middle of a path or a word nor a date's day counts as the start of a symbol.
const SYMBOL = new RegExp(
  `(?<![A-Za-z0-9/.@_\\\\-])([A-Z]{1,8}(?:-[A-Z][A-Z0-9]{0,7})*(?:/(?:${WORD}|${NUMBER}))+)(?![A-Za-z0-9/])`,
  'g',
);
const URL_SPAN = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+/gi;
const BARE = /\b(resolutions?|res\.?|decisions?|dec\.)\s+(?:No\.?\s*)?(\d{1,4}\/\d{1,4})\b(?!\/)/gi;

export interface SymbolMention {
  symbol: string;
  index: number;
  /**
   * Set on a bare "resolution 58/208" (symbol "58/208"): whether the corpus's full symbol for it, if it has one,
   * is a resolution or a decision. Which series it belongs to is the corpus's to say, not this module's.
   */
  bare?: 'resolution' | 'decision';
}

function tidy(raw: string): string | undefined {
  let symbol = raw.replace(/[.,;:]+$/, '').replace(/\($/, '');
  // A parenthesis belongs to the symbol only when balanced, as in S/RES/1325(2000).
  const count = (re: RegExp) => (symbol.match(re) ?? []).length;
  while (symbol.endsWith(')') && count(/\)/g) > count(/\(/g)) symbol = symbol.slice(0, -1);
  if (count(/\(/g) !== count(/\)/g)) symbol = symbol.replace(/\(.*$/, '');
  // A symbol numbers a document; "N/A", "HIV/AIDS" or "ISO/IEC/IEEE" number nothing.
  return /\d/.test(symbol) && symbol.includes('/') ? symbol : undefined;
}

/**
 * The symbols in a text: those of the shape every slash scheme shares, and those of the families without a slash
 * that the corpus was found to print (see `symbol-scheme`).
 */
export function extractSymbols(text: string, families: SymbolFamilies = NO_FAMILIES): SymbolMention[] {
  const urls = [...text.matchAll(URL_SPAN)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const inUrl = (at: number) => urls.some(([from, to]) => at >= from && at < to);
  const found: SymbolMention[] = [];
  for (const match of text.matchAll(SYMBOL)) {
    const symbol = tidy(match[1] ?? '');
    if (symbol && !inUrl(match.index ?? 0)) found.push({ symbol, index: match.index ?? 0 });
  }
  for (const { symbol, index } of familySymbols(text, families)) if (!inUrl(index)) found.push({ symbol, index });
  for (const match of text.matchAll(BARE)) {
    if (inUrl(match.index ?? 0)) continue;
    const bare = /^d/i.test(match[1] ?? '') ? 'decision' : 'resolution';
    found.push({ symbol: match[2] ?? '', index: match.index ?? 0, bare });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Comparison key: case and spacing do not matter to readers. */
export function symbolKey(symbol: string): string {
  return symbol.toUpperCase().replace(/\s+/g, '');
}

export function symbolUrl(symbol: string, template: string): string {
  return template.replace('{symbol}', symbol);
}

/** Symbols the pages must link in one pattern before it is taken for the series' own. */
const MIN_LINKED_SYMBOLS = 2;
const LINK = /\bhttps?:\/\/[^\s<>()"'\]]+/g;

/**
 * Where the corpus's own pages link its symbols: "https://undocs.org/A/RES/58/208" beside A/RES/58/208 gives
 * "https://undocs.org/{symbol}" when two or more symbols are linked so. Another series' pages link elsewhere or not
 * at all, and their symbols then get no made-up link.
 */
export function learnSymbolUrlTemplate(bodies: string[]): string | undefined {
  const symbols = new Map<string, Set<string>>();
  for (const body of bodies) {
    for (const url of body.match(LINK) ?? []) {
      const link = url.replace(/[.,;:]+$/, '');
      const path = link.indexOf('/', link.indexOf('//') + 2);
      // The longest tail after a "/" or "=" of the path that is a symbol, whole: "A/RES/58/208", not "58/208".
      const at = [...link.slice(path).matchAll(/[/=]/g)]
        .map((m) => path + (m.index ?? 0) + 1)
        .find((i) => extractSymbols(link.slice(i))[0]?.symbol === link.slice(i));
      if (at === undefined) continue;
      const template = `${link.slice(0, at)}{symbol}`;
      symbols.set(template, (symbols.get(template) ?? new Set()).add(symbolKey(link.slice(at))));
    }
  }
  const [best] = [...symbols].sort((a, b) => b[1].size - a[1].size);
  return best && best[1].size >= MIN_LINKED_SYMBOLS ? best[0] : undefined;
}
