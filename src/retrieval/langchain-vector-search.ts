import type { VectorStoreInterface } from '@langchain/core/vectorstores';
import type { ScoredIndex } from './bm25.js';
import type { VectorSearch } from './hybrid-search.js';

/** The metadata key under which each stored document carries its chunk's position. */
export const CHUNK_POSITION = 'chunkIndex';

/**
 * Any LangChain vector store as the vector side of the hybrid search, for corpora that outgrow one machine's
 * memory (PGVectorStore, QdrantVectorStore). Documents must be stored with their chunk position in metadata, as
 * `CHUNK_POSITION`; results without one cannot be fused and are reported, not dropped silently.
 */
export class LangChainVectorSearch implements VectorSearch {
  constructor(private readonly store: VectorStoreInterface) {}

  async search(vector: number[], k: number): Promise<ScoredIndex[]> {
    const results = await this.store.similaritySearchVectorWithScore(vector, k);
    return results.map(([doc, score]) => {
      const index = doc.metadata?.[CHUNK_POSITION];
      if (typeof index !== 'number') {
        throw new Error(
          `Vector store ${this.store._vectorstoreType()} returned a document without a numeric "${CHUNK_POSITION}" in its metadata`,
        );
      }
      return { index, score };
    });
  }
}
