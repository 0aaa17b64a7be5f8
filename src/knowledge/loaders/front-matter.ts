import { parse } from 'yaml';
import { z } from 'zod';
import { ErrorCode, KnowledgeError } from '../../errors.js';
import type { LoadedDocument } from '../document.js';
import { type MeetingRecord, meetingRecordSchema } from '../meeting-record.js';

const pageSchema = z
  .object({
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
    tags: z.array(z.string()).default([]),
    meeting: z.number().int().positive().optional(),
  })
  .strict();

export type PageFrontMatter = z.infer<typeof pageSchema>;

export type ParsedFrontMatter = { kind: 'meeting'; record: MeetingRecord } | { kind: 'page'; page: PageFrontMatter };

/** A record with a `number` is a meeting; anything else is a page with an optional title, url and tags. */
export function parseStructured(data: unknown, path: string): ParsedFrontMatter {
  if (data === null || data === undefined) return { kind: 'page', page: { tags: [] } };
  const isMeeting = typeof data === 'object' && 'number' in (data as object);
  const schema = isMeeting ? meetingRecordSchema : pageSchema;
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
      .join('; ');
    throw new KnowledgeError(ErrorCode.RecordInvalid, `${path}: invalid front matter: ${problems}`, path);
  }
  return isMeeting
    ? { kind: 'meeting', record: result.data as MeetingRecord }
    : { kind: 'page', page: result.data as PageFrontMatter };
}

export function splitFrontMatter(text: string, path: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) return { data: undefined, body: text };
  try {
    return { data: parse(match[1] ?? ''), body: text.slice(match[0].length) };
  } catch (error) {
    throw new KnowledgeError(
      ErrorCode.RecordInvalid,
      `${path}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      path,
      { cause: error },
    );
  }
}

/** The document a meeting record becomes, whichever file format carried it. */
export function meetingDocument(
  relPath: string,
  format: LoadedDocument['format'],
  record: MeetingRecord,
  body: string,
): LoadedDocument {
  return { path: relPath, format, title: record.title, url: record.url, body, record };
}
