import type { Embeddings } from '@langchain/core/embeddings';
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
  return {
    id: `openai:${embeddingModel}@${baseUrl ?? 'default'}`,
    embeddings: new OpenAIEmbeddings({
      apiKey,
      model: embeddingModel,
      timeout: timeoutMs,
      maxRetries: 2,
      batchSize: 128,
      configuration: baseUrl ? { baseURL: baseUrl } : undefined,
    }),
    batchSize: 128,
  };
}
