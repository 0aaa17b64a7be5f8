import { z } from 'zod';

/**
 * The structured part of a meeting record, written as YAML front matter at the top of a Markdown file.
 * Session times are wall-clock times in the meeting's `timezone`, so a record reads the way the
 * organizers' own agenda does and stays right across daylight-saving changes.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2012-02-09');
const isoMonthOrDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}(-\d{2})?$/,
    'expected a date like 2012-02-09, or a month like 2005-10 when the days are unknown',
  );
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'expected a local date and time like 2012-02-09T10:00');

export const personSchema = z
  .object({
    name: z.string().min(1),
    role: z.string().optional(),
    topic: z.string().optional(),
  })
  .strict();

export const agendaItemSchema = z
  .object({
    number: z
      .string()
      .min(1)
      .optional()
      .describe('Roman numeral or label as the agenda gives it, e.g. "III"; absent where the agenda numbers none'),
    title: z.string().min(1),
    speakers: z.array(personSchema).default([]),
    moderators: z.array(personSchema).default([]),
    documents: z.array(z.string()).default([]).describe('symbols of documents listed under the item'),
    notes: z.string().optional(),
  })
  .strict();

export const sessionSchema = z
  .object({
    title: z.string().min(1),
    start: localDateTime,
    end: localDateTime.optional(),
    room: z.string().optional(),
    status: z.enum(['scheduled', 'cancelled']).default('scheduled'),
    items: z.array(agendaItemSchema).default([]),
    cut_off: z.boolean().default(false).describe('true when the recovered agenda stops partway through this session'),
  })
  .strict();

export const documentSchema = z
  .object({
    symbol: z.string().optional(),
    title: z.string().min(1),
    kind: z.enum(['report', 'resolution', 'declaration', 'press', 'letter', 'note', 'paper', 'video', 'other']),
    date: z.string().optional(),
    url: z.string().url().optional(),
    notes: z.string().optional(),
  })
  .strict();

export const meetingRecordSchema = z
  .object({
    number: z.number().int().positive(),
    title: z.string().min(1),
    start: isoMonthOrDate,
    end: isoDate.optional(),
    timezone: z.string().min(1).default('UTC'),
    city: z.string().optional(),
    venue: z.string().optional(),
    room: z.string().optional(),
    organizer: z.string().optional(),
    /** Who received the meeting, where a page tells it apart from the organiser ("organized by X … hosted by Y"). */
    host: z.string().optional(),
    url: z.string().url().optional(),
    opened_by: personSchema.optional(),
    closed_by: personSchema.optional(),
    participants: z
      .object({ count: z.number().int().positive().optional(), description: z.string().optional() })
      .strict()
      .optional(),
    mandate: z.array(z.string()).default([]),
    objectives: z.array(z.string()).default([]),
    topics: z.array(z.string()).default([]),
    outcomes: z.array(z.string()).default([]),
    conclusions: z.array(z.string()).default([]),
    not_recorded: z
      .array(z.string())
      .default([])
      .describe('what the public record does not give, so answers can say so'),
    sessions: z.array(sessionSchema).default([]),
    documents: z.array(documentSchema).default([]),
  })
  .strict();

export type Person = z.infer<typeof personSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type SessionRecord = z.infer<typeof sessionSchema>;
export type DocumentRecord = z.infer<typeof documentSchema>;
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

/** How an answer names an item: `item III, "Opening"` where the agenda numbers it, else by its title alone. */
export function itemName(item: Pick<AgendaItem, 'number' | 'title'>): string {
  return item.number ? `item ${item.number}, "${item.title}"` : `"${item.title}"`;
}

/** An agenda line as a list prints it: "III. Opening", or the title alone. */
export function itemLine(item: Pick<AgendaItem, 'number' | 'title'>): string {
  return item.number ? `${item.number}. ${item.title}` : item.title;
}
