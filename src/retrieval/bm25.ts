import { searchTerms } from './tokenize.js';

export interface ScoredIndex {
  index: number;
  score: number;
}

/** Okapi BM25 over the chunks' search text. Built in memory at start-up: it takes milliseconds per thousand chunks. */
export class Bm25Index {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lengths: number[] = [];
  private avgLength = 0;

  constructor(
    texts: string[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    let total = 0;
    texts.forEach((text, i) => {
      const terms = searchTerms(text);
      this.lengths.push(terms.length);
      total += terms.length;
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [term, tf] of counts) {
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        list.push([i, tf]);
      }
    });
    this.avgLength = texts.length ? total / texts.length : 0;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Share of chunks that contain the term. */
  spread(term: string): number {
    return this.size ? (this.postings.get(term)?.length ?? 0) / this.size : 0;
  }

  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Share of the query's weight (by IDF) that occurs anywhere in the corpus: low means the corpus does not know the topic. */
  coverage(query: string): number {
    const terms = [...new Set(searchTerms(query))];
    if (terms.length === 0) return 0;
    let known = 0;
    let all = 0;
    for (const t of terms) {
      const weight = this.postings.has(t) ? this.idf(t) : Math.log(1 + (this.size + 0.5) / 0.5);
      all += weight;
      if (this.postings.has(t)) known += weight;
    }
    return all ? known / all : 0;
  }

  search(query: string, k: number, filter?: (index: number) => boolean): ScoredIndex[] {
    const scores = new Map<number, number>();
    for (const term of new Set(searchTerms(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const [i, tf] of list) {
        if (filter && !filter(i)) continue;
        const norm = 1 - this.b + this.b * ((this.lengths[i] ?? 0) / (this.avgLength || 1));
        const s = (idf * tf * (this.k1 + 1)) / (tf + this.k1 * norm);
        scores.set(i, (scores.get(i) ?? 0) + s);
      }
    }
    return [...scores.entries()]
      .map(([index, score]) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, k);
  }
}
