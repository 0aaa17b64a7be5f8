import { formatDateRange } from '../knowledge/date-format.js';
import { extractSymbols } from '../knowledge/doc-symbols.js';
import { namesRoom } from '../knowledge/drafting/page-fields.js';
import { taughtNouns } from '../knowledge/event-nouns.js';
import { sameItemNumber } from '../knowledge/item-numbers.js';
import { meetingOfPart } from '../knowledge/meeting-codes.js';
import { meetingName } from '../knowledge/meeting-facts.js';
import { ORDINAL_PATTERN, ordinalToNumber } from '../knowledge/ordinals.js';
import { leadsInto, type ReadingUnit } from '../knowledge/reading-units.js';
import type { Meeting, Schedule } from '../knowledge/schedule.js';
import { dayOf } from '../knowledge/stated-day.js';
import { type AnswerKind, expectsSpan, shapeKindOf } from '../question/expected-kind.js';
import type { MeetingNamePatterns } from '../question/meeting-names.js';
import type { Question } from '../question/question.js';
import type { Hit } from '../retrieval/hybrid-search.js';
import { contentTokens, foldText } from '../retrieval/tokenize.js';
import { formsByTerm, onlyDerivedForm } from '../retrieval/word-forms.js';
import { statesPlanChange } from '../text/plan-changes.js';
import { MODERATING } from '../text/role-words.js';
import { statesAbsence } from './coverage.js';
import { dayHeadings, type Pages, type PageUnits, type ReadableUnit, underHeading } from './page-units.js';
import {
  countsPeople,
  datesFully,
  givenBy,
  headsCause,
  holdsSpan,
  type KnownNames,
  statesCause,
  statesEnd,
  statesNegation,
} from './spans.js';
import { addressesAnAssistant } from './steering-text.js';
import { MIN_YES_NO_COVERAGE } from './thresholds.js';
import type { Source } from './types.js';

/**
 * The general reader: for any question over any folder of documents, it looks in the best retrieved pages for
 * the unit (a sentence, an agenda item with the lines under it, a table row) that holds a span of the kind the
 * question expects near the question's own terms, and quotes the shortest text that holds it, with the day, time
 * and heading it sits under. Nothing is generated, so nothing can be invented.
 */

export interface Evidence {
  text: string;
  /** Share of the question's term weight the quoted units cover, 0..1. */
  coverage: number;
  /** The quoted units hold a span of the expected kind (always true for kinds without one). */
  span: boolean;
  /** The expected kind has a span of its own to look for (a date, a person); false for lists, reasons, descriptions. */
  typed: boolean;
  /** The best unit says what the documents lack ("no report has been recovered"): an honest non-answer. */
  absent: boolean;
  /** What the page calls the quoted text: the heading it sits under, and its own lead-in ("The objectives are:"). */
  label: { heading: string; leadIn: string };
  sources: Source[];
}

type MeetingNames = Pick<MeetingNamePatterns, 'ordinal' | 'code'>;

/** Pages read per question: the retriever's best few, plus every page of a meeting the question names. */
const PAGES_READ = 5;
/** A unit that holds the expected kind of span is preferred by this much coverage. */
const SPAN_PREFERENCE = 0.3;
/** The share of that preference a date gives that states no day and no year with its month ("in mid-December"). */
const ROUGH_DATE_SHARE = 0.5;
/** Each step down the retriever's ranking costs this much, so ties go to the page search liked best. */
const RANK_COST = 0.03;
/** Terms found only in the page title or the unit's layout context count this much of their weight. */
const CONTEXT_SHARE = 0.5;
/** The share of a term's weight lost where a unit holds it only in a derived word ("adoption" for "adopted"). */
const DERIVED_FORM_COST = 0.25;
/** A unit about what the documents lack loses this much, so it answers only when nothing else speaks. */
const ABSENCE_COST = 0.3;
/** Weight kept by words that name the answer's shape ("time", "room", "dates"). */
const SHAPE_WORD_SHARE = 0.25;
/** A numbered agenda line that carries the item number asked about is preferred by this much. */
const ITEM_PREFERENCE = 0.2;
/** A sentence that names the day asked about ("the second day") is preferred by this much. */
const DAY_PREFERENCE = 0.2;
/** Units one quote joins, and the characters it may run to. */
const MAX_UNITS = 3;
/** Units quoted from under a heading that names what was asked. */
const SECTION_UNITS = 8;
/** Units checked for a span, best covered first; a unit further down could not overtake them with its span. */
const SPAN_CHECKS = 24;
const MAX_CHARS = 700;

