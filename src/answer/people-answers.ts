import type { Chunk } from '../knowledge/chunk.js';
import { formatDateRange } from '../knowledge/date-format.js';
import type { Person } from '../knowledge/meeting-record.js';
import { itemName } from '../knowledge/meeting-record.js';
import { ordinalSuffix } from '../knowledge/ordinals.js';
import type { Meeting, Schedule } from '../knowledge/schedule.js';
import { foldText } from '../retrieval/tokenize.js';
import { joinList } from './doc-answers.js';
import { chunkSource, meetingSource, mergeSources } from './sources.js';
import type { Answer, Source } from './types.js';

interface Appearance {
  meeting: Meeting;
  person: Person;
  as: string;
}

/** Every named person in the records with each role they had, so "what did X speak about?" is exact. */
export class PeopleIndex {
  private readonly byName = new Map<string, Appearance[]>();

  /**
   * `isName`: whether the corpus writes a word only with a capital. A family name alone finds its person only if so:
   * "Wilmoth" does, the "Time" of a misread "Summer Time" does not, since "time" is an everyday word.
   */
  constructor(
    schedule: Schedule,
    private readonly isName: (word: string) => boolean = () => true,
  ) {
    for (const m of schedule.meetings) {
      const r = m.record;
      if (!r) continue;
      if (r.opened_by) this.add({ meeting: m, person: r.opened_by, as: 'opened the meeting' });
      if (r.closed_by) this.add({ meeting: m, person: r.closed_by, as: 'closed the meeting' });
      for (const s of m.sessions) {
        for (const item of s.items) {
          for (const p of item.speakers) {
            if (r.opened_by && p.name === r.opened_by.name && /open/i.test(item.title)) continue;
            this.add({
              meeting: m,
              person: p,
              as: `spoke under ${itemName(item)}${p.topic ? ` (on "${p.topic}")` : ''}`,
            });
          }
          for (const p of item.moderators) this.add({ meeting: m, person: p, as: `moderated ${itemName(item)}` });
        }
      }
    }
  }

  private add(a: Appearance): void {
    const key = canonicalName(a.person.name);
    const list = this.byName.get(key) ?? [];
    list.push(a);
    this.byName.set(key, list);
  }

  /** Whether a text names someone the records know: the evidence reader's cue for names no general rule catches. */
  has(text: string): boolean {
    return this.find(text).length > 0;
  }

  /** People named in the question, by full name or by a surname of four letters or more. */
  find(question: string): Array<{ name: string; appearances: Appearance[] }> {
    const q = ` ${foldText(question).replace(/[^a-z0-9]+/g, ' ')} `;
    const found: Array<{ name: string; appearances: Appearance[] }> = [];
    for (const [key, appearances] of this.byName) {
      const parts = key.split(' ');
      const surname = parts.at(-1) ?? '';
      if (q.includes(` ${key} `) || (surname.length >= 4 && q.includes(` ${surname} `) && this.isName(surname))) {
        found.push({ name: appearances[0]?.person.name ?? key, appearances });
      }
    }
    return found;
  }

  namedIn(question: string): string[] {
    return this.find(question).map((f) => f.name);
  }
}

function canonicalName(name: string): string {
  return foldText(name)
    .replace(/\b(h\.?e\.?|mr|ms|mrs|dr|prof|amb|ambassador)\b\.?/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Sentences naming the person in records of meetings the agenda data does not list them for (prose-only days),
 * each with the record it comes from, so the answer cites every record it quotes.
 */
function otherMentions(name: string, listed: Set<number>, chunks: Chunk[]): Array<{ line: string; source: Source }> {
  const needle = foldText(name);
  const out: Array<{ line: string; source: Source }> = [];
  const seen = new Set<number>();
  for (const c of chunks) {
    if (c.kind === 'table' || c.meetingNumber === undefined || listed.has(c.meetingNumber) || seen.has(c.meetingNumber))
      continue;
    const sentence = (c.text.match(/[^.!?\n]+[.!?]?/g) ?? []).find((s) => foldText(s).includes(needle));
    if (!sentence) continue;
    seen.add(c.meetingNumber);
    out.push({
      line: `The ${ordinalSuffix(c.meetingNumber)} meeting's record also names them: ${sentence.trim().replace(/^[-|*\s]+/, '')}`,
      source: chunkSource(c, 0.8),
    });
    if (out.length >= 3) break;
  }
  return out;
}

export function answerAboutPeople(question: string, people: PeopleIndex, chunks: Chunk[]): Answer | undefined {
  const found = people.find(question).slice(0, 3);
  if (found.length === 0) return undefined;
  const mentionSources: Source[] = [];
  const lines = found.map(({ name, appearances }) => {
    const role = appearances.find((a) => a.person.role)?.person.role;
    const each = appearances.map(
      (a) =>
        `${a.person.role && a.person.role !== role ? `as ${a.person.role}, ` : ''}at the ${ordinalSuffix(a.meeting.number)} ${a.meeting.noun}${a.meeting.start ? ` (${formatDateRange(a.meeting.start, a.meeting.end)})` : ''} ${a.as}`,
    );
    const listed = new Set(appearances.map((a) => a.meeting.number));
    const mentions = otherMentions(name, listed, chunks);
    mentionSources.push(...mentions.map((m) => m.source));
    return [`${name}${role ? ` (${role})` : ''} ${joinList(each)}.`, ...mentions.map((m) => m.line)].join(' ');
  });
  const meetings = [
    ...new Map(found.flatMap((f) => f.appearances.map((a) => [a.meeting.number, a.meeting] as const))).values(),
  ];
  const sources = mergeSources(
    meetings.map((m) => meetingSource(m, 'Agenda')),
    mentionSources,
    Number.POSITIVE_INFINITY,
  );
  // "What did X say?" asks for the content of a talk; the records hold at most its title.
  const asksWords = /\bwhat did .+\b(say|said|argue|state|tell)\b/i.test(question);
  const hasTopics = found.some((f) => f.appearances.some((a) => a.person.topic));
  if (asksWords && !hasTopics) {
    return {
      answer: `The documents do not record what was said. What they do say: ${lines.join(' ')}`,
      answered: false,
      intent: 'person',
      sources,
      confidence: 0.6,
    };
  }
  return {
    answer: lines.join('\n'),
    answered: true,
    intent: 'person',
    sources,
    confidence: 0.9,
  };
}
