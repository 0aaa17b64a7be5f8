import type { Chunk } from '../knowledge/chunk.js';
import type { Bm25Index, ScoredIndex } from './bm25.js';
import type { Embedder } from './embedder.js';

export interface Hit {
  chunk: Chunk;
  index: number;
  /** Fused reciprocal-rank score; comparable only within one result list. */
  score: number;
  bm25: number;
  cosine: number;
}

/**
 * What the fusion needs from a vector store: the nearest chunk positions to a query vector, best first. The
 * in-process hnswlib `VectorIndex` answers synchronously; `LangChainVectorSearch` adapts any LangChain vector
 * store (pgvector, Qdrant) that keeps the chunk position in its metadata.
 */
export interface VectorSearch {
  search(vector: number[], k: number): ScoredIndex[] | Promise<ScoredIndex[]>;
}

export interface SearchOptions {
  k?: number;
  /** Meetings the question names; their chunks are lifted, the rest are not hidden. */
  meetingNumbers?: number[];
  /** How strongly to lift them: an ordinal names one meeting for sure, a year may be loose. */
  meetingBoost?: number;
}

/**
 * Fusion settings measured on the eval set with `npm run bench` (Recall@5 over distinct files): with the usual
 * k = 60 and equal weights the hybrid scored 0.913, below BM25 alone (0.938), because the hashed vectors are the
 * weaker list and equal votes let them outvote sharp keyword matches. A small k lets the top of each list count,
 * and a lower vector weight makes the vectors break ties and rescue misspellings instead (0.944).
 */
const RRF_K = 5;
const VECTOR_WEIGHT = 0.4;
const CANDIDATES = 50;

/**
 * Lexical and vector results fused by reciprocal rank: BM25 is sharp on names, symbols and rare words, the hashed
 * vectors forgive word forms and spelling; RRF needs no score calibration between the two.
 */
export class HybridSearch {
  constructor(
    readonly chunks: Chunk[],
    readonly bm25: Bm25Index,
    private readonly vectors: VectorSearch,
    private readonly embedder: Embedder,
  ) {}

  async search(query: string, options: SearchOptions = {}): Promise<Hit[]> {
    const lexical = this.bm25.search(query, CANDIDATES);
    const queryVector = await this.embedder.embeddings.embedQuery(query);
    return this.fuse(lexical, await this.vectors.search(queryVector, CANDIDATES), options);
  }

  /** The same ranking and meeting lift from keywords alone, for when the question cannot be embedded. */
  keywordSearch(query: string, options: SearchOptions = {}): Hit[] {
    return this.fuse(this.bm25.search(query, CANDIDATES), [], options);
  }

  private fuse(lexical: ScoredIndex[], semantic: ScoredIndex[], options: SearchOptions): Hit[] {
    const fused = new Map<number, Hit>();
    const hit = (index: number): Hit => {
      let h = fused.get(index);
      if (!h) {
        h = { chunk: this.chunks[index]!, index, score: 0, bm25: 0, cosine: 0 };
        fused.set(index, h);
      }
      return h;
    };
    lexical.forEach((r, rank) => {
      const h = hit(r.index);
      h.score += 1 / (RRF_K + rank + 1);
      h.bm25 = r.score;
    });
    semantic.forEach((r, rank) => {
      const h = hit(r.index);
      h.score += VECTOR_WEIGHT / (RRF_K + rank + 1);
      h.cosine = r.score;
    });
    const wanted = new Set(options.meetingNumbers ?? []);
    if (wanted.size) {
      const boost = options.meetingBoost ?? 2;
      for (const h of fused.values()) {
        if (h.chunk.meetingNumber !== undefined && wanted.has(h.chunk.meetingNumber)) h.score *= boost;
        else if (h.chunk.meetingNumber !== undefined) h.score /= boost;
      }
    }
    return [...fused.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, options.k ?? 8);
  }
}