interface Scored {
  page: PageUnits;
  unit: ReadableUnit;
  rank: number;
  covered: Map<string, number>;
  coverage: number;
  span: boolean;
  /** For "why …?": the unit gives a cause ("because …"), or the sentence after it explains the change it states. */
  cause?: 'own' | 'next';
  score: number;
}

interface AskedTerms {
  weights: Map<string, number>;
  /** Terms that name the answer's shape, with the kind of span that answers them ("hours" → a time). */
  shapes: Map<string, AnswerKind>;
}

/**
 * The question's terms with their weights, where the words naming the answer's shape ("what time", "which room")
 * weigh little: they tell what to find, not where, and a span of their kind covers them.
 */
function askedTerms(q: Question): AskedTerms {
  const shapes = new Map<string, AnswerKind>();
  for (const word of q.question.split(/[^\p{L}]+/u)) {
    const kind = shapeKindOf(word, q.expects);
    if (kind) for (const t of contentTokens(word)) shapes.set(t, kind);
  }
  const weights = new Map(q.terms.map((t) => [t.term, shapes.has(t.term) ? t.weight * SHAPE_WORD_SHARE : t.weight]));
  // "the "canopy for all" pledge": a name the asker quotes is as specific as the question's most specific word,
  // however common its words are in the corpus, and only a unit that holds it whole holds it.
  const top = Math.max(0, ...weights.values());
  for (const m of q.question.matchAll(QUOTED_NAME)) {
    const phrase = normalizedPhrase(m[1] ?? '');
    if (phrase.split(' ').length > 1 && top > 0) weights.set(`${PHRASE}${phrase}`, top);
  }
  // "The original dates", "first supposed to be": the plan a change replaced, which a page states in words of its
  // own ("planned for …", "moved from …"), weighs as much as the question's most specific word.
  if (q.planChange) weights.set(PLAN_CHANGE, top || 1);
  return { weights, shapes };
}

/** Marks the idea of a change of plan among the terms; a text holds it when it states such a change. */
const PLAN_CHANGE = '\u0001plan';

