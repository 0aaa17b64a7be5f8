import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/answer/knowledge-base.js';
import { loadConfig } from '../../src/config/env.js';
import { chunkDocument } from '../../src/knowledge/chunk.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { createLogger } from '../../src/logging/logger.js';
import { parseQuestion } from '../../src/question/question.js';
import { createEmbedder } from '../../src/retrieval/embedder.js';
import { EmbeddingCache } from '../../src/retrieval/embedding-cache.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const KNOWLEDGE = path.resolve('knowledge');
const quiet = createLogger({ level: 'error', write: () => {} });

const tempDir = useTempDirs('rapporteur-retrieval');

function engineFor(knowledgeDir: string, dataDir: string): Promise<Engine> {
  return createEngine({ config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir }), logger: quiet });
}

describe('retrieval over the bundled knowledge', () => {
  let kb: KnowledgeBase;
  let cache: EmbeddingCache;
  let engine: Engine;

  beforeAll(async () => {
    const config = loadConfig({ KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: tempDir('kb') });
    cache = new EmbeddingCache(config.dataDir);
    kb = await buildKnowledgeBase(config, await createEmbedder(config), cache, quiet);
    engine = await engineFor(KNOWLEDGE, tempDir('engine'));
  });
  afterAll(async () => {
    cache?.close();
    await engine?.close();
  });

  const topPaths = async (question: string, k = 3) => {
    const q = parseQuestion(question, kb.catalogue);
    const hits = await kb.search.search(question, { k, meetingNumbers: q.meetingNumbers });
    return hits.map((h) => h.chunk.path);
  };

  it.each([
    ['Who opened the eighth meeting?', 'meetings/08-eighth-meeting-2009.md'],
    ['When was the tenth coordination meeting?', 'meetings/10-tenth-meeting-2012.md'],
    ['What were the objectives of the 2014 meeting?', 'meetings/12-twelfth-meeting-2014.md'],
    ['Where was the first coordination meeting held?', 'meetings/01-first-meeting-2002.md'],
  ])('puts the right record first for "%s"', async (question, expected) => {
    expect((await topPaths(question, 1))[0]).toBe(expected);
    expect((await engine.ask(question)).sources[0]?.path).toBe(expected);
  });

  it('finds the resolution by its exact symbol', async () => {
    const hits = await kb.search.search('A/RES/68/4', { k: 5 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.chunk.searchText.includes('A/RES/68/4'))).toBe(true);
  });

  it('meets an acronym in the question with a text that spells it out', async () => {
    const hits = await kb.search.search('GFMD', { k: 8 });
    const spelledOut = hits.filter(
      (h) => /Global Forum on Migration and Development/.test(h.chunk.searchText) && !/GFMD/.test(h.chunk.searchText),
    );
    expect(spelledOut.length).toBeGreaterThan(0);
  });

  it.each([
    ['Who spoke at the 2009 meeting?', [8]],
    ['What happened in February 2012?', [10]],
    ['Who opened the eighth meeting?', [8]],
    ['What was on the agenda of meeting 12?', [12]],
    ['What was on the agenda of the 12th coordination meeting?', [12]],
  ])('reads which meeting "%s" means', (question, expected) => {
    expect(parseQuestion(question, kb.catalogue).meetingNumbers).toEqual(expected);
  });

  it('does not read a resolution number or an unrelated year as a meeting', () => {
    expect(parseQuestion('What is resolution 58/208?', kb.catalogue).meetingNumbers).toEqual([]);
    expect(parseQuestion('What is the capital of France?', kb.catalogue).meetingBy).toBe('none');
  });
});

describe('the vector index across restarts', () => {
  it('is loaded, not rebuilt, when the knowledge has not changed', async () => {
    const dataDir = tempDir('restart');
    const first = await engineFor(KNOWLEDGE, dataDir);
    const before = first.stats();
    await first.close();
    expect(before.indexLoaded).toBe(false);
    expect(before.embedded).toBe(before.chunks);

    const second = await engineFor(KNOWLEDGE, dataDir);
    const after = second.stats();
    await second.close();
    expect(after.indexLoaded).toBe(true);
    expect(after.embedded).toBe(0);
    expect(after.chunks).toBe(before.chunks);
  });

  it('re-embeds only the chunks of the file that changed', async () => {
    const knowledge = tempDir('copy');
    fs.cpSync(KNOWLEDGE, knowledge, { recursive: true });
    const dataDir = tempDir('edit');
    const first = await engineFor(knowledge, dataDir);
    const total = first.stats().chunks;
    await first.close();

    const edited = 'context/series-overview.md';
    fs.appendFileSync(
      path.join(knowledge, edited),
      '\n\n## Late addition\n\nA note added after the first index was built: the okapi working group met once.\n',
    );
    const corpus = await loadCorpus(knowledge);
    const schedule = buildSchedule(corpus.documents);
    const editedDoc = corpus.documents.find((d) => d.path === edited);
    if (!editedDoc) throw new Error(`${edited} missing from the copy`);
    const editedChunks = chunkDocument(editedDoc, schedule).length;

    const second = await engineFor(knowledge, dataDir);
    const stats = second.stats();
    const answer = await second.ask('Which working group met once according to the late addition?');
    await second.close();
    expect(stats.indexLoaded).toBe(false);
    expect(stats.embedded).toBeGreaterThan(0);
    expect(stats.embedded).toBeLessThanOrEqual(editedChunks);
    expect(stats.embedded).toBeLessThan(total);
    expect(stats.reused).toBe(stats.chunks - stats.embedded);
    expect(answer.sources.map((s) => s.path)).toContain(edited);
  });
});
