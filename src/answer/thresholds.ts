import type { Evidence } from './evidence-reader.js';

/**
 * Every threshold that decides between answering and saying "I couldn't find that", in one place. They were set on
 * the tuning parts of the eval sets only (test/eval `part: tune`, the series-B tuning part and the raw-page
 * development set); the held-out parts are scored, never tuned on.
 */

/** Share of the question's weighted terms a quoted passage must cover to be its answer. */
export const MIN_EVIDENCE_COVERAGE = 0.5;
/**
 * A question whose answer has no span of its own to look for (a list, a reason, a description, a yes or no) is
 * held to a higher bar, since sharing words is then the only sign that a passage answers it.
 */
export const MIN_UNTYPED_EVIDENCE_COVERAGE = 0.65;
/** A record fact of the kind asked for stands when it speaks to this much of the question's subject. */
export const MIN_FACT_COVERAGE = 0.34;
/** A record overview (no specific fact asked) must speak to more of the question's subject. */
export const MIN_OVERVIEW_COVERAGE = 0.5;
/** A passage beats a record fact only when it covers the subject at least this well... */
export const MIN_PASSAGE_OVER_FACT = 0.34;
/** ...and the fact covers less than this. */
export const FACT_WEAK_BELOW = 0.5;

/**
 * A yes/no question is answered "Yes" or "No" only when the quote covers this much of it; below that, the quote is
 * given without a verdict, since sharing most words is not yet saying the same thing.
 */
export const MIN_YES_NO_COVERAGE = 0.8;

/** Enough of the question's weighted terms, by the bar its kind of answer sets. */
export function evidenceSpeaksTo(e: Pick<Evidence, 'coverage' | 'typed'>): boolean {
  return e.coverage >= (e.typed ? MIN_EVIDENCE_COVERAGE : MIN_UNTYPED_EVIDENCE_COVERAGE);
}

/** A passage answers when it speaks to the question, holds a span of the kind asked for, and is not about a gap. */
export function evidenceAnswers(e: Evidence): boolean {
  return e.span && !e.absent && evidenceSpeaksTo(e);
}

export const NOT_FOUND = "I couldn't find that in the meeting documents.";

export function confidenceFrom(passageCoverage: number, corpusCoverage: number): number {
  return Number(Math.min(1, 0.5 * passageCoverage + 0.5 * corpusCoverage).toFixed(2));
}