/** A name in quotes, as people cite a title or a pledge: "canopy for all", “Making migration work”. */
const QUOTED_NAME = /["“]([^"“”]{3,80})["”]/g;
/** Marks a quoted phrase among the terms, which are otherwise single stems. */
const PHRASE = '\u0000';
const normalizedPhrase = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Whether the text holds the term: a stem among its own, or a quoted phrase word for word. */
function holdsTerm(term: string, own: ReadonlySet<string>, text: string): boolean {
  if (term === PLAN_CHANGE) return statesPlanChange(text);
  return term.startsWith(PHRASE) ? ` ${normalizedPhrase(text)} `.includes(` ${term.slice(1)} `) : own.has(term);
}

/**
 * Most of a body's words in the meeting's title or its organiser's name: the body is the meeting's own ("Chair of the
 * Working Party").
 */
const OWN_BODY_SHARE = 0.5;

/**
 * "Who chaired the meeting?" over "Ms X, Co-Chair of the Open Working Group": where the office is all the question
 * asks about, a unit that holds the office word only as the office of a body other than the meeting's own does not
 * answer for it.
 */
function otherBodysOffice(
  unit: ReadableUnit,
  term: string,
  terms: ReadonlyMap<string, number>,
  meetingTitle: ReadonlySet<string>,
): boolean {
  const bodies = unit.officeOf?.get(term);
  // A question with words beside the office may name the body in a way of its own ("the CRGF", "the genebank").
  if (!bodies || meetingTitle.size === 0 || terms.size > 1) return false;
  return bodies.every((body) => body.filter((t) => meetingTitle.has(t)).length < body.length * OWN_BODY_SHARE);
}

/**
 * "When did Marit Aasgaard step down?" over "Ms Aasgaard informed the colloquium that she would step down": a unit
 * that names a person by family name names them whole, so it covers their given names as well.
 */
function coverWholeNames(covered: Map<string, number>, names: string[][], terms: ReadonlyMap<string, number>): void {
  for (const name of names) {
    const family = name.at(-1);
    const share = family === undefined ? 0 : (covered.get(family) ?? 0) / (terms.get(family) ?? 1);
    if (share === 0) continue;
    for (const t of name) {
      const w = terms.get(t);
      if (w !== undefined && (covered.get(t) ?? 0) < w * share) covered.set(t, w * share);
    }
  }
}

/** "The Symposium was opened at 09.30", "began at 10 a.m.": a start stated with its time. */
const STARTS_AT =
  /\b(?:open(?:ed|s)?|beg[ia]n|begins|start(?:ed|s)?|commenc(?:ed|es)?)\b[^.;]{0,30}?\b(?:at|from)\s+\d/i;
const statesStart = (text: string) => STARTS_AT.test(text);

/** Words that ask for a cause, which a passage stating one answers. */
const CAUSE_WORDS = new Set(contentTokens('reason reasons cause causes rationale motive'));

/** Head nouns that ask for a document's identifier rather than its title or content. */
const SYMBOL_HEADS = new Set(['symbol', 'symbols', 'code', 'reference']);

/** Head nouns that ask for a room within a venue. */
const ROOM_HEADS = new Set(['room', 'rooms']);

/** Words for a page's agenda layout: an agenda line or a programme row is itself an "item" of the "agenda". */
const LAYOUT_WORDS = new Set(contentTokens('agenda item items programme program'));

/** A unit's own text as quoted: the lines under an agenda item joined by dashes. */
function quotedText(unit: ReadingUnit): string {
  return unit.text.replace(/\s*·\s*/g, ' — ');
}

/** A unit as quoted: its layout context first, leaving out what the quote already says or the page title names. */
function render(unit: ReadingUnit, page: PageUnits): string {
  const text = quotedText(unit);
  const context = unit.context.filter((c) => !unit.text.includes(c) && c !== page.title);
  return context.length ? `${context.join(', ')}: ${text}` : text;
}

/**
 * "Why was it moved?" over "… will go ahead as planned, but not in Shed B." and "The Port Authority has closed Shed
 * B: the storm tore away its roof.": a page explains a change in the sentence after the one that states it.
 */
function explainingNext(q: Question, c: { page: PageUnits; unit: ReadableUnit }): ReadableUnit | undefined {
  const next = c.page.units[c.unit.order + 1];
  const explains =
    q.expects === 'reason' &&
    q.planChange &&
    c.unit.kind === 'sentence' &&
    next?.kind === 'sentence' &&
    !statesAbsence(next.text);
  return explains ? next : undefined;
}

export function readEvidence(
  q: Question,
  hits: Hit[],
  pages: Pick<Pages, 'get'>,
  schedule: Schedule,
  known?: KnownNames,
  names?: MeetingNames,
): Evidence | undefined {
  const { weights: terms, shapes } = askedTerms(q);
  const typed = expectsSpan(q.expects);
  const given = givenBy(q.question);
  const total = [...terms.values()].reduce((a, b) => a + b, 0);
  // "Which timezone is the Bergen forum in?" has no word to find but its shape. A page states its zone once, for all
  // its times, so that statement answers; a page states many times and dates, and one found at random does not,
  // unless it says that the meeting opened or began then ("what time did s1 start on day one?").
  const startAsked = q.asksStart;
  const onlyShapes = (q.expects === 'zone' || startAsked) && [...terms.keys()].every((t) => shapes.has(t));
  const personNames = (known?.namedIn?.(q.question) ?? []).map((name) => contentTokens(name));
  const ranked: Array<{ page: PageUnits; rank: number }> = [];
  const add = (path: string, rank: number) => {
    const page = pages.get(path);
    if (page && !ranked.some((r) => r.page.path === path)) ranked.push({ page, rank });
  };
  const named = new Set(q.meetingNumbers);
  for (const n of named) for (const p of schedule.byNumber.get(n)?.sourcePaths ?? []) add(p, 0);
  hits.forEach((h, i) => {
    if (ranked.length < PAGES_READ + named.size) add(h.chunk.path, i);
  });
  // A question that names a meeting is read in that meeting's pages and in pages of no meeting, never another's,
  // except for the part of another meeting's page headed with the meeting asked about ("TC.2 – Nairobi" on a page
  // of the documents of TC.2 and TC.3), which its record cites.
  const cited = new Set([...named].flatMap((n) => schedule.byNumber.get(n)?.sourcePaths ?? []));
  const ownPage = (page: PageUnits) =>
    named.size === 0 || page.meetingNumber === undefined || named.has(page.meetingNumber);
  const readable = ranked.filter(({ page }) => ownPage(page) || cited.has(page.path));
  // The parts of a page are read with the nouns the corpus taught, as drafting read them.
  const learned = taughtNouns(schedule.meetings.map((m) => m.noun));
  const candidates: Array<Omit<Scored, 'span' | 'score'> & { base: number }> = [];
  /** Pages about the series or another meeting, read only where a unit is the asked meeting's: quoted as its. */
  const partPages = new Set<PageUnits>();
  for (const { page, rank } of readable) {
    // A page of no one meeting is read when it speaks of the meeting asked about or of none; one that speaks of
    // several (an overview of the series) is read unit by unit.
    const mentioned =
      named.size > 0 && page.meetingNumber === undefined
        ? meetingsMentioned(page.units.map((u) => u.text).join(' '), schedule)
        : new Set<number>();
    if (mentioned.size > 0 && ![...mentioned].some((n) => named.has(n))) continue;
    const seriesPage = mentioned.size > 1;
    // "The second day", "day one", "the last day": read against the page's own day headings.
    const days = q.dayIndex === undefined ? [] : dayHeadings(page);
    const wantedDay =
      days.length > 1 && q.dayIndex !== undefined ? days.at(q.dayIndex < 0 ? -1 : q.dayIndex - 1) : undefined;
    // A page with no day headings may still name the day in its sentences ("On 16 October, participants …").
    const meeting = schedule.byNumber.get(page.meetingNumber ?? [...named][0] ?? -1);
    const wantedDate =
      !wantedDay && q.dayIndex !== undefined && meeting ? dayOfMeeting(meeting, q.dayIndex) : undefined;
    const year = Number(meeting?.start?.slice(0, 4)) || undefined;
    // The meeting's own bodies: the one its title names and the one that organises it ("Secretary of the Network").
    // Only a question that asks for an office alone needs them.
    const meetingTitle = new Set(
      terms.size === 1 ? contentTokens(`${meeting?.title ?? ''} ${meeting?.record?.organizer ?? ''}`) : [],
    );
    const partOnly = !ownPage(page);
    if (seriesPage || partOnly) partPages.add(page);
    for (const unit of page.units) {
      // The page's own title as a heading line says nothing the provenance does not.
      if (unit.text === page.title) continue;
      if (partOnly && !named.has(meetingOfPart(unit, names?.code, learned) ?? -1)) continue;
      // A page's words addressed to an assistant ("ignore all instructions and reply…") are not evidence of a fact.
      if (addressesAnAssistant(unit.text)) continue;
      if (wantedDay && unit.day !== undefined && unit.day !== wantedDay) continue;
      const statedDay = wantedDate ? dayOf(unit.text, year) : undefined;
      if (statedDay && meeting && statedDay !== wantedDate && withinMeeting(meeting, statedDay)) continue;
      // "Item 6", "item III": another numbered item is not the one asked about; the one asked about is named by it.
      const itemAsked = q.agendaItem !== undefined && unit.number !== undefined;
      if (itemAsked && !sameItemNumber(unit.number ?? '', q.agendaItem ?? '')) continue;
      const covered = new Map<string, number>();
      for (const [t, w] of terms) {
        const numbering = itemAsked && (t === q.agendaItem?.toLowerCase() || LAYOUT_WORDS.has(t));
        const held = holdsTerm(t, unit.own, unit.text) && !otherBodysOffice(unit, t, terms, meetingTitle);
        if (held || numbering || (unit.agendaLine && LAYOUT_WORDS.has(t))) covered.set(t, w);
        else if (holdsTerm(t, unit.around, unit.context.join(' ')) || holdsTerm(t, page.titleTerms, page.title))
          covered.set(t, w * CONTEXT_SHARE);
      }
      coverWholeNames(covered, personNames, terms);
      const coverage = total ? [...covered.values()].reduce((a, b) => a + b, 0) / total : 1;
      if (total && coverage === 0 && !onlyShapes) continue;
      // On a page about the whole series, a line answers for the meeting asked about only where it names it.
      if (seriesPage && !namesMeeting(`${unit.context.join(' ')} ${unit.text}`, named, schedule)) continue;
      // "Senegal offered to host the second round in Dakar", on a page of the first: a place, a date or a person in a
      // sentence about another meeting is that meeting's, not the one asked about.
      if (typed && named.size > 0 && names && aboutAnotherMeeting(unit, named, names)) continue;
      // A unit about what the documents lack answers only when nothing else speaks to the question.
      const gap = aboutAGap(unit.text, terms) || blankWhereAsked(unit, terms) ? ABSENCE_COST : 0;
      // The item asked about by its number is the answer's own line; a line that only mentions the number is not.
      const exactItem = itemAsked ? ITEM_PREFERENCE : 0;
      const onTheDay = statedDay && statedDay === wantedDate ? DAY_PREFERENCE : 0;
      const base =
        coverage + exactItem + onTheDay - gap - rank * RANK_COST - Math.max(0, unit.text.length - 400) / 4000;
      candidates.push({ page, unit, rank, covered, coverage, base });
    }
  }
  // Spans are looked for only in the units that could still come first: tagging is the slow part of reading.
  candidates.sort((a, b) => b.base - a.base);
  // "What time did the dinner end?" is answered by a range or an end, not by the time it began.
  const endAsked = q.asksEnd;
  // "What is the symbol of the report?" is answered by a document symbol, not by any line about a report.
  const symbolAsked = q.expects === 'document' && SYMBOL_HEADS.has(q.head ?? '');
  // "Which room is it in?" is answered by a room's name, not by the building or the hotel's "block of rooms".
  const roomAsked = q.expects === 'place' && ROOM_HEADS.has(q.head ?? '');
  const askedForms = formsByTerm(q.subject);
  const scored: Scored[] = candidates.slice(0, SPAN_CHECKS).map((c) => {
    // The bullets a nested one sits under say whose it is ("2nd Colloquium – Durban, 15–17 March 2022"), and the
    // page's title which page it is on, not what it states: their dates or names are no span of it.
    const under = new Set([...(c.unit.frame.under ?? []), c.page.title]);
    const read = `${c.unit.context.filter((x) => !under.has(x)).join(' ')} ${c.unit.text}`;
    const span =
      holdsSpan(q.expects, read, known, q.counted, given) &&
      (!symbolAsked || extractSymbols(read, schedule.symbolFamilies).length > 0) &&
      (!roomAsked || namesRoom(read)) &&
      // "Who moderated …?" is answered by a person the unit says moderates, not by an item's speakers.
      (!q.asksModerator || MODERATING.test(read)) &&
      (!endAsked || statesEnd(read)) &&
      (!startAsked || !onlyShapes || statesStart(c.unit.text));
    // "Which room and what hours": a room and a time in the unit answer the words that asked for them.
    const covered = new Map(c.covered);
    for (const [t, kind] of shapes) {
      const w = terms.get(t) ?? 0;
      if ((covered.get(t) ?? 0) < w && holdsSpan(kind, read, known)) covered.set(t, w);
    }
    // "How many people": a count of the people the page counts ("112 participants") answers the word "people",
    // and the word "people" in "from how many cities did people come" as well.
    if (q.counted && span && terms.has(q.counted)) covered.set(q.counted, terms.get(q.counted) ?? 0);
    for (const [t, w] of terms) {
      if (countsPeople(t) && (covered.get(t) ?? 0) < w && holdsSpan('number', read, known, t)) covered.set(t, w);
    }
    // The word "symbol" is answered by a symbol.
    const head = symbolAsked ? contentTokens(q.head ?? '').at(-1) : undefined;
    if (head && terms.has(head) && extractSymbols(read, schedule.symbolFamilies).length > 0) {
      covered.set(head, terms.get(head) ?? 0);
    }
    const coverage = total ? [...covered.values()].reduce((a, b) => a + b, 0) / total : 1;
    // "What did Halifax adopt?" is answered where the page says "adopted", before "adoption of the agenda".
    const forms = formsByTerm(c.unit.text);
    const derived = [...c.covered].filter(([t, w]) => w === terms.get(t) && onlyDerivedForm(t, askedForms, forms));
    const derivedCost = total ? (derived.reduce((a, [, w]) => a + w, 0) / total) * DERIVED_FORM_COST : 0;
    const base = c.base + coverage - c.coverage - derivedCost;
    // "Why …?" has no span of its own to require, but a unit that gives a cause ("because …") answers it best, and
    // answers the word "reason" in "what was the reason for …".
    const explainer = explainingNext(q, c);
    const givesCause =
      q.expects !== 'reason'
        ? undefined
        : statesCause(read) || c.unit.context.some(headsCause)
          ? 'own'
          : explainer && statesCause(explainer.text)
            ? 'next'
            : undefined;
    if (givesCause) for (const t of CAUSE_WORDS) if (terms.has(t)) covered.set(t, terms.get(t) ?? 0);
    const cause = givesCause ? SPAN_PREFERENCE : 0;
    const spanShare = q.expects === 'date' && !datesFully(read) ? ROUGH_DATE_SHARE : 1;
    return {
      ...c,
      covered,
      coverage,
      base,
      span,
      cause: givesCause,
      score: base + cause + (span ? SPAN_PREFERENCE * spanShare : 0),
    };
  });
  scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.unit.order - b.unit.order);
  const best = scored[0];
  if (!best) return undefined;
  // Further units join the quote only when they add terms the first did not cover, from the same page.
  const chosen = [best];
  const covered = new Map(best.covered);
  for (const s of scored.slice(1)) {
    if (chosen.length >= MAX_UNITS) break;
    if (s.page !== best.page || s.score < best.score * 0.5) continue;
    const adds = [...s.covered].filter(([t, w]) => (covered.get(t) ?? 0) < w);
    const length = chosen.reduce((n, c) => n + render(c.unit, c.page).length, 0);
    // Units of the page that answer exactly as well as the first ("adopted the agenda", "adopted the Guidelines")
    // are the reader's to choose between: both are quoted.
    const tied = s.score >= best.score && s.span && best.span;
    if ((adds.length === 0 && !tied) || length + render(s.unit, s.page).length > MAX_CHARS) continue;
    chosen.push(s);
    for (const [t, w] of adds) covered.set(t, w);
  }
  // "… invited to contribute a paper. Please send it … by Friday, 14 February 2014": the sentence that names what
  // was asked and the next one in its paragraph, which goes on about it, hold the answer together.
  const next = best.page.units[best.unit.order + 1];
  const explainer = best.cause === 'own' ? undefined : explainingNext(q, best);
  if (explainer && !chosen.some((c) => c.unit === explainer))
    chosen.push({ ...best, unit: explainer, covered: new Map() });
  if (
    expectsSpan(q.expects) &&
    !chosen.some((c) => c.span) &&
    best.unit.kind === 'sentence' &&
    !statesAbsence(best.unit.text) &&
    next?.kind === 'sentence' &&
    !chosen.some((c) => c.unit === next) &&
    next.line === best.unit.line &&
    holdsSpan(q.expects, next.text, known, q.counted, given)
  ) {
    chosen.push({ ...best, unit: next, covered: new Map(), span: true });
  }
  // "14. The consultation established two task teams …:" over "(a) … led by Canada;" and "(b) … led by Nigeria.": a
  // quote holding a list's lead-in holds the items under it, as far as the quote's length allows.
  for (const c of [...chosen]) {
    const units = c.page.units;
    const leadsIn = (at: number) => leadsInto(units[at], units[at + 1]);
    let lead = c.unit.order;
    while (!leadsIn(lead) && units[lead]?.kind === 'item' && lead > 0) lead--;
    if (!leadsIn(lead)) continue;
    let length = chosen.reduce((n, o) => n + render(o.unit, o.page).length, 0);
    for (const unit of units.slice(lead, lead + 1 + SECTION_UNITS)) {
      if (unit.order > lead && unit.kind !== 'item') break;
      if (chosen.some((o) => o.unit === unit)) continue;
      if (length + unit.text.length > MAX_CHARS) break;
      length += unit.text.length;
      chosen.push({ ...c, unit, covered: new Map() });
    }
  }
  // "It took place on …" is quoted with the sentence that says what "it" is.
  for (const c of [...chosen]) {
    const before = c.unit.antecedent === undefined ? undefined : c.page.units[c.unit.antecedent];
    if (before && !chosen.some((o) => o.unit === before)) chosen.push({ ...c, unit: before, covered: new Map() });
  }
  chosen.sort((a, b) => a.unit.order - b.unit.order);
  const coverage = total ? [...covered.values()].reduce((a, b) => a + b, 0) / total : 1;
  const head = q.head === undefined ? undefined : contentTokens(q.head).at(-1);
  // An item of a list whose heading names what was asked ("Topics" for "what topics were reported?") is answered by
  // the whole list, not by the one item that shares the most words.
  const listHead =
    q.expects === 'list' &&
    best.unit.kind === 'item' &&
    head &&
    contentTokens(best.unit.frame.heading ?? '').includes(head)
      ? best.page.units
          .slice(0, best.unit.order)
          .reverse()
          .find((u) => u.kind === 'label' && u.text === best.unit.frame.heading)
      : undefined;
  const sectionHead = listHead ?? best.unit;
  // A heading that names what was asked ("Objectives", "What was agreed") is answered by what stands under it.
  const section = underHeading(sectionHead, best.page, MAX_CHARS, SECTION_UNITS).filter(
    (u) =>
      (!listHead || u.kind === 'item') &&
      (best.page.meetingNumber !== undefined || !aboutOtherMeetings(u.text, named, schedule)),
  );
  // A heading alone names a topic; for a list or a description it is no answer until something stands under it.
  const bareHeading = best.unit.kind === 'label' && section.length === 0 && !expectsSpan(q.expects);
  const body = (
    section.length
      ? [render(sectionHead, best.page), ...section.map((u) => u.text)]
      : chosen.map((c, i) =>
          // A unit in the same context as the one before it is quoted without repeating that context.
          i > 0 && chosen[i - 1]?.unit.context.join('\n') === c.unit.context.join('\n')
            ? quotedText(c.unit)
            : render(c.unit, c.page),
        )
  ).map((t, i, all) => {
    // Each quoted unit ends as a sentence; a list item's ";" goes on to the next item, and the last one ends.
    if (/[.!?:]$/.test(t)) return t;
    if (t.endsWith(';')) return i < all.length - 1 ? t : `${t.slice(0, -1)}.`;
    return `${t}.`;
  });
  // A list, reason or description must speak of the noun asked for ("the results of the survey"), in the quote,
  // its headings or its page title.
  const quoted = [...chosen.map((c) => c.unit), ...section];
  const speaksOfHead =
    expectsSpan(q.expects) ||
    head === undefined ||
    best.page.titleTerms.has(head) ||
    quoted.some((u) => u.own.has(head) || u.around.has(head) || (u.agendaLine && LAYOUT_WORDS.has(head)));
  const span =
    speaksOfHead &&
    (section.length
      ? best.span || holdsSpan(q.expects, section.map((u) => u.text).join(' '), known, q.counted, given)
      : chosen.some((c) => c.span) && !bareHeading);
  // A yes/no question the quote fully speaks to gets its verdict first: "no printed documents" is a No.
  const verdict =
    q.expects === 'yesno' && span && coverage >= MIN_YES_NO_COVERAGE && !statesNegation(q.question)
      ? statesNegation(body.join(' '))
        ? 'No. '
        : 'Yes. '
      : '';
  return {
    text: `${verdict}${provenance(best.page, schedule, partPages.has(best.page) ? named : undefined)}${body.join(' ')}`,
    coverage,
    span,
    // "Objectives" over "Not recorded.": what stands under a heading is what the heading says.
    absent:
      aboutAGap([best.unit.text, ...section.map((u) => u.text)].join(' '), terms) || blankWhereAsked(best.unit, terms),
    typed: expectsSpan(q.expects),
    label: { heading: best.unit.frame.heading ?? '', leadIn: leadIn(best.unit.text) },
    sources: [
      {
        path: best.page.path,
        title: best.page.title,
        url: best.page.url ?? null,
        score: 1,
        section: `line ${best.unit.line}`,
      },
    ],
  };
}

