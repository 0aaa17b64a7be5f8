import { loadCorpus } from '../knowledge/corpus.js';
import { draftRecords } from '../knowledge/drafting/draft-records.js';
import type { DraftResult } from '../knowledge/drafting/merge-drafts.js';
import type { MeetingRecord } from '../knowledge/meeting-record.js';
import { buildSchedule, withMeetingsByDays } from '../knowledge/schedule.js';
import { compareRecords, type RecordComparison } from './record-compare.js';

export interface RecordEval extends RecordComparison {
  /** Meetings the raw pages speak of, which the comparison covers. */
  meetings: number[];
  draft: DraftResult;
}

export interface RecordEvalOptions {
  /** Compare only these meetings, to score a series' tune and test parts apart; all of them when absent. */
  meetings?: number[];
}

/** The records drafted from the raw pages in `pagesDir` against the hand-written ones in `recordsDir`. */
export async function evaluateRecords(
  pagesDir: string,
  recordsDir: string,
  options: RecordEvalOptions = {},
): Promise<RecordEval> {
  const pages = await loadCorpus(pagesDir);
  const documents = withMeetingsByDays(pages.documents, buildSchedule(pages.documents));
  const draft = draftRecords(documents);
  const chosen = (n: number) => !options.meetings || options.meetings.includes(n);
  const meetings = [
    ...new Set(
      documents.flatMap((d) =>
        !d.record && d.meetingNumber !== undefined && chosen(d.meetingNumber) ? [d.meetingNumber] : [],
      ),
    ),
  ].sort((a, b) => a - b);
  const handWritten = await loadCorpus(recordsDir);
  const expected = handWritten.documents
    .map((d) => d.record)
    .filter((r): r is MeetingRecord => r !== undefined && meetings.includes(r.number));
  return {
    ...compareRecords(
      draft.drafts.map((d) => d.record).filter((r) => meetings.includes(r.number)),
      expected,
    ),
    meetings,
    draft,
  };
}
