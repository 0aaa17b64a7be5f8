import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import MiniSearch from 'minisearch';
import type { Chunk } from '../knowledge/chunk.js';
import { Bm25Index } from '../retrieval/bm25.js';
import { HybridSearch } from '../retrieval/hybrid-search.js';
import type { LocalHashEmbeddings } from '../retrieval/local-embeddings.js';
import { VectorIndex } from '../retrieval/vector-index.js';
import { ExactCosine } from './exact-search.js';

/** A built retriever: chunk positions for a query, best first. */
export interface Retriever {
  search(query: string, k: number): Promise<number[]>;
}

/** One contender in the side-by-side: building it is timed, so embedding the corpus counts where it is needed. */
export interface RetrieverSpec {
  name: string;
  note: string;
  build(chunks: Chunk[], embeddings: LocalHashEmbeddings): Promise<Retriever>;
}

const embedAll = (chunks: Chunk[], embeddings: LocalHashEmbeddings) =>
  chunks.map((c) => embeddings.embedText(c.searchText));

export const RETRIEVERS: RetrieverSpec[] = [
  {
    name: 'hybrid (ours)',
    note: 'BM25 + HNSW over local vectors, reciprocal rank fusion; no meeting lift from query understanding',
    build: async (chunks, embeddings) => {
      const vectors = await VectorIndex.build(embedAll(chunks, embeddings), embeddings.dimensions);
      const bm25 = new Bm25Index(chunks.map((c) => c.searchText));
      const hybrid = new HybridSearch(chunks, bm25, vectors, { id: embeddings.id, embeddings, batchSize: 512 });
      return { search: async (query, k) => (await hybrid.search(query, { k })).map((h) => h.index) };
    },
  },
  {
    name: 'BM25 (ours)',
    note: 'Bm25Index alone: stemmed content words, symbol and acronym terms',
    build: async (chunks) => {
      const bm25 = new Bm25Index(chunks.map((c) => c.searchText));
      return { search: async (query, k) => bm25.search(query, k).map((r) => r.index) };
    },
  },
  {
    name: 'MiniSearch BM25',
    note: 'minisearch defaults: its own tokenizer, no stemming, no prefix or fuzzy matching',
    build: async (chunks) => {
      const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      mini.addAll(chunks.map((c, id) => ({ id, text: c.searchText })));
      return {
        search: async (query, k) =>
          mini
            .search(query)
            .slice(0, k)
            .map((r) => r.id as number),
      };
    },
  },
  {
    name: 'exact cosine',
    note: 'brute-force scan of the same local vectors: the vector recall ceiling',
    build: async (chunks, embeddings) => {
      const exact = new ExactCosine(embedAll(chunks, embeddings), embeddings.dimensions);
      return { search: async (query, k) => exact.search(embeddings.embedText(query), k) };
    },
  },
  {
    name: 'LangChain MemoryVectorStore',
    note: '@langchain/classic MemoryVectorStore with the same LocalHashEmbeddings (linear scan over number[])',
    build: async (chunks, embeddings) => {
      const store = new MemoryVectorStore(embeddings);
      await store.addDocuments(
        chunks.map((c, index) => new Document({ pageContent: c.searchText, metadata: { index } })),
      );
      return {
        search: async (query, k) => (await store.similaritySearch(query, k)).map((d) => d.metadata.index as number),
      };
    },
  },
];
