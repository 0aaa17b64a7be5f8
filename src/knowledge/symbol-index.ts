import { squash } from './clean-text.js';
import { extractSymbols, type SymbolMention, symbolKey, symbolUrl } from './doc-symbols.js';
import type { KnowledgeDocument } from './document.js';
import type { DocumentRecord } from './meeting-record.js';
import { NO_FAMILIES, type SymbolFamilies } from './symbol-scheme.js';

export interface SymbolCitation {
  path: string;
  title: string;
  meetingNumber?: number;
  context: string;
}

export interface SymbolInfo {
  symbol: string;
  /** Where a reader can open it: the record's link, else the series' link pattern; none where neither is known. */
  url?: string;
  title?: string;
  kind?: string;
  date?: string;
  notes?: string;
  citations: SymbolCitation[];
}

type BareKind = NonNullable<SymbolMention['bare']>;
const KIND_SEGMENT: Record<BareKind, string> = { resolution: 'RES', decision: 'DEC' };

/** A symbol as readers may type it: any case, with dots, spaces or slashes between its parts. */
function looseParts(symbol: string): string[] {
  return symbol
    .toUpperCase()
    .split(/[\s/.()]+/)
    .filter(Boolean);
}

// Between the parts of a symbol typed in a question: a slash, a dot, a parenthesis or spaces ("wp 199").
const WORD = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;
const JOINER = /^[\s/.()]{1,3}$/;
const MAX_PARTS = 8;

/**
 * Every document symbol in the corpus with its title (where a record gives one) and each place that cites it.
 * Which symbols exist is learned here, from the records and the text, so a bare "resolution 58/208" can be read
 * as the corpus's own A/RES/58/208 and a question's "wp 199" as ESA/P/WP.199, whatever the secretariat's scheme.
 */
export class SymbolIndex {
  private readonly entries = new Map<string, SymbolInfo>();
  /** Loose spelling ("ESA/P/WP/199") → keys, for readers who type a dot as a slash or the other way round. */
  private readonly loose = new Map<string, string[]>();
  /** Loose endings that start with a word ("WP/199", "RES/68/4") → keys of the symbols ending so. */
  private readonly tails = new Map<string, string[]>();
  /** "resolution 58/208" → the key of the corpus symbol it stands for (A/RES/58/208), where the corpus has one. */
  private readonly bareAliases = new Map<string, string>();

  constructor(documents: KnowledgeDocument[], urlTemplate?: string, families: SymbolFamilies = NO_FAMILIES) {
    const mentions = new Map(documents.map((doc) => [doc, extractSymbols(doc.body, families)]));
    // First what the corpus spells out in full: a bare number can only stand for a symbol the corpus knows.
    const known = new Map<string, { symbol: string; count: number }>();
    const see = (symbol: string) => {
      const seen = known.get(symbolKey(symbol));
      if (seen) seen.count++;
      else known.set(symbolKey(symbol), { symbol, count: 1 });
    };
    for (const doc of documents) {
      for (const d of doc.record?.documents ?? []) if (d.symbol) see(d.symbol);
      for (const m of mentions.get(doc) ?? []) if (!m.bare) see(m.symbol);
    }
    for (const [key, { count }] of known) {
      const parts = key.split('/');
      const number = parts.slice(-2).join('/');
      for (const kind of Object.keys(KIND_SEGMENT) as BareKind[]) {
        if (parts.length < 3 || !key.split(/[/.]/).includes(KIND_SEGMENT[kind])) continue;
        const alias = `${kind} ${number}`;
        const rival = this.bareAliases.get(alias);
        // Two series may both have a resolution 58/208; the one the corpus cites more is the one it means.
        const rivalCount = rival ? (known.get(rival)?.count ?? 0) : -1;
        if (count > rivalCount || (count === rivalCount && key < (rival ?? ''))) this.bareAliases.set(alias, key);
      }
    }
    const resolve = (m: SymbolMention): string => {
      const alias = m.bare && this.bareAliases.get(`${m.bare} ${symbolKey(m.symbol)}`);
      return (alias && known.get(alias)?.symbol) || m.symbol;
    };

    const entry = (symbol: string): SymbolInfo => {
      const key = symbolKey(symbol);
      let info = this.entries.get(key);
      if (!info) {
        info = { symbol, ...(urlTemplate ? { url: symbolUrl(symbol, urlTemplate) } : {}), citations: [] };
        this.entries.set(key, info);
      }
      return info;
    };
    const cite = (info: SymbolInfo, doc: KnowledgeDocument, context: string) => {
      if (info.citations.some((c) => c.path === doc.path)) return;
      info.citations.push({ path: doc.path, title: doc.title, meetingNumber: doc.meetingNumber, context });
    };
    for (const doc of documents) {
      for (const d of doc.record?.documents ?? []) {
        if (!d.symbol) continue;
        const info = entry(d.symbol);
        info.title ??= d.title;
        info.kind ??= d.kind;
        info.date ??= d.date;
        info.notes ??= d.notes;
        if (d.url) info.url = d.url;
        cite(info, doc, `${d.symbol}: ${d.title}`);
      }
      for (const mention of mentions.get(doc) ?? []) {
        const start = Math.max(0, doc.body.lastIndexOf('\n', mention.index) + 1);
        const endAt = doc.body.indexOf('\n', mention.index);
        const context = squash(doc.body.slice(start, endAt < 0 ? undefined : endAt)).slice(0, 300);
        cite(entry(resolve(mention)), doc, context);
      }
    }
    for (const [key, info] of this.entries) {
      info.citations.sort(
        (a, b) => (a.meetingNumber ?? 999) - (b.meetingNumber ?? 999) || a.path.localeCompare(b.path),
      );
      const parts = looseParts(info.symbol);
      push(this.loose, parts.join('/'), key);
      for (let i = 1; i < parts.length; i++) {
        const tail = parts.slice(i);
        if (/^[A-Z]/.test(tail[0] ?? '') && tail.some((p) => /\d/.test(p))) push(this.tails, tail.join('/'), key);
      }
    }
  }

