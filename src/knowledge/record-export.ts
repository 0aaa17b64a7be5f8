import type { KnowledgeDocument } from './document.js';
import { draftRecords } from './drafting/draft-records.js';
import type { Conflict } from './drafting/merge-drafts.js';
import type { Origin } from './drafting/origin.js';
import type { MeetingRecord } from './meeting-record.js';
import { buildSchedule } from './schedule.js';

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
  const schedule = buildSchedule(documents, draftRecords);
  const records: ExportedRecord[] = [];
  const drafted = new Set<number>();
  const warnings: string[] = [];
  for (const m of schedule.meetings) {
    if (!m.record) continue;
    const sources = [...new Set(m.sourcePaths)];
    if (!m.drafted) {
      records.push({ ...m.record, sources });
      continue;
    }
    const { provenance, conflicts, zoneUnknown } = m.drafted;
    drafted.add(m.number);
    records.push({ ...m.record, sources, provenance, ...(conflicts.length ? { conflicts } : {}) });
    for (const c of conflicts) {
      warnings.push(
        `meeting ${m.number}: the pages disagree on ${c.field}: ${c.values.map((v) => `${v.value} (${at(v.from)})`).join(' vs ')}; the first is kept`,
      );
    }
    if (zoneUnknown) warnings.push(`meeting ${m.number}: ${zoneUnknown}, so its session times are read as UTC`);
  }
  return { records, drafted, skipped: schedule.undrafted, warnings };
}
