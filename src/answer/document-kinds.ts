import { type DocumentRecord, documentSchema } from '../knowledge/meeting-record.js';
import type { Question } from '../question/question.js';
import { contentTokens } from '../retrieval/tokenize.js';

/** The record schema's document kinds, as the question's stemmed terms spell them. */
const DOCUMENT_KINDS = documentSchema.shape.kind.options.map((kind) => ({ kind, stem: contentTokens(kind)[0] }));

/** The kinds of document a question names by their word ("the *report*", "the *press* release"). */
export function documentKindsNamed(q: Pick<Question, 'terms'>): Array<DocumentRecord['kind']> {
  return DOCUMENT_KINDS.filter((k) => q.terms.some((t) => t.term === k.stem)).map((k) => k.kind);
}
