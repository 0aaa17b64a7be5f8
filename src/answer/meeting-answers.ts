import { DateTime } from 'luxon';
import { formatDateRange, formatDay, formatSessionTime, isMonthOnly } from '../knowledge/date-format.js';
import {
  describePerson,
  describeSession,
  meetingLabel,
  meetingName,
  meetingWhen,
  placeOf,
} from '../knowledge/meeting-facts.js';
import { meetingPhase } from '../knowledge/meeting-phase.js';
import type { AgendaItem, MeetingRecord } from '../knowledge/meeting-record.js';
import { itemName } from '../knowledge/meeting-record.js';
import { ordinalToNumber } from '../knowledge/ordinals.js';
import type { Meeting, Schedule, Session } from '../knowledge/schedule.js';
import type { FactKind, Question } from '../question/question.js';
import { contentTokens, initialisms } from '../retrieval/tokenize.js';
import { documentKindsNamed } from './document-kinds.js';
import { meetingSource } from './sources.js';
import { countsPeople } from './spans.js';
import type { Answer } from './types.js';

/**
 * Answers about one named meeting straight from its record: exact, dated and cited. Where the record lacks the
 * fact, the answer says so instead of searching prose for something close.
 */

interface Part {
  text: string;
  known: boolean;
  section: string;
}

const short = meetingName;

function place(m: Meeting): string {
  return m.record ? placeOf(m.record, false) : '';
}

/** " at United Nations Headquarters, New York" for a building, " in New York" for a city alone. */
function atPlace(m: Meeting): string {
  if (!place(m)) return '';
  return m.record?.venue ? ` at ${place(m)}` : ` in ${place(m)}`;
}

/** Record entries read as sentences, each closed by a full stop, so two entries never run into one. */
function asSentences(entries: string[]): string {
  return entries.map((e) => (/[.!?]$/.test(e.trim()) ? e.trim() : `${e.trim()}.`)).join(' ');
}

/** "Outcomes of the 10th meeting (dates): …", or what the record does not give. */
function recordList(m: Meeting, heading: 'Outcomes' | 'Conclusions', entries: string[]): Part {
  if (!entries.length) return notRecorded(m, heading.toLowerCase());
  return {
    text: `${heading} of the ${short(m)} (${formatWhen(m)}): ${asSentences(entries)}`,
    known: true,
    section: heading,
  };
}

/**
 * What a record lacks. "The documents do not record X" is a statement about the documents, so it is made only
 * where the record itself marks X as not recorded; an empty field alone says only that this path did not find it.
 */
function notRecorded(m: Meeting, what: string): Part {
  const when = m.start ? ` (${formatWhen(m)})` : '';
  return {
    text: markedNotRecorded(m, what)
      ? `The documents do not record ${what} for the ${short(m)}${when}.`
      : `I couldn't find ${what} for the ${short(m)}${when} in the documents.`,
    known: false,
    section: 'What the record does not say',
  };
}

const NOT_RECORDED_GENERIC = new Set(contentTokens('the a an any meeting who what for of number list'));

function markedNotRecorded(m: Meeting, what: string): boolean {
  const asked = contentTokens(what).filter((t) => !NOT_RECORDED_GENERIC.has(t));
  return (m.record?.not_recorded ?? []).some((entry) => {
    const words = new Set(contentTokens(entry));
    return asked.some((t) => words.has(t));
  });
}

/** "What was it about?" is answered by the objectives and, where the record lists them, its topics. */
function topicsLine(r: MeetingRecord, q: Question): string {
  return r.topics.length && /\b(about|focus\w*|themes?|topics?)\b/i.test(q.question)
    ? ` Topics: ${r.topics.join('; ')}.`
    : '';
}

/** "The 10th meeting (9–10 February 2012) was opened by …", or what the record does not say. */
function byWhom(m: Meeting, verb: string, who: string | undefined, missing: string, now: Date): Part {
  return who
    ? {
        text: `The ${short(m)} (${formatWhen(m)}) ${tenseOf(m, now).be} ${verb} by ${who}.`,
        known: true,
        section: 'Facts',
      }
    : notRecorded(m, missing);
}

/**
 * The verbs of a meeting's facts in its time: a meeting still to come "will be held", one under way "is being held",
 * judged by the meeting's own calendar day, not the machine's.
 */
