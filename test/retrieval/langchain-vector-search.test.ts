import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { syntheticChunks, syntheticQueries } from '../../src/bench/synthetic-corpus.js';
import { Bm25Index } from '../../src/retrieval/bm25.js';
import { HybridSearch } from '../../src/retrieval/hybrid-search.js';
import { CHUNK_POSITION, LangChainVectorSearch } from '../../src/retrieval/langchain-vector-search.js';
import { LocalHashEmbeddings } from '../../src/retrieval/local-embeddings.js';
import { VectorIndex } from '../../src/retrieval/vector-index.js';

const embeddings = new LocalHashEmbeddings();
const embedder = { id: embeddings.id, embeddings, batchSize: 64 };
const chunks = syntheticChunks({ chunks: 300, seed: 3 });

async function storeOf(withPositions: boolean): Promise<MemoryVectorStore> {
  const store = new MemoryVectorStore(embeddings);
  await store.addDocuments(
    chunks.map(
      (c, i) => new Document({ pageContent: c.searchText, metadata: withPositions ? { [CHUNK_POSITION]: i } : {} }),
    ),
  );
  return store;
}

describe('a LangChain vector store as the vector side of the hybrid search', () => {
  it('ranks the same chunks as the in-process HNSW index', async () => {
    const bm25 = new Bm25Index(chunks.map((c) => c.searchText));
    const hnsw = await VectorIndex.build(
      chunks.map((c) => embeddings.embedText(c.searchText)),
      embeddings.dimensions,
    );
    const local = new HybridSearch(chunks, bm25, hnsw, embedder);
    const remote = new HybridSearch(chunks, bm25, new LangChainVectorSearch(await storeOf(true)), embedder);
    for (const query of syntheticQueries(chunks, 20, 9)) {
      const positions = async (search: HybridSearch) => (await search.search(query, { k: 5 })).map((h) => h.index);
      expect(await positions(remote)).toEqual(await positions(local));
    }
  });

  it('names the missing chunk position instead of fusing documents it cannot place', async () => {
    const search = new LangChainVectorSearch(await storeOf(false));
    await expect(search.search(await embeddings.embedQuery('anything'), 3)).rejects.toThrow(/memory.*chunkIndex/);
  });
});