  /**
   * What a record drafted from the pages says of a symbol the pages cite (its title, kind, date), where no
   * hand-written record has said it already.
   */
  describe(d: DocumentRecord): void {
    const info = d.symbol ? this.entries.get(symbolKey(d.symbol)) : undefined;
    if (!info) return;
    if (d.title !== d.symbol) info.title ??= d.title;
    info.kind ??= d.kind;
    info.date ??= d.date;
  }

  /** The symbol's entry, tolerantly: "a/res/68/4", "ESA/P/WP/199", "RES/68/4" and a bare "58/208" all find theirs. */
  get(symbol: string): SymbolInfo | undefined {
    const key = symbolKey(symbol);
    const exact = this.entries.get(key);
    if (exact) return exact;
    // Without its word, a bare number is read as a resolution first: far more of them are cited than decisions.
    if (/^\d+\/\d+$/.test(key)) return this.bare(key, 'resolution') ?? this.bare(key, 'decision');
    return this.byParts(looseParts(symbol));
  }

  all(): SymbolInfo[] {
    return [...this.entries.values()];
  }

  /** The scheme learned from the corpus: the distinct first segments of its symbols, most used first. */
  prefixes(): string[] {
    const counts = new Map<string, number>();
    for (const { symbol } of this.entries.values()) {
      const first = symbol.split('/')[0] ?? '';
      if (/^[A-Za-z]/.test(first)) counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([prefix]) => prefix);
  }

  /**
   * The corpus symbols a question names, in the order it names them, however it spells them: "esa/p/wp.199",
   * "ESA/P/WP/199", "WP.199" or "wp 199" when only one corpus symbol ends so, "resolution 58/208".
   */
  mentionsIn(text: string): string[] {
    const found: Array<{ index: number; symbol: string }> = [];
    for (const m of extractSymbols(text)) {
      if (!m.bare) continue;
      const info = this.bare(symbolKey(m.symbol), m.bare) ?? this.entries.get(symbolKey(m.symbol));
      if (info) found.push({ index: m.index, symbol: info.symbol });
    }
    const words = [...text.matchAll(WORD)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
    for (let i = 0; i < words.length; ) {
      const match = this.longestAt(text, words, i);
      if (match) found.push({ index: words[i]?.from ?? 0, symbol: match.info.symbol });
      i = match?.next ?? i + 1;
    }
    found.sort((a, b) => a.index - b.index);
    return [...new Set(found.map((f) => f.symbol))];
  }

  /** The longest run of words from `i` on, joined as a symbol's parts are, that names one corpus symbol. */
  private longestAt(
    text: string,
    words: Array<{ from: number; to: number }>,
    i: number,
  ): { info: SymbolInfo; next: number } | undefined {
    const gap = (k: number) => text.slice(words[k]?.to ?? 0, words[k + 1]?.from ?? 0);
    const first = text.slice(words[i]?.from ?? 0, words[i]?.to ?? 0);
    if (!/^[A-Za-z]/.test(first)) return undefined;
    let end = i + 1;
    while (end < words.length && end - i < MAX_PARTS && JOINER.test(gap(end - 1))) end++;
    for (let j = end; j >= i + 2; j--) {
      // "wp 199" is a symbol's ending only with a real word before the number; "a 5" is just text.
      if (first.length < 2 && Array.from({ length: j - i - 1 }, (_, k) => gap(i + k)).every((g) => /^\s+$/.test(g))) {
        continue;
      }
      const spelled = text.slice(words[i]?.from ?? 0, words[j - 1]?.to ?? 0);
      const info = this.entries.get(symbolKey(spelled)) ?? this.byParts(looseParts(spelled));
      if (info) return { info, next: j };
    }
    return undefined;
  }

  private byParts(parts: string[]): SymbolInfo | undefined {
    const key = parts.join('/');
    const [loose] = this.loose.get(key) ?? [];
    if (loose) return this.entries.get(loose);
    const tails = this.tails.get(key) ?? [];
    return tails.length === 1 ? this.entries.get(tails[0] ?? '') : undefined;
  }

  private bare(number: string, kind: BareKind): SymbolInfo | undefined {
    const key = this.bareAliases.get(`${kind} ${number}`);
    return key ? this.entries.get(key) : undefined;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