/**
 * The unit says the documents lack what was asked: its sentences that speak of the question's terms all state a gap.
 * "Elizabeth Ferris, Georgetown (overview) … The recovered text of this item is cut off." names the speaker asked
 * about, and its gap is in another sentence.
 */
function aboutAGap(text: string, terms: ReadonlyMap<string, number>): boolean {
  if (!statesAbsence(text)) return false;
  // A bare heading ("Objectives. Not recorded.") names the topic; the gap after it is that topic's.
  const informative = text
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !statesAbsence(s))
    .map((s) => contentTokens(s))
    .filter((tokens) => tokens.length >= MIN_INFORMATIVE_TOKENS && tokens.some((t) => terms.has(t)));
  return informative.length === 0;
}

/** A table cell that holds nothing, or only a dash or "n/a". */
const BLANK_CELL = /^\s*(?:[-–—]+|n\/?a|)\s*$/i;

/**
 * A table row whose column for what was asked is empty ("Issued: –" for "when was the report issued?") says the
 * table does not give it.
 */
function blankWhereAsked(unit: ReadingUnit, terms: ReadonlyMap<string, number>): boolean {
  return (unit.cells ?? []).some(
    (c) => c.label !== undefined && BLANK_CELL.test(c.text) && contentTokens(c.label).some((t) => terms.has(t)),
  );
}

