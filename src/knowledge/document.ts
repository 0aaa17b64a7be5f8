import type { DetectedMeeting } from './meeting-detect.js';
import type { MeetingRecord } from './meeting-record.js';

export type DocumentFormat = 'markdown' | 'text' | 'html' | 'pdf' | 'yaml' | 'ics';

/** What a loader hands on: one file's clean text plus whatever structure it carried. */
export interface LoadedDocument {
  /** Path relative to the knowledge folder, with forward slashes. */
  path: string;
  format: DocumentFormat;
  title: string;
  url?: string;
  /** Clean text; Markdown keeps its headings and tables so the chunker can follow them. */
  body: string;
  /** Lines of `body` (from 0) that are a table's header row, where the file's markup says so (HTML `<th>` cells). */
  headerRows?: number[];
  /** The validated front matter of a meeting record. */
  record?: MeetingRecord;
  /** Calendar events from an .ics file, already expanded. */
  events?: CalendarEvent[];
  tags?: string[];
  /** The meeting a page's front matter names; null when it has front matter naming none. */
  declaredMeeting?: number | null;
}

export interface CalendarEvent {
  uid: string;
  title: string;
  start: Date;
  end?: Date;
  timezone: string;
  location?: string;
  description?: string;
  status: 'scheduled' | 'cancelled';
  /** The event's CATEGORIES, which many calendars use to say which meeting an event belongs to. */
  categories: string[];
}

export interface KnowledgeDocument extends LoadedDocument {
  /** SHA-256 of the file's bytes, so unchanged files keep their cached embeddings. */
  hash: string;
  detected: DetectedMeeting;
  /** Meeting this document belongs to, from front matter or detection. */
  meetingNumber?: number;
}