function tenseOf(m: Meeting, now: Date): { be: string; takes: string } {
  const phase = meetingPhase(m, now);
  if (phase === 'past') return { be: 'was', takes: 'took place' };
  if (phase === 'future') return { be: 'will be', takes: 'will take place' };
  return { be: 'is being', takes: 'is taking place' };
}

function weekdays(m: Meeting): string {
  const a = DateTime.fromISO(m.start ?? '', { zone: 'UTC' });
  const b = DateTime.fromISO(m.end ?? m.start ?? '', { zone: 'UTC' });
  return a.hasSame(b, 'day') ? a.toFormat('cccc') : `${a.toFormat('cccc')} to ${b.toFormat('cccc')}`;
}

/**
 * "What day did it start?" asks for one day of a meeting of several, so the answer names that day by itself, with
 * the other boundary beside it, instead of leaving the reader to take it out of a range.
 */
function boundaryDays(m: Meeting, q: Question): string | undefined {
  if (!m.start || !m.end || m.end === m.start || isMonthOnly(m.start)) return undefined;
  if (!q.asksStart && !q.asksEnd) return undefined;
  const first = `first day ${formatDay(m.start)}`;
  const last = `last day ${formatDay(m.end)}`;
  return q.asksEnd && !q.asksStart ? `${last} (${first})` : `${first}; ${last}`;
}

function formatWhen(m: Meeting): string {
  return m.start ? formatDateRange(m.start, m.end) : 'date unknown';
}

const ITEM_GENERIC = new Set(
  contentTokens(
    'agenda item items session sessions sitting speaker speakers spoke speak moderated moderator who what which when where held hold take place start begin time hour hours talk about discuss discussed present presented presentation day daily morning afternoon first second third last monday tuesday wednesday thursday friday january february march april may june july august september october november december',
  ),
);

/** The words of the question that can name an item or a session, without those that only say "item" or "session". */
function namingWords(q: Question): Set<string> {
  return new Set(q.terms.map((t) => t.term).filter((w) => !ITEM_GENERIC.has(w) && !/^\d+$/.test(w)));
}

/** The entries whose text shares the most of the words, if any shares one. */
function bestByWords<T>(entries: T[], textOf: (entry: T) => string, words: Set<string>): T[] {
  if (words.size === 0) return [];
  const scored = entries.map((entry) => {
    const text = new Set([...contentTokens(textOf(entry)), ...initialisms(textOf(entry))]);
    return { entry, score: [...words].filter((w) => text.has(w)).length };
  });
  const best = Math.max(0, ...scored.map((x) => x.score));
  return best === 0 ? [] : scored.filter((x) => x.score === best).map((x) => x.entry);
}

/** Agenda items that share the most specific words with the question ("tour-de-table", "remittances"). */
function matchingItems(m: Meeting, q: Question): Array<{ session: Session; item: AgendaItem }> {
  const all = sessionsFor(m, q).flatMap((session) => session.items.map((item) => ({ session, item })));
  if (q.agendaItem) return all.filter(({ item }) => item.number?.toUpperCase() === q.agendaItem);
  // The question model's terms leave out the words that only name the meeting, whatever the series calls it.
  return bestByWords(
    all,
    ({ item }) =>
      `${item.title} ${item.notes ?? ''} ${[...item.speakers, ...item.moderators].map((p) => `${p.name} ${p.role ?? ''} ${p.topic ?? ''}`).join(' ')}`,
    namingWords(q),
  );
}

/** Sessions without items named by their own title: "the welcome dinner", "the field visit". */
function matchingSessions(m: Meeting, q: Question): Session[] {
  return bestByWords(
    sessionsFor(m, q).filter((s) => s.items.length === 0),
    (s) => s.title,
    namingWords(q),
  );
}