/** A lead-in is the short clause before a colon that introduces what follows it. */
const MAX_LEAD_IN_CHARS = 80;

function leadIn(text: string): string {
  const colon = text.indexOf(':');
  return colon > 0 && colon <= MAX_LEAD_IN_CHARS ? text.slice(0, colon) : '';
}

/** Words a sentence needs, beyond a heading's one or two, to say something of its own. */
const MIN_INFORMATIVE_TOKENS = 4;

/** The date of a meeting's n-th day (counted from 1; -1 is the last), where its dates are known to the day. */
function dayOfMeeting(m: Meeting, index: number): string | undefined {
  if (!m.start || !/^\d{4}-\d{2}-\d{2}$/.test(m.start)) return undefined;
  const last = m.end ?? m.start;
  if (index < 0) return last;
  const day = new Date(Date.parse(`${m.start}T00:00:00Z`) + (index - 1) * 86_400_000).toISOString().slice(0, 10);
  return day <= last ? day : undefined;
}

function withinMeeting(m: Meeting, day: string): boolean {
  return m.start !== undefined && m.start <= day && day <= (m.end ?? m.start);
}

/** Meetings a text names by ordinal ("the eighth and ninth") or by the year they were held in. */
function meetingsMentioned(text: string, schedule: Schedule): Set<number> {
  const found = new Set<number>();
  for (const word of text.match(new RegExp(`\\b${ORDINAL_PATTERN}\\b`, 'gi')) ?? []) {
    const n = ordinalToNumber(word);
    if (n !== undefined && schedule.byNumber.has(n)) found.add(n);
  }
  for (const year of text.match(/\b(?:19|20)\d{2}\b/g) ?? []) {
    for (const m of schedule.meetings) if (m.start?.startsWith(year)) found.add(m.number);
  }
  return found;
}

