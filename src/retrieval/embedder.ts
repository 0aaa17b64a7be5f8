import { Embeddings } from '@langchain/core/embeddings';
import type { EngineConfig } from '../config/env.js';
import { LocalHashEmbeddings } from './local-embeddings.js';

/** An embeddings model with a stable identity: vectors from different models never share a cache entry or index. */
export interface Embedder {
  id: string;
  embeddings: Embeddings;
  /** How many texts go to the model in one call on ingest. */
  batchSize: number;
}

/** The OpenAI client is loaded only when configured: it costs more start-up time than the rest of the engine. */
export async function createEmbedder(config: EngineConfig): Promise<Embedder> {
  if (!config.openai) {
    const local = new LocalHashEmbeddings();
    return { id: local.id, embeddings: local, batchSize: 512 };
  }
  const { apiKey, baseUrl, embeddingModel, timeoutMs } = config.openai;
  const { OpenAIEmbeddings } = await import('@langchain/openai');
  const client = (maxRetries: number) =>
    new OpenAIEmbeddings({
      apiKey,
      model: embeddingModel,
      timeout: timeoutMs,
      maxRetries,
      batchSize: 128,
      configuration: baseUrl ? { baseURL: baseUrl } : undefined,
    });
  return {
    id: `openai:${embeddingModel}@${baseUrl ?? 'default'}`,
    embeddings: new RetriesForDocumentsOnly(client(DOCUMENT_RETRIES), client(0)),
    batchSize: 128,
  };
}

/** Ingest may wait out a rate limit; a question may not, since it has one deadline (LLM_TIMEOUT_MS) for every call. */
const DOCUMENT_RETRIES = 2;

class RetriesForDocumentsOnly extends Embeddings {
  constructor(
    private readonly documents: Embeddings,
    private readonly queries: Embeddings,
  ) {
    super({});
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return this.documents.embedDocuments(texts);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.queries.embedQuery(text);
  }
}