function sessionsFor(m: Meeting, q: Question): Session[] {
  const days = [...new Set(m.sessions.map((s) => DateTime.fromJSDate(s.start, { zone: s.timezone }).toISODate()))];
  const matching = m.sessions.filter((s) => {
    const local = DateTime.fromJSDate(s.start, { zone: s.timezone });
    if (q.dayPart === 'morning' && local.hour >= 12) return false;
    if (q.dayPart === 'afternoon' && local.hour < 12) return false;
    if (q.weekday !== undefined && local.weekday !== q.weekday) return false;
    if (q.dayIndex !== undefined) {
      const wanted = q.dayIndex < 0 ? days.at(-1) : days[q.dayIndex - 1];
      if (local.toISODate() !== wanted) return false;
    }
    return true;
  });
  // "What's on Thursday at noon?": the sessions running at that time, or starting then where no end is known.
  const at = q.atClock;
  const running = at
    ? matching.filter((s) => {
        const start = DateTime.fromJSDate(s.start, { zone: s.timezone }).toFormat('HH:mm');
        const end = s.end ? DateTime.fromJSDate(s.end, { zone: s.timezone }).toFormat('HH:mm') : undefined;
        return end ? start <= at && at < end : start === at;
      })
    : [];
  if (running.length) return running;
  // "The 5th meeting" is the session its own title numbers so, wherever the visits between put it in the list.
  if (q.sessionNumber !== undefined) {
    const titled = matching.filter((s) => ordinalToNumber(s.title.split(/\s+/)[0] ?? '') === q.sessionNumber);
    if (titled.length) return titled;
  }
  if (q.sessionIndex === undefined) return matching;
  const one = q.sessionIndex < 0 ? matching.at(-1) : matching[q.sessionIndex - 1];
  return one ? [one] : [];
}

function itemLine(session: Session, item: AgendaItem): string {
  const people: string[] = [];
  if (item.speakers.length) people.push(`speakers: ${item.speakers.map(describePerson).join('; ')}`);
  if (item.moderators.length) people.push(`moderator: ${item.moderators.map(describePerson).join('; ')}`);
  const cut = item.title.endsWith('…') ? ' (title cut off in the recovered record)' : '';
  const named = itemName(item);
  return `${named.charAt(0).toUpperCase()}${named.slice(1)}${cut} — ${formatSessionTime(session.start, session.end, session.timezone)}${people.length ? `; ${people.join('; ')}` : ''}.`;
}