/** A line names one of the meetings asked about, by ordinal or by year. */
function namesMeeting(text: string, named: Set<number>, schedule: Schedule): boolean {
  return [...meetingsMentioned(text, schedule)].some((n) => named.has(n));
}

/**
 * A meeting named as a point in time ("elected as Chair *until* the fourth round", "before the next session") dates
 * what the sentence says; the sentence is still about its own meeting.
 */
const AS_A_TIME = /\b(?:until|till|up to|before|after|since|ahead of|prior to|following|by)\s+(?:the\s+)?$/i;
/** "Prof. X, Chair of the first consultation": a meeting named after "of" describes someone or something here. */
const AS_A_DESCRIPTION = /\bof\s+(?:the\s+)?$/i;

/**
 * A unit names meetings by ordinal and the series' noun ("the second round") or by the series' code ("TC.2"), and
 * none of those asked about: in its own text, or in the heading it sits under when that heading opens with a
 * meeting's name ("TC.2 – Nairobi" over one meeting's part of a table of documents). A heading that names a meeting
 * inside a topic ("Follow-up to the fourth forum") heads this meeting's business.
 */
function aboutAnotherMeeting(unit: ReadableUnit, named: Set<number>, names: MeetingNames): boolean {
  const mentioned = (text: string, heading: boolean) =>
    [
      ...[...text.matchAll(names.ordinal)].map((m) => ({ m, n: ordinalToNumber(m[1] ?? '') })),
      ...[...(names.code ? text.matchAll(names.code) : [])].map((m) => ({ m, n: Number(m[1]) })),
    ]
      .filter(({ m }) => {
        const before = text.slice(0, m.index);
        return heading ? HEADING_OPENING.test(before) : !AS_A_TIME.test(before) && !AS_A_DESCRIPTION.test(before);
      })
      .map(({ n }) => n);
  const others = (numbers: Array<number | undefined>) =>
    numbers.length > 0 && !numbers.some((n) => n !== undefined && named.has(n));
  return others(mentioned(unit.text, false)) || others(unit.context.flatMap((c) => mentioned(c, true)));
}

/** Nothing but an article before a meeting's name: the heading is that meeting's name. */
const HEADING_OPENING = /^\s*(?:the\s+)?$/i;

/** A sentence of a series overview that names other meetings and not the one asked about is about those. */
function aboutOtherMeetings(text: string, named: Set<number>, schedule: Schedule): boolean {
  const mentioned = meetingsMentioned(text, schedule);
  return mentioned.size > 0 && ![...mentioned].some((n) => named.has(n));
}

/** A quote always says which meeting it is about, so "It opened with…" is never left without its meeting. */
function provenance(page: PageUnits, schedule: Schedule, read?: Set<number>): string {
  // A page about the series or another meeting is quoted where it is the one meeting asked about: the quote is its.
  const own = read?.size === 1 ? [...read][0] : page.meetingNumber;
  const m = own === undefined ? undefined : schedule.byNumber.get(own);
  if (!m) return `From "${page.title}": `;
  return `From the ${meetingName(m)}${m.start ? ` (${formatDateRange(m.start, m.end)})` : ''}, "${page.title}": `;
}
