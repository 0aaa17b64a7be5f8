import { squash } from './clean-text.js';
import { extractSymbols, symbolKey, symbolUrl } from './doc-symbols.js';
import type { KnowledgeDocument } from './document.js';

export interface SymbolCitation {
  path: string;
  title: string;
  meetingNumber?: number;
  context: string;
}

export interface SymbolInfo {
  symbol: string;
  url: string;
  title?: string;
  kind?: string;
  date?: string;
  notes?: string;
  citations: SymbolCitation[];
}

/** Every document symbol in the corpus with its title (where a record gives one) and each place that cites it. */
export class SymbolIndex {
  private readonly entries = new Map<string, SymbolInfo>();

  constructor(documents: KnowledgeDocument[], urlTemplate?: string) {
    const entry = (symbol: string): SymbolInfo => {
      const key = symbolKey(symbol);
      let info = this.entries.get(key);
      if (!info) {
        info = { symbol, url: symbolUrl(symbol, urlTemplate), citations: [] };
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
      for (const mention of extractSymbols(doc.body)) {
        const start = Math.max(0, doc.body.lastIndexOf('\n', mention.index) + 1);
        const endAt = doc.body.indexOf('\n', mention.index);
        cite(entry(mention.symbol), doc, squash(doc.body.slice(start, endAt < 0 ? undefined : endAt)).slice(0, 300));
      }
    }
    for (const info of this.entries.values()) {
      info.citations.sort(
        (a, b) => (a.meetingNumber ?? 999) - (b.meetingNumber ?? 999) || a.path.localeCompare(b.path),
      );
    }
  }

  get(symbol: string): SymbolInfo | undefined {
    return this.entries.get(symbolKey(symbol));
  }

  all(): SymbolInfo[] {
    return [...this.entries.values()];
  }
}