function renderFact(kind: FactKind, m: Meeting, q: Question, now: Date): Part | undefined {
  const r = m.record;
  const tense = tenseOf(m, now);
  const label = `The ${short(m)}`;
  switch (kind) {
    case 'date': {
      if (!m.start) return notRecorded(m, 'the dates');
      // "When was the tour-de-table?" asks for an agenda item's slot, not the meeting's dates.
      const items = q.facts.length === 1 ? matchingItems(m, q) : [];
      if (items.length) {
        return {
          text: items.map(({ session, item }) => itemLine(session, item)).join(' '),
          known: true,
          section: 'Agenda',
        };
      }
      const monthOnly = isMonthOnly(m.start);
      if (monthOnly && ASKS_FOR_DAYS.test(q.question)) return notRecorded(m, 'the exact days');
      const where = atPlace(m);
      const boundary = boundaryDays(m, q);
      if (boundary) return { text: `${label}${where}: ${boundary}.`, known: true, section: 'Facts' };
      return {
        text: monthOnly
          ? `${label} ${tense.be} held${where} in ${meetingWhen(m)}; the exact days are not recorded.`
          : `${label} ${tense.be} held on ${formatWhen(m)} (${weekdays(m)})${where}.`,
        known: true,
        section: 'Facts',
      };
    }
    case 'venue': {
      if (!place(m) && !r?.room) return notRecorded(m, 'the venue');
      if (/\broom\b/i.test(q.question) && !r?.room) return notRecorded(m, 'the room');
      const room = r?.room && !place(m).includes(r.room) ? ` (${r.room})` : '';
      return {
        text: `${label} (${formatWhen(m)}) ${tense.takes}${atPlace(m) || ' at an unrecorded venue'}${room}.`,
        known: true,
        section: 'Facts',
      };
    }
    case 'opener':
      return byWhom(m, 'opened', r?.opened_by && describePerson(r.opened_by), 'who opened the meeting', now);
    case 'closer':
      return byWhom(m, 'closed', r?.closed_by && describePerson(r.closed_by), 'who closed the meeting', now);
    case 'organizer':
      return byWhom(m, 'organized', r?.organizer, 'the organizer', now);
    case 'host':
      return byWhom(m, 'hosted', r?.host, 'the host', now);
    case 'timezone':
      return timeZonePart(m);
    case 'chair': {
      const part = notRecorded(m, 'who chaired the meeting');
      const opener = r?.opened_by ? ` It was opened by ${describePerson(r.opened_by)}.` : '';
      return { ...part, text: `${part.text}${opener}` };
    }
    case 'objectives':
      if (q.listIndex !== undefined && r?.objectives.length) {
        const one = r.objectives[q.listIndex - 1];
        return one
          ? {
              text: `Objective ${q.listIndex} of the ${short(m)} (${formatWhen(m)}): ${one}`,
              known: true,
              section: 'Objectives',
            }
          : notRecorded(m, `an objective number ${q.listIndex} (${r.objectives.length} are recorded)`);
      }
      return r?.objectives.length
        ? {
            text: `Objectives of the ${short(m)} (${formatWhen(m)}): ${r.objectives.map((o, i) => `(${i + 1}) ${o}`).join(' ')}${topicsLine(r, q)}`,
            known: true,
            section: 'Objectives',
          }
        : notRecorded(m, 'the objectives');
    case 'mandate':
      return r?.mandate.length
        ? { text: `Mandate of the ${short(m)}: ${r.mandate.join('; ')}.`, known: true, section: 'Mandate' }
        : notRecorded(m, 'a mandate');
    case 'outcomes':
      return recordList(m, 'Outcomes', r?.outcomes ?? []);
    case 'conclusions':
      return recordList(m, 'Conclusions', r?.conclusions ?? []);
    case 'participants':
      if (r?.participants?.count || r?.participants?.description) {
        const count = r.participants.count
          ? `About ${r.participants.count} people took part in the ${short(m)} (${formatWhen(m)})`
          : `Participants of the ${short(m)}`;
        const who = r.participants.description ? `: ${r.participants.description.replace(/\.$/, '')}` : '';
        return { text: `${count}${who}.`, known: true, section: 'Facts' };
      }
      return notRecorded(m, 'the participants or their number');
    case 'documents': {
      if (!r?.documents.length) return notRecorded(m, 'any documents');
      // "the symbol of the report" asks for a report: the record's other documents do not answer it.
      const named = documentKindsNamed(q);
      const documents = named.length ? r.documents.filter((d) => named.includes(d.kind)) : r.documents;
      if (!documents.length) return notRecorded(m, `a ${named[0] ?? 'document'}`);
      // "When was the report issued?" is answered by the documents' own dates, not by a list without them.
      if (q.expects === 'date' && !documents.some((d) => d.date)) {
        return notRecorded(m, `the date of the ${named[0] ?? 'document'}`);
      }
      const list = documents.map((d) => `${d.symbol ? `${d.symbol} — ` : ''}${d.title}${d.date ? ` (${d.date})` : ''}`);
      return {
        text: `Documents of the ${short(m)} (${formatWhen(m)}): ${list.join('; ')}.`,
        known: true,
        section: 'Documents',
      };
    }
    case 'time': {
      const sessions = sessionsFor(m, q);
      if (!sessions.length) return notRecorded(m, 'session times');
      const items = matchingItems(m, q);
      if (items.length) {
        return {
          text: items.map(({ session, item }) => itemLine(session, item)).join(' '),
          known: true,
          section: 'Agenda',
        };
      }
      const named = matchingSessions(m, q);
      if (named.length) {
        // "What time did the dinner end?" of a session whose end the pages do not give is not answered by its start.
        const open = named.filter((s) => !s.end);
        const times = named.map((s) => `${s.title}: ${formatSessionTime(s.start, s.end, s.timezone)}.`).join(' ');
        if (q.asksEnd && open.length === named.length) {
          const gap = notRecorded(m, `when "${named[0]?.title}" ends`);
          return { ...gap, text: `${gap.text} What they give is its start: ${times}` };
        }
        return {
          text: times,
          known: true,
          section: 'Agenda',
        };
      }
      // "When does the forum end?" asks for the end of its last session, not for every session's times; a question
      // pinned to a day or a session ("session IV on day 1") asks about that, not about the meeting's edges.
      const whole =
        q.dayIndex === undefined &&
        q.weekday === undefined &&
        q.dayPart === undefined &&
        q.sessionIndex === undefined &&
        q.sessionNumber === undefined;
      const edge = !whole || q.asksStart === q.asksEnd ? undefined : q.asksEnd ? sessions.at(-1) : sessions[0];
      if (edge) {
        return {
          text: `The ${short(m)} ${q.asksEnd ? 'ends' : 'starts'} with ${edge.title}: ${formatSessionTime(edge.start, edge.end, edge.timezone)}.`,
          known: true,
          section: 'Agenda',
        };
      }
      return {
        text: `Sessions of the ${short(m)}: ${sessions.map((s) => `${s.title}, ${formatSessionTime(s.start, s.end, s.timezone)}`).join('; ')}.`,
        known: true,
        section: 'Agenda',
      };
    }
    case 'agenda':
    case 'speakers': {
      if (!m.sessions.length) return notRecorded(m, kind === 'agenda' ? 'an agenda' : 'the speakers');
      const items = matchingItems(m, q);
      const numbers = items.map(({ item }) => item.number ?? `"${item.title}"`).join(', ');
      if (
        /\b(full|complete|whole|exact) title\b/i.test(q.question) &&
        items.some(({ item }) => item.title.endsWith('…'))
      ) {
        return notRecorded(m, `the full title of item ${numbers}`);
      }
      // A moderator is asked for: an item's speakers do not say who moderated it.
      const named = (item: AgendaItem) => item.moderators.length > 0 || (!q.asksModerator && item.speakers.length > 0);
      if (items.length && kind === 'speakers') {
        const withPeople = items.filter(({ item }) => named(item));
        if (!withPeople.length)
          return notRecorded(m, `who ${q.asksModerator ? 'moderated' : 'spoke under'} item ${numbers}`);
        return {
          text: withPeople.map(({ session, item }) => itemLine(session, item)).join(' '),
          known: true,
          section: 'Agenda',
        };
      }
      if (items.length) {
        return {
          text: items.map(({ session, item }) => itemLine(session, item)).join(' '),
          known: true,
          section: 'Agenda',
        };
      }
      if (q.agendaItem) return notRecorded(m, `an item ${q.agendaItem}`);
      if (kind === 'speakers') {
        const people = m.sessions.flatMap((s) => s.items.filter(named).map((i) => itemLine(s, i)));
        return people.length
          ? { text: people.join(' '), known: true, section: 'Agenda' }
          : notRecorded(m, q.asksModerator ? 'the moderators' : 'the speakers');
      }
      const sessions = sessionsFor(m, q);
      if (!sessions.length) return notRecorded(m, `a ${q.dayPart} session`);
      // Sessions known only by their hours ("sittings ran from 8.30 to 17.00 each day") say when, not what.
      if (sessions.every((s) => s.items.length === 0)) return notRecorded(m, 'what was on the agenda');
      return {
        text: `Agenda of the ${short(m)}:\n${sessions.map(describeSession).join('\n')}`,
        known: true,
        section: 'Agenda',
      };
    }
    default:
      return undefined;
  }
}

