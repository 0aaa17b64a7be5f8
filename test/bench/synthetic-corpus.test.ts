import { describe, expect, it } from 'vitest';
import { measureHnswAtScale } from '../../src/bench/hnsw-scale.js';
import { syntheticChunks, syntheticQueries } from '../../src/bench/synthetic-corpus.js';

describe('synthetic corpus', () => {
  it('is the same for the same seed, different for another, and has the requested size', () => {
    const a = syntheticChunks({ chunks: 1500, seed: 3 });
    const b = syntheticChunks({ chunks: 1500, seed: 3 });
    const other = syntheticChunks({ chunks: 1500, seed: 4 });
    expect(a).toHaveLength(1500);
    expect(b).toEqual(a);
    expect(other.map((c) => c.hash)).not.toEqual(a.map((c) => c.hash));
    expect(syntheticQueries(a, 20)).toEqual(syntheticQueries(b, 20));
    expect(new Set(a.map((c) => c.id)).size).toBe(1500);
  });

  it('reads like meetings: agendas with speakers and document symbols', () => {
    const [facts] = syntheticChunks({ chunks: 10, seed: 1 });
    expect(facts?.kind).toBe('facts');
    expect(facts?.text).toMatch(/Item 1: .+, presented by [A-Z][a-z]+ [A-Z][a-z]+ \(.+\), document A\/\d+\/\d+\./);
  });
});

describe('HNSW with the default parameters', () => {
  it('finds at least 95% of the exact top ten on 2k synthetic chunks', async () => {
    const figures = await measureHnswAtScale(2000, { queries: 100 });
    expect(figures.recallAt10).toBeGreaterThanOrEqual(0.95);
  });
});
