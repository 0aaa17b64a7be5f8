import type { KnowledgeDocument } from '../document.js';
import { type DraftResult, mergeDrafts } from './merge-drafts.js';
import { draftPage } from './page-draft.js';

/**
 * Meeting records drafted from the raw pages of a knowledge folder: every page that is about a numbered meeting
 * and carries no hand-written record is read, and the pages of one meeting are merged. Hand-written records are
 * left out here; the schedule lets them win wherever they exist.
 */
export function draftRecords(documents: KnowledgeDocument[]): DraftResult {
  const pages = documents.flatMap((doc) =>
    !doc.record && doc.meetingNumber !== undefined && !doc.events?.length ? [draftPage(doc, doc.meetingNumber)] : [],
  );
  return mergeDrafts(pages);
}