function overview(m: Meeting, now: Date): Part {
  const r = m.record;
  const when = meetingWhen(m);
  const parts = [
    `The ${short(m)}, ${r?.title ?? m.title}, ${tenseOf(m, now).be} held ${when ? `on ${when}` : '(date not recorded)'}${atPlace(m)}.`,
  ];
  if (r?.objectives.length) parts.push(`Its objectives: ${r.objectives.map((o, i) => `(${i + 1}) ${o}`).join(' ')}`);
  if (r?.opened_by) parts.push(`It ${tenseOf(m, now).be} opened by ${describePerson(r.opened_by)}.`);
  return { text: parts.join(' '), known: Boolean(m.start), section: 'Facts' };
}

const FACT_ORDER: FactKind[] = [
  'date',
  'venue',
  'time',
  'organizer',
  'host',
  'timezone',
  'opener',
  'closer',
  'chair',
  'participants',
  'objectives',
  'mandate',
  'agenda',
  'speakers',
  'documents',
  'outcomes',
  'conclusions',
];

/** Facts a question asks for, minus the weak cues that stronger ones imply ("when did item III start" is time, not date). */
const STRONG_CUES: Array<[FactKind, RegExp]> = [
  ['agenda', /\b(agenda|items?|programme|program|topics?|what was on)\b/i],
  ['participants', /\b(how many|number of|attend\w*|took part|who came|br(ing|ought) together)\b/i],
  ['outcomes', /\b(outcomes?|results?|outputs?|feed\w*|led to|achiev\w*)\b/i],
  ['documents', /\b(documents?|papers?|symbols?|reports?|resolutions?)\b/i],
  ['date', /\b(when|dates?|what day|which days?|exact days)\b/i],
];

