import type { KnowledgeDocument } from './document.js';
import { draftRecords } from './drafting/draft-records.js';
import type { Conflict } from './drafting/merge-drafts.js';
import type { Origin } from './drafting/origin.js';
import type { MeetingRecord } from './meeting-record.js';
import { buildSchedule, withMeetingsByDays } from './schedule.js';

/**
 * The meeting records a knowledge folder holds, in the record schema, each with the files it came from: a
 * hand-written record as written, and for a meeting known only from raw pages, the record drafted from them,
 * with where each field was read and any value two pages disagree on. A meeting whose pages give no date
 * cannot make a valid record; it is reported, not invented.
 */
export type ExportedRecord = MeetingRecord & {
  sources: string[];
  /** Drafted records only: field path → the file and line it was read from. */
  provenance?: Record<string, Origin>;
  /** Drafted records only: values the pages disagree on, each with its source. */
  conflicts?: Conflict[];
};

export interface RecordExport {
  records: ExportedRecord[];
  /** Which records were drafted from raw pages (the rest are hand-written). */
  drafted: Set<number>;
  skipped: Array<{ number: number; reason: string }>;
  /** One line per disagreement between pages or unknown time zone, for the person reviewing the drafts. */
  warnings: string[];
}

const at = (o: Origin) => `${o.path} line ${o.line}`;

export function exportRecords(documents: KnowledgeDocument[]): RecordExport {
  const schedule = buildSchedule(documents);
  const draft = draftRecords(withMeetingsByDays(documents, schedule));
  const records: ExportedRecord[] = [];
  const drafted = new Set<number>();
  const warnings: string[] = [];
  for (const m of schedule.meetings.filter((x) => x.record)) {
    if (m.record) records.push({ ...m.record, sources: [...new Set(m.sourcePaths)] });
  }
  for (const d of draft.drafts) {
    // A hand-written record wins wherever one exists.
    if (records.some((r) => r.number === d.record.number)) continue;
    drafted.add(d.record.number);
    records.push({
      ...d.record,
      sources: d.sources,
      provenance: d.provenance,
      ...(d.conflicts.length ? { conflicts: d.conflicts } : {}),
    });
    for (const c of d.conflicts) {
      warnings.push(
        `meeting ${d.record.number}: the pages disagree on ${c.field}: ${c.values.map((v) => `${v.value} (${at(v.from)})`).join(' vs ')}; the first is kept`,
      );
    }
    if (d.zoneUnknown)
      warnings.push(`meeting ${d.record.number}: ${d.zoneUnknown}, so its session times are read as UTC`);
  }
  records.sort((a, b) => a.number - b.number);
  const skipped = draft.skipped.filter((s) => !records.some((r) => r.number === s.number));
  return { records, drafted, skipped, warnings };
}
