import { Embeddings } from '@langchain/core/embeddings';
import { contentTokens, foldText } from './tokenize.js';

/**
 * Embeddings that need no model download: signed feature hashing of stemmed words, word pairs and character
 * trigrams into a fixed number of dimensions. No corpus statistics are involved, so a text's vector depends on
 * the text alone: vectors can be cached by content hash and only changed documents are ever re-embedded.
 * Word rarity is BM25's job in the hybrid search; these vectors add tolerance to spelling and word forms.
 */
export class LocalHashEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(dimensions = 512) {
    super({});
    this.dimensions = dimensions;
  }

  get id(): string {
    return `local-hash-v4-${this.dimensions}`;
  }

  embedText(text: string): Float32Array {
    const vector = new Float32Array(this.dimensions);
    const words = contentTokens(text);
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature);
      const slot = h % this.dimensions;
      vector[slot] = (vector[slot] ?? 0) + ((h >>> 31) & 1 ? -weight : weight);
    };
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [w, tf] of counts) add(`w:${w}`, 1 + Math.log(tf));
    for (let i = 1; i < words.length; i++) add(`b:${words[i - 1]} ${words[i]}`, 0.6);
    const raw = foldText(text).match(/[a-z0-9]{4,}/g) ?? [];
    for (const token of new Set(raw)) {
      const padded = `^${token}$`;
      const grams = padded.length - 2;
      for (let i = 0; i < grams; i++) add(`c:${padded.slice(i, i + 3)}`, 0.35 / Math.sqrt(grams));
    }
    let norm = 0;
    for (const v of vector) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] ?? 0) / norm;
    return vector;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embedText(t)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embedText(text));
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
