import { type MeetingRecord, meetingRecordSchema } from './meeting-record.js';
import type { Schedule } from './schedule.js';

/**
 * The meeting records the engine holds, in the record schema, each with the files it came from: a hand-written
 * record as written, and for a meeting known only from raw pages, what those pages give (its number, title,
 * dates). A meeting whose pages give no date cannot make a valid record; it is reported, not invented.
 */
export type ExportedRecord = MeetingRecord & { sources: string[] };

export interface RecordExport {
  records: ExportedRecord[];
  skipped: Array<{ number: number; reason: string }>;
}

export function exportRecords(schedule: Schedule): RecordExport {
  const records: ExportedRecord[] = [];
  const skipped: RecordExport['skipped'] = [];
  for (const m of schedule.meetings) {
    const sources = [...new Set(m.sourcePaths)];
    if (m.record) {
      records.push({ ...m.record, sources });
      continue;
    }
    const parsed = meetingRecordSchema.safeParse({
      number: m.number,
      title: m.title,
      start: m.start,
      ...(m.end ? { end: m.end } : {}),
      timezone: m.timezone,
    });
    if (parsed.success) records.push({ ...parsed.data, sources });
    else skipped.push({ number: m.number, reason: `its pages (${sources.join(', ')}) give no date` });
  }
  return { records, skipped };
}
