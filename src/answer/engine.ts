import { type Clock, shiftedClock, systemClock } from '../config/clock.js';
import { type EngineConfig, engineSettings } from '../config/env.js';
import { describeError } from '../errors.js';
import type { KnowledgeDocument } from '../knowledge/document.js';
import type { Schedule } from '../knowledge/schedule.js';
import { dayOf, daysStated } from '../knowledge/stated-day.js';
import type { SymbolInfo } from '../knowledge/symbol-index.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { questionParts } from '../question/compound.js';
import { headNounKind } from '../question/expected-kind.js';
import type { MeetingNamePatterns } from '../question/meeting-names.js';
import { type FactKind, factsNamedIn, parseQuestion, type Question } from '../question/question.js';
import { createEmbedder, type Embedder } from '../retrieval/embedder.js';
import { EmbeddingCache } from '../retrieval/embedding-cache.js';
import type { Hit, SearchOptions } from '../retrieval/hybrid-search.js';
import { contentTokens } from '../retrieval/tokenize.js';
import { statesPlanChange } from '../text/plan-changes.js';
import { answerAboutAcronym } from './acronym-answers.js';
import { answerAcrossMeetings, MeetingTexts } from './aggregate-answers.js';
import { combinePartAnswers, type PartAnswer } from './compound-answers.js';
import { condenseByRules } from './condense.js';
import { answerCoverage, specificTerms, unknownTopic } from './coverage.js';
import { answerAboutSymbols } from './doc-answers.js';
import { type Evidence, readEvidence } from './evidence-reader.js';
import { ABOUT_ASSISTANT_REPLY, FOREIGN_LANGUAGE_REPLY, helpAnswer } from './help.js';
import { answerAboutInterval } from './interval-answers.js';
import { type BuildProgress, buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { createLlmClient, type LlmClient } from './llm.js';
import { answerAboutMeetings } from './meeting-answers.js';
import { answerByReading } from './model-reading.js';
import { answerAboutPeople, PeopleIndex } from './people-answers.js';
import { guardQuestion } from './question-guard.js';
import { READING_HITS, readingPassages } from './reading-passages.js';
import { answerAboutSchedule } from './schedule-answers.js';
import { hitSources, mergeSources } from './sources.js';
import {
  confidenceFrom,
  evidenceAnswers,
  evidenceSpeaksTo,
  FACT_WEAK_BELOW,
  MIN_FACT_COVERAGE,
  MIN_OVERVIEW_COVERAGE,
  MIN_PASSAGE_OVER_FACT,
  NOT_FOUND,
} from './thresholds.js';
import type { Answer, AskContext, Turn } from './types.js';

export interface Engine {
  ask(question: string, context?: AskContext): Promise<Answer>;
  schedule(): Schedule;
  now(): Date;
  lookupSymbol(symbol: string): SymbolInfo | undefined;
  condense(question: string, history: Turn[], signal?: AbortSignal): Promise<string>;
  /** Re-reads the knowledge folder; questions keep being served from the old knowledge until the new one is whole. */
  reload(onProgress?: (p: BuildProgress) => void): Promise<KnowledgeBase['stats']>;
  stats(): KnowledgeBase['stats'] & { embedder: string; llm: string | null };
  /** Per-file figures and warnings of the last load, for `npm run ingest`. */
  report(): Pick<KnowledgeBase['corpus'], 'files' | 'warnings'>;
  close(): Promise<void>;
}

export interface EngineOptions {
  config: EngineConfig;
  clock?: Clock;
  logger?: Logger;
  embedder?: Embedder;
  onProgress?: (p: BuildProgress) => void;
  /** Calendars from outside the knowledge folder (SCHEDULE_ICS_URL), read on every load and reload. */
  calendars?: () => KnowledgeDocument[];
}

/** Retrieved chunks the offline engine weighs. */
const OFFLINE_HITS = 8;

interface Loaded {
  kb: KnowledgeBase;
  people: PeopleIndex;
  texts: MeetingTexts;
}

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const config = engineSettings(options.config);
  const logger = options.logger ?? createLogger({ level: config.logLevel, secrets: [config.openai?.apiKey] });
  const clock = options.clock ?? (config.now ? shiftedClock(config.now) : systemClock);
  const embedder = options.embedder ?? (await createEmbedder(config));
  const cache = new EmbeddingCache(config.dataDir, logger);
  const llm: LlmClient | undefined = config.openai ? await createLlmClient(config.openai, logger) : undefined;

  const load = async (onProgress?: (p: BuildProgress) => void): Promise<Loaded> => {
    const kb = await buildKnowledgeBase(config, embedder, cache, logger, onProgress, options.calendars);
    const isName = (word: string) => kb.catalogue.vocabulary.isName?.(word) ?? true;
    return {
      kb,
      people: new PeopleIndex(kb.schedule, isName),
      texts: new MeetingTexts(kb.schedule, kb.corpus.documents),
    };
  };
  let current = await load(options.onProgress);

  /** The structured answerers, in order: the first that speaks to the question gives the exact candidate. */
  const structured = (q: Question, state: Loaded): Answer | undefined =>
    answerAboutSymbols(q, state.kb.symbols, state.kb.schedule) ??
    answerAboutAcronym(q.question, state.kb.chunks) ??
    answerAboutSchedule(q, state.kb.schedule, clock.now()) ??
    answerAboutInterval(q, state.kb.schedule) ??
    (q.meetingBy === 'ordinal' && !q.aggregate
      ? undefined
      : answerAboutPeople(q.question, state.people, state.kb.chunks)) ??
    answerAcrossMeetings(q, state.kb.schedule, state.texts) ??
    answerAboutMeetings(q, state.kb.schedule, clock.now());

  const ask = async (raw: string, context: AskContext = {}): Promise<Answer> => {
    let text = guardQuestion(raw, config.maxQuestionChars);
    const state = current;
    // One deadline for every remote call a question makes, so a stalled server costs LLM_TIMEOUT_MS once, not per call.
    const signal = config.openai ? withTimeout(config.openai.timeoutMs, context.signal) : context.signal;
    if (context.history?.length) text = await condense(text, context.history, signal);
    const q = parseQuestion(text, state.kb.catalogue, clock.now());
    if (q.social) return helpAnswer(state.kb.schedule, state.kb.symbols, state.kb.corpus.documents.length);
    // A model reads the documents whatever the question's language; the offline engine reads English only.
    if (q.foreign && !llm) return reply(FOREIGN_LANGUAGE_REPLY, 'language');
    if (q.aboutAssistant) return reply(ABOUT_ASSISTANT_REPLY, 'assistant');
    // The model reads further down the ranking; the offline engine weighs the same top eight either way.
    const k = llm ? READING_HITS : OFFLINE_HITS;
    const found = await search(
      state,
      q.question,
      { k, meetingNumbers: q.meetingNumbers, meetingBoost: meetingBoost(q) },
      signal,
    );
    const hits = found.slice(0, OFFLINE_HITS);
    const offline = q.foreign
      ? reply(FOREIGN_LANGUAGE_REPLY, 'language')
      : await answerInParts(q, state, choose(q, state, hits), signal);
    // A meeting the catalogue does not hold is decisive for the model too: pages about other meetings cannot answer.
    if (!llm || offline.intent === 'meeting.unknown') return offline;
    const fromRecords = offline.answered && !offline.intent.startsWith('search');
    const passages = readingPassages(offline, found, state.kb.chunks, q.meetingNumbers, fromRecords);
    context.onPassages?.(passages.map((p) => p.source));
    const intent = q.foreign ? 'search' : offline.intent;
    const reading = { question: text, passages, fallback: offline, intent, now: clock.now() };
    return answerByReading(llm, logger, reading, context, signal);
  };

  /**
   * "Who closed it, and at what time?": each part is searched and answered as a question of its own, and the answers
   * are put together. A part that names no meeting is about the one the whole question names.
   */
  const answerInParts = async (q: Question, state: Loaded, whole: Answer, signal?: AbortSignal): Promise<Answer> => {
    const parts = questionParts(q.question);
    if (parts.length < 2) return whole;
    const answers: PartAnswer[] = [];
    for (const part of parts) {
      const parsed = parseQuestion(part.question, state.kb.catalogue, clock.now());
      const pq =
        parsed.meetingBy === 'none' ? { ...parsed, meetingNumbers: q.meetingNumbers, meetingBy: q.meetingBy } : parsed;
      const options = { k: OFFLINE_HITS, meetingNumbers: pq.meetingNumbers, meetingBoost: meetingBoost(pq) };
      // A remote embedder is called once per question: its parts are found by keywords, so a failing or slow
      // endpoint costs one call, not one per part.
      const found = config.openai
        ? state.kb.search.keywordSearch(pq.question, options)
        : await search(state, pq.question, options, signal);
      answers.push({ asked: part.asked, answer: choose(pq, state, found) });
    }
    return combinePartAnswers(whole, answers);
  };

  /**
   * The question is embedded by the remote model when one is configured; when that call fails or outlasts the
   * question's deadline the answer is still grounded by keyword search alone (same ranking and meeting lift),
   * instead of the whole question failing.
   */
  const search = async (
    state: Loaded,
    question: string,
    options: SearchOptions,
    signal?: AbortSignal,
  ): Promise<Hit[]> => {
    try {
      return await untilAborted(state.kb.search.search(question, options), signal);
    } catch (error) {
      if (!config.openai) throw error;
      logger.warn(`Embedding the question failed, searching by keywords only: ${describeError(error)}`);
      return state.kb.search.keywordSearch(question, options);
    }
  };

  /**
   * The one place where candidates are weighed. Structured facts win when they speak to what was asked; a
   * passage that holds an answer of the expected kind wins otherwise; when neither does, the bot says so and
   * lists the closest documents, rather than passing off a near miss as an answer. "Not recorded" is said only
   * where a record marks the fact as not recorded and no passage holds it either.
   */
  const choose = (q: Question, state: Loaded, hits: Hit[]): Answer => {
    const bm25 = state.kb.search.bm25;
    const corpusCoverage = bm25.coverage(q.question);
    const searchSources = hitSources(hits);
    const evidence = readEvidence(q, hits, state.kb.pages, state.kb.schedule, state.people, state.kb.catalogue.names);
    const usable = evidence !== undefined && evidenceAnswers(evidence);
    const confidence = confidenceFrom(evidence?.coverage ?? 0, corpusCoverage);
    // The passage quoted is cited first; the record's pages that named the meeting follow.
    const passage = (record: Answer['sources'] = []): Answer => ({
      answer: evidence?.text ?? '',
      answered: true,
      intent: 'search',
      sources: mergeSources(evidence?.sources ?? [], mergeSources(record, searchSources)),
      confidence,
    });
    // What the documents say they lack is shown, so the reader learns what is and is not known.
    const saysLack = evidence?.absent && evidenceSpeaksTo(evidence) ? evidence.text : '';
    const notFound = (sources: Answer['sources']): Answer => ({
      answer: saysLack
        ? `${NOT_FOUND} What the documents do say: ${saysLack}`
        : `${NOT_FOUND}${sources.length ? ' The closest documents are listed as sources.' : ''}`,
      answered: false,
      intent: 'search',
      sources,
      confidence,
    });

    const direct = structured(q, state);
    if (!direct) return usable ? passage() : notFound(searchSources);
    // "What were the conclusions of the report (ESA/P/WP.204)?" names a document but asks for its content: the
    // symbol's entry does not answer that, a passage may.
    if (direct.intent === 'document' && q.head !== undefined && headNounKind(q.head) !== 'document') {
      return usable ? passage(direct.sources) : notFound(mergeSources(direct.sources, searchSources));
    }
    // A meeting the catalogue does not hold is decisive: no page about some other meeting answers for it. So is a
    // gap worked out between two dates of a record, which no page states in words to compare.
    if (/^(document|schedule|aggregate|acronym)|^meeting\.(unknown|interval)$/.test(direct.intent)) {
      return { ...direct, sources: mergeSources(direct.sources, direct.answered ? [] : searchSources) };
    }
    // A fact the record lacks may still be in a page: the passage answers, and only failing that the refusal stands.
    // A passage the page introduces as another part of the record ("The objectives of the Meeting are: …") does not
    // answer for this one ("what did it conclude?").
    if (!direct.answered)
      return usable && !labelledAsOther(direct.intent, evidence, state.kb.catalogue.names)
        ? passage(direct.sources)
        : { ...direct, sources: mergeSources(direct.sources, searchSources) };
    // A record holds a meeting as it is held, never the plan that a postponement or a move replaced: a passage that
    // states the change answers "what were the original dates?" and "why was it pushed back?".
    if (q.planChange && usable && statesPlanChange(evidence.text)) return passage(direct.sources);
    // A person's profile says who they are and where they spoke: for "when did she step down?" it is an overview of
    // the person, which a passage that speaks to the question beats.
    const profile = direct.intent === 'person' && q.expects !== 'person' && q.expects !== 'description';
    const isFact = !direct.intent.endsWith('overview') && !profile;
    // A question pinned to a day, a part of a day or an item number is answered exactly by the record.
    const pinned =
      q.dayIndex !== undefined ||
      q.weekday !== undefined ||
      q.dayPart !== undefined ||
      q.atClock !== undefined ||
      q.sessionIndex !== undefined ||
      q.sessionNumber !== undefined ||
      q.agendaItem;
    const kept = new Set(q.terms.map((t) => t.term));
    const subject = q.subject;
    const directCoverage = answerCoverage(subject, direct.answer, bm25, kept);
    const passageCoverage = usable ? answerCoverage(subject, evidence.text, bm25, kept) : 0;
    // A date or a time a page states beside the question's words is more exact than a record drafted from pages;
    // on a pinned day, only when the page states that same day ("the Chair closed the colloquium at 12.40 on Thursday
    // 21 September" against the programme's closing slot that Thursday).
    const statedWhen =
      direct.drafted === true && usable && WHEN_KINDS.has(q.expects) && passageCoverage >= directCoverage;
    const statedOnPinnedDay = statedWhen && sameStatedDay(direct.answer, evidence.text);
    if (isFact && pinned && !statedOnPinnedDay && !unknownTopic(q.subject, direct.answer, bm25, kept)) {
      return { ...direct, sources: mergeSources(direct.sources, []) };
    }
    // A passage that names what the question names beats a record fact that does not.
    const passageBetter = usable && passageCoverage >= MIN_PASSAGE_OVER_FACT && passageCoverage > directCoverage;
    // A general overview gives way to a passage that speaks to the question's own subject at least as well.
    // "What was adopted at the fourth round?" is about its verb alone: a passage that says it beats an overview that
    // does not.
    const namesSomething = specificTerms(subject, bm25, kept).length > 0;
    const overviewLoses =
      !isFact &&
      usable &&
      (!namesSomething
        ? answerCoverage(subject, evidence.text, bm25, kept, 'with verbs') >
          answerCoverage(subject, direct.answer, bm25, kept, 'with verbs')
        : passageCoverage >= directCoverage);
    // A record drafted from raw pages says no more than those pages: a passage wins that covers the question better,
    // or as well when the question names something specific, or that speaks of the noun asked for ("the *theme*")
    // where the draft does not, or that answers a yes/no question, which a listing of fields never does.
    const head = q.head ? contentTokens(q.head)[0] : undefined;
    const speaksOfHead =
      usable &&
      head !== undefined &&
      contentTokens(evidence.text).includes(head) &&
      !contentTokens(direct.answer).includes(head);
    const draftYields =
      direct.drafted === true &&
      usable &&
      (passageCoverage > directCoverage ||
        (namesSomething && passageCoverage >= directCoverage) ||
        speaksOfHead ||
        q.expects === 'yesno' ||
        statedWhen);
    if ((passageBetter && directCoverage < FACT_WEAK_BELOW) || overviewLoses || draftYields) {
      return passage(direct.sources);
    }
    // A fact of the kind asked for stands even when worded differently; a general overview must speak to the topic.
    if (directCoverage >= (isFact ? MIN_FACT_COVERAGE : MIN_OVERVIEW_COVERAGE)) {
      return { ...direct, sources: mergeSources(direct.sources, []) };
    }
    return usable ? passage(direct.sources) : notFound(mergeSources(direct.sources, searchSources));
  };

  const condense = async (question: string, history: Turn[], signal?: AbortSignal): Promise<string> => {
    const byRules = condenseByRules(question, history, current.kb.catalogue);
    if (!llm || byRules !== question) return byRules;
    try {
      return await llm.condense(question, history, signal);
    } catch (error) {
      logger.warn(`Condensing the follow-up with the LLM failed, using it as asked: ${describeError(error)}`);
      return question;
    }
  };

  return {
    ask,
    condense,
    schedule: () => current.kb.schedule,
    now: () => clock.now(),
    lookupSymbol: (symbol) => current.kb.symbols.get(symbol),
    async reload(onProgress) {
      const next = await load(onProgress);
      current = next;
      return next.kb.stats;
    },
    stats: () => ({ ...current.kb.stats, embedder: embedder.id, llm: config.openai ? config.openai.model : null }),
    report: () => ({ files: current.kb.corpus.files, warnings: current.kb.corpus.warnings }),
    async close() {
      cache.close();
    },
  };
}

