import { type Clock, shiftedClock, systemClock } from '../config/clock.js';
import type { AppConfig } from '../config/env.js';
import { describeError } from '../errors.js';
import { formatDateRange } from '../knowledge/date-format.js';
import { ordinalSuffix, ordinalWord } from '../knowledge/ordinals.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { SymbolInfo } from '../knowledge/symbol-index.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { createEmbedder, type Embedder } from '../retrieval/embedder.js';
import { EmbeddingCache } from '../retrieval/embedding-cache.js';
import type { Hit, SearchOptions } from '../retrieval/hybrid-search.js';
import { analyzeQuery, type QueryAnalysis, withoutFactCues } from '../retrieval/query-understanding.js';
import { confidenceFrom, NOT_FOUND, shouldAnswer } from './abstain.js';
import { answerAboutAcronym } from './acronym-answers.js';
import { answerAcrossMeetings, MeetingTexts } from './aggregate-answers.js';
import { condenseByRules } from './condense.js';
import {
  answerCoverage,
  givesCountAsked,
  givesResultsAsked,
  namesSomeone,
  specificTerms,
  statesAbsence,
  unknownTopic,
} from './coverage.js';
import { answerAboutSymbols } from './doc-answers.js';
import { extractAnswer } from './extractive.js';
import { type BuildProgress, buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { createLlmClient, LLM_NOT_FOUND, type LlmClient } from './llm.js';
import { answerAboutMeetings } from './meeting-answers.js';
import { answerAboutPeople, PeopleIndex } from './people-answers.js';
import { guardQuestion } from './question-guard.js';
import { answerAboutSchedule } from './schedule-answers.js';
import { hitSources, mergeSources } from './sources.js';
import type { Answer, AskContext, Turn } from './types.js';

export interface Engine {
  ask(question: string, context?: AskContext): Promise<Answer>;
  schedule(): Schedule;
  now(): Date;
  lookupSymbol(symbol: string): SymbolInfo | undefined;
  condense(question: string, history: Turn[]): Promise<string>;
  /** Re-reads the knowledge folder; questions keep being served from the old knowledge until the new one is whole. */
  reload(onProgress?: (p: BuildProgress) => void): Promise<KnowledgeBase['stats']>;
  stats(): KnowledgeBase['stats'] & { embedder: string; llm: string | null };
  /** Per-file figures and warnings of the last load, for `npm run ingest`. */
  report(): Pick<KnowledgeBase['corpus'], 'files' | 'warnings'>;
  close(): Promise<void>;
}

export interface EngineOptions {
  config: AppConfig;
  clock?: Clock;
  logger?: Logger;
  embedder?: Embedder;
  onProgress?: (p: BuildProgress) => void;
}

interface Loaded {
  kb: KnowledgeBase;
  people: PeopleIndex;
  texts: MeetingTexts;
}

export async function createEngine(options: EngineOptions): Promise<Engine> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel, secrets: [config.openai?.apiKey] });
  const clock = options.clock ?? (config.now ? shiftedClock(config.now) : systemClock);
  const embedder = options.embedder ?? (await createEmbedder(config));
  const cache = new EmbeddingCache(config.dataDir, logger);
  const llm: LlmClient | undefined = config.openai ? await createLlmClient(config.openai) : undefined;

  const load = async (onProgress?: (p: BuildProgress) => void): Promise<Loaded> => {
    const kb = await buildKnowledgeBase(config, embedder, cache, logger, onProgress);
    return { kb, people: new PeopleIndex(kb.schedule), texts: new MeetingTexts(kb.schedule, kb.corpus.documents) };
  };
  let current = await load(options.onProgress);

  const structured = (question: string, q: QueryAnalysis, state: Loaded): Answer | undefined =>
    answerAboutSymbols(q, state.kb.symbols, state.kb.schedule) ??
    answerAboutAcronym(question, state.kb.chunks) ??
    answerAboutSchedule(q, state.kb.schedule, clock.now()) ??
    (q.meetingBy === 'ordinal' && !q.aggregate
      ? undefined
      : answerAboutPeople(question, state.people, state.kb.chunks)) ??
    answerAcrossMeetings(q, state.kb.schedule, state.texts) ??
    answerAboutMeetings(q, state.kb.schedule);

  const ask = async (raw: string, context: AskContext = {}): Promise<Answer> => {
    let question = guardQuestion(raw, config.maxQuestionChars);
    const state = current;
    if (context.history?.length) question = await condense(question, context.history);
    const q = analyzeQuery(question, state.kb.schedule);
    const boost = q.meetingBy === 'ordinal' ? 3 : q.meetingBy === 'none' ? 1 : 2;
    const hits = await search(state, question, { k: 8, meetingNumbers: q.meetingNumbers, meetingBoost: boost });
    const answer = choose(question, q, state, hits);
    return llm && answer.answered
      ? polish(answer, question, answer.intent.startsWith('search') ? '' : answer.answer, hits, context)
      : answer;
  };

  /**
   * The question is embedded by the remote model when one is configured; when that call fails the answer is still
   * grounded by keyword search alone (same ranking and meeting lift), instead of the whole question failing.
   */
  const search = async (state: Loaded, question: string, options: SearchOptions): Promise<Hit[]> => {
    try {
      return await state.kb.search.search(question, options);
    } catch (error) {
      if (!config.openai) throw error;
      logger.warn(`Embedding the question failed, searching by keywords only: ${describeError(error)}`);
      return state.kb.search.keywordSearch(question, options);
    }
  };

  /**
   * Structured facts win when they speak to what was asked; otherwise the best passage does; when neither does,
   * the bot says so and shows what the documents do hold, rather than passing off a near miss as an answer.
   */
  const choose = (question: string, q: QueryAnalysis, state: Loaded, hits: Hit[]): Answer => {
    const bm25 = state.kb.search.bm25;
    const extract = extractAnswer(question, hits, bm25, q.meetingNumbers);
    const corpusCoverage = bm25.coverage(question);
    const searchSources = hitSources(hits);
    // A quote whose best sentence is about what is missing is a non-answer; a gap mentioned beside a fact is not.
    // "Who…?" answered by a quote that names nobody is a near miss, not an answer.
    const nobodyNamed = /^\s*(who|whom|by whom)\b/i.test(question) && !namesSomeone(extract.text, question);
    const absent =
      nobodyNamed ||
      !givesCountAsked(question, extract.text) ||
      !givesResultsAsked(question, extract.text) ||
      statesAbsence(extract.lead) ||
      extract.chosen.some((sentence) => statesAbsence(sentence) && answerCoverage(question, sentence, bm25) >= 0.5);
    // A question that names a meeting already says where to look: a quote from that meeting's own record that
    // covers the question's specific words is trusted below the general bar.
    const fromNamedMeeting =
      q.meetingNumbers.length > 0 &&
      hits[0]?.chunk.meetingNumber !== undefined &&
      q.meetingNumbers.includes(hits[0].chunk.meetingNumber) &&
      answerCoverage(question, extract.text, bm25) >= 0.6;
    const extractUsable = Boolean(extract.text) && (shouldAnswer(extract.coverage, corpusCoverage) || fromNamedMeeting);
    const extractive = (first: Answer['sources'] = []): Answer => ({
      answer: withProvenance(extract.text, extract.leadHit, state.kb.schedule),
      answered: !absent,
      intent: 'search',
      sources: mergeSources(first, searchSources),
      confidence: confidenceFrom(extract.coverage, corpusCoverage),
    });
    const notFound = (known: string, sources: Answer['sources']): Answer => ({
      answer: known
        ? `${NOT_FOUND} What the documents do say: ${known}`
        : `${NOT_FOUND}${sources.length ? ' The closest documents are listed as sources.' : ''}`,
      answered: false,
      intent: 'search',
      sources,
      confidence: confidenceFrom(extract.coverage, corpusCoverage),
    });

    const direct = structured(question, q, state);
    if (!direct) {
      if (!extractUsable) return notFound('', searchSources);
      return absent ? notFound(extract.text, searchSources) : extractive();
    }
    if (/^(document|schedule|aggregate|acronym)/.test(direct.intent)) {
      return { ...direct, sources: mergeSources(direct.sources, direct.answered ? [] : searchSources) };
    }
    const isFact = !direct.intent.endsWith('overview');
    // A question pinned to a day, a part of a day or an item number is answered exactly by the record.
    const pinned = q.dayIndex !== undefined || q.weekday !== undefined || q.dayPart !== undefined || q.agendaItem;
    if (direct.answered && isFact && pinned && !unknownTopic(question, direct.answer, bm25)) {
      return { ...direct, sources: mergeSources(direct.sources, []) };
    }
    const subject = withoutFactCues(question);
    const directCoverage = answerCoverage(subject, direct.answer, bm25);
    const extractCoverage = answerCoverage(subject, extract.text, bm25);
    // A passage that names what the question names beats a record fact that does not, even below the usual bar.
    const extractBetter =
      Boolean(extract.text) &&
      !absent &&
      extractCoverage >= 0.34 &&
      extractCoverage > directCoverage + (direct.answered ? 0 : 0.2);
    // A general overview gives way to a passage that speaks to the question's own subject at least as well.
    const overviewLoses =
      !isFact &&
      extractUsable &&
      !absent &&
      specificTerms(subject, bm25).length > 0 &&
      extractCoverage >= directCoverage;
    if ((extractBetter && directCoverage < 0.5) || overviewLoses) return extractive(direct.sources);
    if (!direct.answered) return { ...direct, sources: mergeSources(direct.sources, searchSources) };
    // A fact of the kind asked for stands even when worded differently; a general overview must speak to the topic.
    if (directCoverage >= (isFact ? 0.34 : 0.5)) return { ...direct, sources: mergeSources(direct.sources, []) };
    return notFound(direct.answer, mergeSources(direct.sources, searchSources));
  };

  /** The LLM rewrites a grounded answer; when it fails or says it cannot, the offline answer stands. */
  const polish = async (
    offline: Answer,
    question: string,
    facts: string,
    hits: Hit[],
    context: AskContext,
  ): Promise<Answer> => {
    if (!llm) return offline;
    try {
      const text = await llm.answer(question, facts, hits.slice(0, 6), context.onToken, context.signal);
      if (text.includes(LLM_NOT_FOUND)) return offline;
      return { ...offline, answer: text, intent: `${offline.intent}+llm` };
    } catch (error) {
      logger.warn(`Falling back to the offline answer: ${describeError(error)}`);
      return offline;
    }
  };

  const condense = async (question: string, history: Turn[]): Promise<string> => {
    const byRules = condenseByRules(question, history, current.kb.schedule);
    if (!llm || byRules !== question) return byRules;
    try {
      return await llm.condense(question, history);
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
 * A quote from a meeting's record that does not say which meeting it is about gets that said first, so
 * "It opened with…" is never left without its meeting and dates.
 */
function withProvenance(text: string, hit: Hit | undefined, schedule: Schedule): string {
  const n = hit?.chunk.meetingNumber;
  if (n === undefined) return text;
  const m = schedule.byNumber.get(n);
  const named = new RegExp(`\\b(${ordinalSuffix(n)}|${ordinalWord(n)})\\b`, 'i').test(text);
  if (!m || named) return text;
  return `From the record of the ${ordinalSuffix(n)} meeting${m.start ? ` (${formatDateRange(m.start, m.end)})` : ''}: ${text}`;
}
