import type { EngineConfig } from '../config/env.js';
import { type Chunk, chunkDocument } from '../knowledge/chunk.js';
import { type Corpus, loadCorpus } from '../knowledge/corpus.js';
import { learnSymbolUrlTemplate } from '../knowledge/doc-symbols.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { draftRecords } from '../knowledge/drafting/draft-records.js';
import { buildSchedule, type Schedule, withMeetingsByDays } from '../knowledge/schedule.js';
import { SymbolIndex } from '../knowledge/symbol-index.js';
import type { Logger } from '../logging/logger.js';
import { buildCatalogue, type Catalogue } from '../question/catalogue.js';
import { Bm25Index } from '../retrieval/bm25.js';
import type { Embedder } from '../retrieval/embedder.js';
import type { EmbeddingCache } from '../retrieval/embedding-cache.js';
import { HybridSearch } from '../retrieval/hybrid-search.js';
import { openOrBuildIndex } from '../retrieval/index-store.js';
import { Pages } from './page-units.js';

/** Everything the engine answers from, built in one pass and swapped whole on reload. */
export interface KnowledgeBase {
  corpus: Corpus;
  schedule: Schedule;
  symbols: SymbolIndex;
  chunks: Chunk[];
  /** Every page read by its layout, for the evidence reader. */
  pages: Pages;
  catalogue: Catalogue;
  search: HybridSearch;
  stats: { documents: number; chunks: number; embedded: number; reused: number; indexLoaded: boolean; ms: number };
}

export interface BuildProgress {
  stage: 'load' | 'embed' | 'index';
  done: number;
  total: number;
  file?: string;
}

export async function buildKnowledgeBase(
  config: EngineConfig,
  embedder: Embedder,
  cache: EmbeddingCache,
  logger: Logger,
  onProgress?: (p: BuildProgress) => void,
  /** Calendars from outside the knowledge folder (SCHEDULE_ICS_URL feeds), read afresh on every build. */
  calendars: () => KnowledgeDocument[] = () => [],
): Promise<KnowledgeBase> {
  const started = performance.now();
  const loaded = await loadCorpus(config.knowledgeDir, {
    onProgress: (done, total, file) => onProgress?.({ stage: 'load', done, total, file }),
  });
  for (const w of loaded.warnings) logger.warn(`${w.path}: ${w.message}`);
  loaded.documents.push(...calendars());
  const built = buildSchedule(loaded.documents, draftRecords);
  const symbolUrlTemplate = config.symbolUrlTemplate ?? learnSymbolUrlTemplate(loaded.documents.map((d) => d.body));
  const schedule = symbolUrlTemplate ? { ...built, symbolUrlTemplate } : built;
  const corpus = { ...loaded, documents: withMeetingsByDays(loaded.documents, schedule) };
  const symbols = new SymbolIndex(corpus.documents, symbolUrlTemplate, schedule.symbolFamilies);
  for (const m of schedule.meetings) if (m.drafted) for (const d of m.record?.documents ?? []) symbols.describe(d);
  const chunks = corpus.documents.flatMap((doc) => chunkDocument(doc, schedule));
  const index = await openOrBuildIndex({
    chunks,
    embedder,
    dataDir: config.dataDir,
    cache,
    logger,
    onProgress: (done, total) => onProgress?.({ stage: 'embed', done, total }),
    onIndexProgress: (done, total) => onProgress?.({ stage: 'index', done, total }),
  });
  const bm25 = new Bm25Index(chunks.map((c) => c.searchText));
  const pages = new Pages(corpus.documents);
  return {
    corpus,
    schedule,
    symbols,
    chunks,
    pages,
    catalogue: buildCatalogue(schedule, corpus.documents, symbols, bm25),
    search: new HybridSearch(chunks, bm25, index.vectors, embedder),
    stats: {
      documents: corpus.documents.length,
      chunks: chunks.length,
      embedded: index.embedded,
      reused: index.reused,
      indexLoaded: index.loaded,
      ms: performance.now() - started,
    },
  };
}