/**
 * A date, a time or a time zone the page states beside the question's words is more exact than a record drafted from
 * pages, which holds a zone looked up by the city's name.
 */
const WHEN_KINDS = new Set(['date', 'time', 'zone']);

/** Parts of a record that a page introduces by name, with a heading or a lead-in, rather than states in passing. */
const LABELLED_FACTS = new Set<FactKind>([
  'objectives',
  'conclusions',
  'outcomes',
  'mandate',
  'agenda',
  'documents',
  'participants',
]);
/**
 * The parts a question asks for by their own word. Words for the agenda, documents or participants are as often
 * the question's subject ("what did *participants* say about …") as what it asks for.
 */
const ASKED_BY_NAME = new Set<FactKind>(['objectives', 'conclusions', 'outcomes', 'mandate']);

/**
 * The passage is introduced as other parts of a record and not the one a `meeting.<fact>` answer was about: by its
 * own lead-in ("The objectives of the seminar are: …"), or by its heading when its own words do not name the part
 * asked for either ("Its results will be used for …" under "Objectives" is about results).
 */
function labelledAsOther(
  intent: string,
  evidence: Pick<Evidence, 'label' | 'text'>,
  names: Pick<MeetingNamePatterns, 'ordinal' | 'numbered'>,
): boolean {
  const asked = intent.replace(/^meeting\./, '') as FactKind;
  if (!ASKED_BY_NAME.has(asked)) return false;
  const other = (label: string) => {
    // "WP.10 – Tenth session" names the meeting, whatever its noun: no part of a record.
    const unnamed = label.replace(names.ordinal, ' ').replace(names.numbered, ' ');
    const named = factsNamedIn(unnamed).filter((k) => LABELLED_FACTS.has(k));
    return named.length > 0 && !named.includes(asked);
  };
  const { heading, leadIn } = evidence.label;
  if (leadIn) return other(leadIn) || (!factsNamedIn(leadIn).includes(asked) && other(heading));
  return other(heading) && !factsNamedIn(evidence.text).includes(asked);
}

/** The day the first text states is one the second states too. */
function sameStatedDay(a: string, b: string): boolean {
  const day = dayOf(a, undefined);
  return day !== undefined && daysStated(b, undefined).includes(day);
}

/** Pages of the meeting a question names rank higher, the more so the more exactly it is named. */
function meetingBoost(q: Question): number {
  return q.meetingBy === 'ordinal' ? 3 : q.meetingBy === 'none' ? 1 : 2;
}

/** A reply that answers no question about the documents: said once, with no sources. */
function reply(answer: string, intent: string): Answer {
  return { answer, answered: false, intent, sources: [], confidence: 1 };
}

function withTimeout(ms: number, signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** Settles with `work`, or rejects once `signal` aborts: a call that cannot be cancelled is no longer waited for. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error(`aborted: ${String(signal.reason)}`);
}
