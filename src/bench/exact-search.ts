/**
 * Exact cosine nearest neighbours by scanning every vector: the recall ceiling the approximate index is judged
 * against. Vectors are unit length, so the dot product is the cosine. One packed matrix keeps the scan cache-friendly.
 */
export class ExactCosine {
  private readonly matrix: Float32Array;

  constructor(
    vectors: readonly Float32Array[],
    readonly dimensions: number,
  ) {
    this.matrix = new Float32Array(vectors.length * dimensions);
    vectors.forEach((v, i) => {
      this.matrix.set(v, i * dimensions);
    });
  }

  get size(): number {
    return this.matrix.length / this.dimensions;
  }

  /** Positions of the k most similar vectors, best first (ties by position, like the other retrievers). */
  search(query: ArrayLike<number>, k: number): number[] {
    const best: Array<{ index: number; score: number }> = [];
    const d = this.dimensions;
    for (let i = 0, offset = 0; i < this.size; i++, offset += d) {
      let score = 0;
      for (let j = 0; j < d; j++) score += (this.matrix[offset + j] ?? 0) * (query[j] ?? 0);
      if (best.length === k && score <= best[k - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { index: i, score });
      if (best.length > k) best.pop();
    }
    return best.map((b) => b.index);
  }
}