function factsAsked(q: Question): FactKind[] {
  const asked = new Set(q.facts);
  // "How many came?" counts the people who came: the record's attendance answers it.
  if (q.expects === 'number' && q.facts.length === 0 && q.counted && countsPeople(q.counted)) asked.add('participants');
  if (asked.has('speakers') || asked.has('opener') || asked.has('chair') || asked.has('closer')) asked.delete('agenda');
  if (asked.has('time')) asked.delete('date');
  if (asked.has('opener') || asked.has('closer')) asked.delete('speakers');
  // "What special presentation was scheduled?" asks for the presentation, not for who gave it.
  if (asked.has('speakers') && q.expects !== 'person') {
    asked.delete('speakers');
    asked.add('agenda');
  }
  if (asked.has('chair')) {
    asked.delete('opener');
    asked.delete('speakers');
  }
  if (asked.has('conclusions')) asked.delete('outcomes');
  // "When was the report issued?" asks for the document's date, not the meeting's.
  if (asked.has('documents') && asked.has('date') && q.expects === 'date' && documentKindsNamed(q).length) {
    asked.delete('date');
  }
  // A record's attendance is a number of people; "from how many cities" counts something else.
  if (q.counted && !countsPeople(q.counted)) asked.delete('participants');
  // "held" and "took place" also appear in questions about other facts ("which room was it held in?").
  if (asked.size > 1 && asked.has('date') && !/\b(when|dates?|what day|which days?|exact days)\b/i.test(q.question)) {
    asked.delete('date');
  }
  if (asked.has('conclusions') || asked.has('outcomes')) asked.delete('documents');
  // Words like "participants", "follow-up" or "session" also occur in questions about something else; a kind cued
  // only by such a word is dropped when a stronger kind is asked for too.
  for (const [kind, strong] of STRONG_CUES) {
    if (asked.size > 1 && asked.has(kind) && !strong.test(q.question)) asked.delete(kind);
  }
  if ((q.dayIndex !== undefined || q.weekday !== undefined) && !asked.has('time') && !asked.has('speakers')) {
    asked.add('agenda');
    asked.delete('date');
  }
  if (asked.has('documents') && (asked.has('objectives') || asked.has('mandate'))) asked.delete('documents');
  if (asked.has('mandate')) asked.delete('objectives');
  if (asked.size > 1 && asked.has('objectives') && !/\b(objectives?|purposes?|aims?|goals?)\b/i.test(q.question))
    asked.delete('objectives');
  if (q.agendaItem && !asked.has('speakers') && !asked.has('time')) {
    asked.add('agenda');
    asked.delete('date');
  }
  return FACT_ORDER.filter((k) => asked.has(k));
}

