import { escapeRegExp } from '../text/escape-regexp.js';
import { formatDateRangeWithWeekdays, formatSessionTime } from './date-format.js';
import type { MeetingRecord, Person } from './meeting-record.js';
import { ordinalSuffix, ordinalWord } from './ordinals.js';
import type { Meeting, Session } from './schedule.js';

/**
 * Writes a meeting's structured record as short plain sentences. These become chunks of their own, so a
 * record with little prose is still found by search, and extractive answers can quote them as they stand.
 */

export interface FactBlock {
  section: string;
  text: string;
}

export function describePerson(p: Person): string {
  const role = p.role ? ` (${p.role})` : '';
  const topic = p.topic ? `: "${p.topic}"` : '';
  return `${p.name}${role}${topic}`;
}

type Named = Pick<Meeting, 'number' | 'numbered' | 'noun' | 'title'>;

/** A meeting only a calendar names is called by its title, without the article answers put before it. */
const titleName = (m: Named) => m.title.replace(/^the\s+/i, '');

/** "8th meeting", or the title of a meeting that has no number: what follows "the" in an answer. */
export function meetingName(m: Named): string {
  return m.numbered ? `${ordinalSuffix(m.number)} ${m.noun}` : titleName(m);
}

/** "eighth meeting", as a person would ask for it. */
export function spokenName(m: Named): string {
  return m.numbered ? `${ordinalWord(m.number)} ${m.noun}` : titleName(m);
}

export function meetingLabel(m: Named & Pick<Meeting, 'start'>): string {
  const year = m.start ? ` (${m.start.slice(0, 4)})` : '';
  return `the ${spokenName(m)}${year}`;
}

/** "3 workshops", "1 meeting": a count in the series' own word. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function meetingWhen(m: Meeting): string | undefined {
  return m.start ? formatDateRangeWithWeekdays(m.start, m.end) : undefined;
}

export function describeSession(s: Session): string {
  const lines = [`${s.title}, ${formatSessionTime(s.start, s.end, s.timezone)}${s.room ? `, ${s.room}` : ''}.`];
  for (const item of s.items) {
    const who: string[] = [];
    if (item.speakers.length) who.push(`speakers: ${item.speakers.map(describePerson).join('; ')}`);
    if (item.moderators.length) who.push(`moderated by ${item.moderators.map(describePerson).join('; ')}`);
    if (item.documents.length) who.push(`documents: ${item.documents.join(', ')}`);
    lines.push(
      `${item.number ? `Item ${item.number}. ` : ''}${item.title}${who.length ? ` (${who.join('; ')})` : ''}.`,
    );
  }
  if (s.cutOff) lines.push('The recovered agenda stops here; later items are not recorded.');
  return lines.join('\n');
}

/**
 * Room, venue and city joined, each said once: a venue that already names its city ("CRGF campus, Angers") is not
 * followed by the city again.
 */
export function placeOf(r: Partial<Pick<MeetingRecord, 'room' | 'venue' | 'city'>>, withRoom = true): string {
  const parts = [withRoom ? r.room : undefined, r.venue].filter((p): p is string => Boolean(p));
  const city = r.city?.trim();
  const named = city && parts.some((p) => new RegExp(`(?:^|[\\s,(])${escapeRegExp(city)}(?:$|[\\s,)])`, 'iu').test(p));
  return [...parts, named ? undefined : city].filter(Boolean).join(', ');
}

export function meetingFactBlocks(m: Meeting): FactBlock[] {
  const r = m.record;
  if (!r) return [];
  const blocks: FactBlock[] = [];
  const place = placeOf(r);
  const overview = [
    `${r.title}: ${meetingLabel(m)}${meetingWhen(m) ? `, held ${meetingWhen(m)}` : ''}${place ? ` at ${place}` : ''}.`,
  ];
  if (r.organizer) overview.push(`Organized by ${r.organizer}.`);
  if (r.host) overview.push(`Hosted by ${r.host}.`);
  if (r.opened_by) overview.push(`Opened by ${describePerson(r.opened_by)}.`);
  if (r.closed_by) overview.push(`Closed by ${describePerson(r.closed_by)}.`);
  if (r.participants?.count) overview.push(`About ${r.participants.count} participants attended.`);
  if (r.participants?.description) overview.push(`Participants: ${r.participants.description}.`);
  blocks.push({ section: 'Facts', text: overview.join(' ') });
  if (r.mandate.length) blocks.push({ section: 'Mandate', text: `Mandate: ${r.mandate.join('; ')}.` });
  if (r.objectives.length)
    blocks.push({
      section: 'Objectives',
      text: `Objectives: ${r.objectives.map((o, i) => `(${i + 1}) ${o}`).join(' ')}`,
    });
  for (const s of m.sessions) blocks.push({ section: `Agenda: ${s.title}`, text: describeSession(s) });
  if (r.documents.length) {
    blocks.push({
      section: 'Documents',
      text: `Documents: ${r.documents.map((d) => `${d.symbol ? `${d.symbol} ` : ''}${d.title} (${d.kind}${d.date ? `, ${d.date}` : ''})`).join('; ')}.`,
    });
  }
  if (r.outcomes.length) blocks.push({ section: 'Outcomes', text: `Outcomes: ${r.outcomes.join(' ')}` });
  if (r.conclusions.length) blocks.push({ section: 'Conclusions', text: `Conclusions: ${r.conclusions.join(' ')}` });
  return blocks;
}
