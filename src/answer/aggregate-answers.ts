import { formatDateRange } from '../knowledge/date-format.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { countOf, describePerson, meetingName } from '../knowledge/meeting-facts.js';
import { MONTHS, ordinalSuffix, ordinalWord } from '../knowledge/ordinals.js';
import type { Meeting, Schedule } from '../knowledge/schedule.js';
import type { FactKind, Question } from '../question/question.js';
import { contentTokens } from '../retrieval/tokenize.js';
import { joinList } from './doc-answers.js';
import { meetingSource, mergeSources } from './sources.js';
import type { Answer, Source } from './types.js';

/** Questions across the whole series: counts, months, and which meetings touched a topic. */

const GENERIC = new Set(
  contentTokens(
    'which what meetings meeting coordination discussed discuss discussion cover covered covering address addressed talk talked mention mentioned list all how many were was held hold take took place on about topic topics subject the series international migration have has had did',
  ),
);

function label(m: Meeting): string {
  return `the ${m.numbered ? ordinalSuffix(m.number) : meetingName(m)} (${m.start ? formatDateRange(m.start, m.end) : 'date unknown'})`;
}

const documentText = (d: KnowledgeDocument) => `${d.title}\n${d.body}\n${JSON.stringify(d.record ?? {})}`;

export class MeetingTexts {
  private readonly texts = new Map<number, Set<string>>();
  /** Documents about the series as a whole, with their words. */
  private readonly series: Array<{ source: Source; words: Set<string> }> = [];

  constructor(schedule: Schedule, documents: KnowledgeDocument[]) {
    for (const m of schedule.meetings) {
      const own = documents.filter((d) => d.meetingNumber === m.number);
      this.texts.set(m.number, new Set(contentTokens(own.map(documentText).join('\n'))));
    }
    // A document of no single meeting that names most of them (an overview, a history) speaks for the series.
    const enough = Math.max(3, Math.ceil(schedule.meetings.length / 2));
    for (const d of documents) {
      if (d.meetingNumber !== undefined) continue;
      const named = schedule.meetings.filter((m) =>
        new RegExp(`\\b(${ordinalWord(m.number)}|${ordinalSuffix(m.number)})\\b`, 'i').test(d.body),
      );
      if (named.length < enough) continue;
      this.series.push({
        source: { path: d.path, title: d.title, url: d.url ?? null, score: 0.9 },
        words: new Set(contentTokens(documentText(d))),
      });
    }
  }

  mentions(m: Meeting, terms: string[]): boolean {
    const words = this.texts.get(m.number);
    return Boolean(words && terms.every((t) => words.has(t)));
  }

  /**
   * An answer built from many meeting records cites the series overview first when one mentions what was asked:
   * it is where a reader can check the whole list at once.
   */
  withSeries(sources: Source[], terms: string[] = []): Source[] {
    const overview = this.series.filter((s) => terms.every((t) => s.words.has(t))).map((s) => s.source);
    return mergeSources(overview, sources, Number.POSITIVE_INFINITY);
  }
}