export function answerAboutMeetings(q: Question, schedule: Schedule, now: Date): Answer | undefined {
  if (q.meetingBy === 'none' || q.aggregate) return undefined;
  if (q.meetingNumbers.length === 0) return noSuchMeeting(q, schedule);
  const meetings = q.meetingNumbers.map((n) => schedule.byNumber.get(n)).filter((m): m is Meeting => Boolean(m));
  if (meetings.length === 0) return noSuchMeeting(q, schedule);
  // A year or month that matches several meetings is answered for each, up to a readable few.
  const chosen = meetings.slice(0, 3);
  const kinds = factsAsked(q);
  if (
    kinds.length === 0 &&
    q.symbols.length === 0 &&
    !/\b(what|tell|about|summar|overview|describe)\b/i.test(q.question)
  )
    return undefined;
  // A meeting known only from raw pages has no record beyond its dates: every other fact is for the pages to tell.
  // A calendar's meeting knows its sessions as well: their times and titles answer from it.
  const fromSessions = (k: FactKind) =>
    k === 'date' || ((k === 'time' || k === 'agenda') && chosen.some((m) => m.sessions.length));
  if (chosen.every((m) => !m.record) && kinds.some((k) => !fromSessions(k))) return undefined;
  const parts: Part[] = [];
  const sources: Answer['sources'] = [];
  for (const m of chosen) {
    const mine = kinds.length
      ? kinds.map((k) => renderFact(k, m, q, now)).filter((p): p is Part => Boolean(p))
      : [overview(m, now)];
    parts.push(...mine);
    for (const kind of kinds.length ? kinds : ['date' as const]) {
      const source = factSource(m, kind, mine[0]?.section);
      if (!sources.some((s) => s.path === source.path)) sources.push(source);
    }
  }
  if (parts.length === 0) return undefined;
  const known = parts.filter((p) => p.known).length;
  // An answer giving session times can offer those sessions to a calendar.
  const sessionKeys = kinds.includes('time') ? chosen.flatMap((m) => sessionsFor(m, q).map((s) => s.key)) : [];
  return {
    answer: parts.map((p) => p.text).join('\n'),
    // Every part asked for must be known: half an answer to "which room?" is not an answer.
    answered: known === parts.length,
    intent: `meeting.${kinds[0] ?? 'overview'}`,
    sources,
    confidence: known === parts.length ? 0.95 : known > 0 ? 0.7 : 0.3,
    ...(chosen.some((m) => m.drafted) ? { drafted: true } : {}),
    ...(sessionKeys.length ? { sessionKeys } : {}),
  };
}

/**
 * The zone a record's times are in, named as people know it ("Atlantic Daylight Time, UTC−3"). A draft whose
 * pages name no city it could place keeps its times in UTC only for want of a zone, which is no answer.
 */
function timeZonePart(m: Meeting): Part {
  const zone = m.record?.timezone;
  if (!zone || m.drafted?.zoneUnknown) return notRecorded(m, 'the time zone of its times');
  const at = DateTime.fromISO(m.start ?? '2000-01-01', { zone });
  const offset = at.toFormat('ZZ').replace('-', '−');
  return {
    text: `Times for the ${short(m)} are in the ${zone} time zone (${at.offsetNameLong ?? zone}, UTC${offset === '+00:00' ? '' : offset}).`,
    known: true,
    section: 'Facts',
  };
}

/** "Which days", "the exact dates", "precise day": a month is no answer to a question that asks for its days. */
const ASKS_FOR_DAYS = /\b(?:(?:which|what) days?|(?:exact|precise|specific|actual) (?:days?|dates?))\b/i;

/** The record field each kind of fact is read from, to cite the raw page a drafted field came from. */
const FACT_FIELDS: Partial<Record<FactKind, string[]>> = {
  date: ['start'],
  venue: ['room', 'venue', 'city'],
  opener: ['opened_by'],
  closer: ['closed_by'],
  participants: ['participants'],
  objectives: ['objectives[0]'],
  conclusions: ['conclusions[0]'],
  documents: ['documents[0]'],
  agenda: ['sessions[0]'],
  speakers: ['sessions[0]'],
  time: ['sessions[0]'],
  timezone: ['city'],
};

function factSource(m: Meeting, kind: FactKind, section: string | undefined): Answer['sources'][number] {
  const source = meetingSource(m, section);
  const field = FACT_FIELDS[kind]?.find((f) => m.drafted?.provenance[f]);
  const from = field ? m.drafted?.provenance[field] : undefined;
  return from ? { ...source, path: from.path } : source;
}

function noSuchMeeting(q: Question, schedule: Schedule): Answer {
  const first = schedule.meetings[0];
  const last = schedule.meetings.at(-1);
  const span =
    first && last
      ? ` The documents cover ${schedule.meetings.length} meetings, from ${meetingLabel(first)}${first.start ? `, held ${formatDateRange(first.start, first.end)},` : ''} to ${meetingLabel(last)}${last.start ? `, held ${formatDateRange(last.start, last.end)}` : ''}.`
      : '';
  const named = q.meetingBy === 'ordinal' ? 'that meeting' : 'a meeting at that date';
  return {
    answer: `I couldn't find ${named} in the meeting documents.${span}`,
    answered: false,
    intent: 'meeting.unknown',
    sources: last ? [meetingSource(last, undefined, 0.2)] : [],
    confidence: 0.9,
  };
}
