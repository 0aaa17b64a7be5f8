import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

export const DEFAULT_HNSW: HnswParams = { m: 16, efConstruction: 200, efSearch: 96 };

/** Approximate nearest neighbours over unit vectors (cosine), labels are chunk positions. */
export class VectorIndex {
  private constructor(
    private readonly index: InstanceType<typeof HierarchicalNSW>,
    readonly dimensions: number,
    readonly size: number,
  ) {}

  static build(vectors: Float32Array[], dimensions: number, params: HnswParams = DEFAULT_HNSW): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex(Math.max(1, vectors.length), params.m, params.efConstruction, 100);
    vectors.forEach((v, i) => {
      index.addPoint(Array.from(v), i);
    });
    index.setEf(params.efSearch);
    return new VectorIndex(index, dimensions, vectors.length);
  }

  static read(file: string, dimensions: number, size: number, params: HnswParams = DEFAULT_HNSW): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file);
    if (index.getCurrentCount() !== size) {
      throw new Error(`vector index ${file} holds ${index.getCurrentCount()} vectors, expected ${size}`);
    }
    index.setEf(params.efSearch);
    return new VectorIndex(index, dimensions, size);
  }

  write(file: string): void {
    this.index.writeIndexSync(file);
  }

  search(vector: ArrayLike<number>, k: number): Array<{ index: number; score: number }> {
    if (this.size === 0) return [];
    const { neighbors, distances } = this.index.searchKnn(Array.from(vector), Math.min(k, this.size));
    return neighbors.map((index, i) => ({ index, score: 1 - (distances[i] ?? 1) }));
  }
}