export function answerAcrossMeetings(q: Question, schedule: Schedule, texts: MeetingTexts): Answer | undefined {
  const meetings = schedule.meetings;
  if (meetings.length === 0) return undefined;
  const lower = q.question.toLowerCase();

  if (
    /^(was|were|is|did)\b/i.test(q.question) &&
    q.meetingBy !== 'none' &&
    q.meetingBy !== 'ordinal' &&
    q.meetingNumbers.length === 0
  ) {
    const year = /\b(19|20)\d\d\b/.exec(q.question)?.[0];
    const before = [...meetings].reverse().find((m) => year && m.start && m.start.slice(0, 4) < year);
    const after = meetings.find((m) => year && m.start && m.start.slice(0, 4) > year);
    const near = [before, after].filter((m): m is Meeting => Boolean(m));
    return {
      answer: `No: the documents record no meeting ${year ? `in ${year}` : 'at that date'}.${near.length ? ` The nearest are ${joinList(near.map(label))}.` : ''}`,
      answered: true,
      intent: 'aggregate.exists',
      sources: texts.withSeries(near.map((m) => meetingSource(m, 'Facts', 0.8))),
      confidence: 0.8,
    };
  }

  if (!q.aggregate) return undefined;

  const byFact = factAcrossMeetings(q, meetings, texts);
  if (byFact) return byFact;

  const month = MONTHS.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
  if (q.countQuestion || month >= 0) {
    const chosen = month >= 0 ? meetings.filter((m) => Number(m.start?.slice(5, 7)) === month + 1) : meetings;
    const monthName = month >= 0 ? `${MONTHS[month]![0]!.toUpperCase()}${MONTHS[month]!.slice(1)}` : '';
    const count = countOf(chosen.length, meetings[0]?.noun ?? 'meeting');
    const text =
      month >= 0
        ? `${count} ${chosen.length === 1 ? 'was' : 'were'} held in ${monthName}: ${joinList(chosen.map(label))}.`
        : `The documents record ${count}, from ${label(meetings[0]!)} to ${label(meetings.at(-1)!)}.`;
    return {
      answer: text,
      answered: chosen.length > 0 || month < 0,
      intent: 'aggregate.count',
      sources: texts.withSeries(chosen.map((m) => meetingSource(m, 'Facts', 0.8))),
      confidence: 0.85,
    };
  }

  // Only a question that asks for meetings ("which meetings discussed…") is answered with a list of meetings.
  if (!/\b(which|what|list|in which|at which)\s+(\w+\s+)?meetings?\b/i.test(q.question)) return undefined;
  const terms = [...new Set(contentTokens(q.question).filter((t) => !GENERIC.has(t) && !/^\d+$/.test(t)))];
  if (terms.length === 0) return undefined;
  const hits = meetings.filter((m) => texts.mentions(m, terms));
  if (hits.length === 0) return undefined;
  return {
    answer: `${countOf(hits.length, meetings[0]?.noun ?? 'meeting')} in the documents mention ${terms.length === 1 ? 'this topic' : 'these terms'}: ${joinList(hits.map(label))}.`,
    answered: true,
    intent: 'aggregate.topic',
    sources: texts.withSeries(
      hits.map((m) => meetingSource(m, undefined, 0.8)),
      terms,
    ),
    confidence: 0.75,
  };
}

/** "after 2010", "since 2011", "before 2005": the span of years an aggregate question is limited to. */
function yearSpan(question: string): (m: Meeting) => boolean {
  const after = /\b(?:after|since|from)\s+((?:19|20)\d\d)\b/i.exec(question);
  const before = /\b(?:before|until|up to)\s+((?:19|20)\d\d)\b/i.exec(question);
  return (m) => {
    const year = Number(m.start?.slice(0, 4));
    if (after && !(year > Number(after[1]) || (/since|from/i.test(after[0]) && year === Number(after[1]))))
      return false;
    if (before && !(year < Number(before[1]))) return false;
    return true;
  };
}

type FactOf = (m: Meeting) => string | undefined;

/** Facts that read well listed per meeting; each returns undefined where a record does not give it. */
const LISTABLE: Array<[FactKind, FactOf]> = [
  ['opener', (m) => (m.record?.opened_by ? describePerson(m.record.opened_by) : undefined)],
  ['mandate', (m) => (m.record?.mandate.length ? m.record.mandate.join('; ') : undefined)],
  ['outcomes', (m) => (m.record?.outcomes.length ? m.record.outcomes.join('; ') : undefined)],
  [
    'participants',
    (m) => (m.record?.participants?.count ? `about ${m.record.participants.count} participants` : undefined),
  ],
  ['venue', (m) => [m.record?.room, m.record?.venue, m.record?.city].filter(Boolean).join(', ') || undefined],
];

/** "Which meetings were opened by…", "which reports did the meetings feed into": one line per meeting that records it. */
function factAcrossMeetings(q: Question, meetings: Meeting[], texts: MeetingTexts): Answer | undefined {
  const entry = LISTABLE.find(([kind]) => q.facts.includes(kind));
  if (!entry || q.meetingNumbers.length === 1) return undefined;
  const [kind, factOf] = entry;
  const inSpan = yearSpan(q.question);
  const rows = meetings.filter(inSpan).flatMap((m) => {
    const fact = factOf(m);
    return fact ? [{ m, fact }] : [];
  });
  if (rows.length === 0) return undefined;
  return {
    answer: rows.map(({ m, fact }) => `${label(m)}: ${fact}`).join('\n'),
    answered: true,
    intent: `aggregate.${kind}`,
    sources: texts.withSeries(rows.map(({ m }) => meetingSource(m, 'Facts', 0.8))),
    confidence: 0.8,
  };
}
