import { type Clock, shiftedClock, systemClock } from '../config/clock.js';
import { type EngineConfig, engineSettings } from '../config/env.js';
import { describeError } from '../errors.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { SymbolInfo } from '../knowledge/symbol-index.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { headNounKind } from '../question/expected-kind.js';
import { parseQuestion, type Question, withoutFactCues } from '../question/question.js';
import { createEmbedder, type Embedder } from '../retrieval/embedder.js';
import { EmbeddingCache } from '../retrieval/embedding-cache.js';
import type { Hit, SearchOptions } from '../retrieval/hybrid-search.js';
import { answerAboutAcronym } from './acronym-answers.js';
import { answerAcrossMeetings, MeetingTexts } from './aggregate-answers.js';
import { condenseByRules } from './condense.js';
import { answerCoverage, specificTerms, unknownTopic } from './coverage.js';
import { answerAboutSymbols } from './doc-answers.js';
import { readEvidence } from './evidence-reader.js';
import { ABOUT_ASSISTANT_REPLY, FOREIGN_LANGUAGE_REPLY, helpAnswer } from './help.js';
import { type BuildProgress, buildKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { createLlmClient, LLM_NOT_FOUND, type LlmClient } from './llm.js';
import { answerAboutMeetings } from './meeting-answers.js';
import { answerAboutPeople, PeopleIndex } from './people-answers.js';
import { guardQuestion } from './question-guard.js';
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
  condense(question: string, history: Turn[]): Promise<string>;
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
}

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
  const llm: LlmClient | undefined = config.openai ? await createLlmClient(config.openai) : undefined;

  const load = async (onProgress?: (p: BuildProgress) => void): Promise<Loaded> => {
    const kb = await buildKnowledgeBase(config, embedder, cache, logger, onProgress);
    return { kb, people: new PeopleIndex(kb.schedule), texts: new MeetingTexts(kb.schedule, kb.corpus.documents) };
  };
  let current = await load(options.onProgress);

  /** The structured answerers, in order: the first that speaks to the question gives the exact candidate. */
  const structured = (q: Question, state: Loaded): Answer | undefined =>
    answerAboutSymbols(q, state.kb.symbols, state.kb.schedule) ??
    answerAboutAcronym(q.question, state.kb.chunks) ??
    answerAboutSchedule(q, state.kb.schedule, clock.now()) ??
    (q.meetingBy === 'ordinal' && !q.aggregate
      ? undefined
      : answerAboutPeople(q.question, state.people, state.kb.chunks)) ??
    answerAcrossMeetings(q, state.kb.schedule, state.texts) ??
    answerAboutMeetings(q, state.kb.schedule);

  const ask = async (raw: string, context: AskContext = {}): Promise<Answer> => {
    let text = guardQuestion(raw, config.maxQuestionChars);
    const state = current;
    if (context.history?.length) text = await condense(text, context.history);
    const q = parseQuestion(text, state.kb.catalogue);
    if (q.social) return helpAnswer(state.kb.schedule, state.kb.symbols, state.kb.corpus.documents.length);
    if (q.foreign) return reply(FOREIGN_LANGUAGE_REPLY, 'language');
    if (q.aboutAssistant) return reply(ABOUT_ASSISTANT_REPLY, 'assistant');
    const boost = q.meetingBy === 'ordinal' ? 3 : q.meetingBy === 'none' ? 1 : 2;
    const hits = await search(state, q.question, { k: 8, meetingNumbers: q.meetingNumbers, meetingBoost: boost });
    const answer = choose(q, state, hits);
    return llm && answer.answered
      ? polish(answer, q.question, answer.intent.startsWith('search') ? '' : answer.answer, hits, context)
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
   * The one place where candidates are weighed. Structured facts win when they speak to what was asked; a
   * passage that holds an answer of the expected kind wins otherwise; when neither does, the bot says so and
   * lists the closest documents, rather than passing off a near miss as an answer. "Not recorded" is said only
   * where a record marks the fact as not recorded and no passage holds it either.
   */
  const choose = (q: Question, state: Loaded, hits: Hit[]): Answer => {
    const bm25 = state.kb.search.bm25;
    const corpusCoverage = bm25.coverage(q.question);
    const searchSources = hitSources(hits);
    const evidence = readEvidence(q, hits, state.kb.pages, state.kb.schedule, state.people);
    const usable = evidence !== undefined && evidenceAnswers(evidence);
    const confidence = confidenceFrom(evidence?.coverage ?? 0, corpusCoverage);
    const passage = (first: Answer['sources'] = []): Answer => ({
      answer: evidence?.text ?? '',
      answered: true,
      intent: 'search',
      sources: mergeSources(first, mergeSources(evidence?.sources ?? [], searchSources)),
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
    // A meeting the catalogue does not hold is decisive: no page about some other meeting answers for it.
    if (/^(document|schedule|aggregate|acronym)|^meeting\.unknown$/.test(direct.intent)) {
      return { ...direct, sources: mergeSources(direct.sources, direct.answered ? [] : searchSources) };
    }
    // A fact the record lacks may still be in a page: the passage answers, and only failing that the refusal stands.
    if (!direct.answered)
      return usable ? passage(direct.sources) : { ...direct, sources: mergeSources(direct.sources, searchSources) };
    const isFact = !direct.intent.endsWith('overview');
    // A question pinned to a day, a part of a day or an item number is answered exactly by the record.
    const pinned = q.dayIndex !== undefined || q.weekday !== undefined || q.dayPart !== undefined || q.agendaItem;
    if (isFact && pinned && !unknownTopic(q.question, direct.answer, bm25)) {
      return { ...direct, sources: mergeSources(direct.sources, []) };
    }
    const subject = withoutFactCues(q.question);
    const directCoverage = answerCoverage(subject, direct.answer, bm25);
    const passageCoverage = usable ? answerCoverage(subject, evidence.text, bm25) : 0;
    // A passage that names what the question names beats a record fact that does not.
    const passageBetter = usable && passageCoverage >= MIN_PASSAGE_OVER_FACT && passageCoverage > directCoverage;
    // A general overview gives way to a passage that speaks to the question's own subject at least as well.
    const overviewLoses =
      !isFact && usable && specificTerms(subject, bm25).length > 0 && passageCoverage >= directCoverage;
    if ((passageBetter && directCoverage < FACT_WEAK_BELOW) || overviewLoses) return passage(direct.sources);
    // A fact of the kind asked for stands even when worded differently; a general overview must speak to the topic.
    if (directCoverage >= (isFact ? MIN_FACT_COVERAGE : MIN_OVERVIEW_COVERAGE)) {
      return { ...direct, sources: mergeSources(direct.sources, []) };
    }
    return usable ? passage(direct.sources) : notFound(mergeSources(direct.sources, searchSources));
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
    const byRules = condenseByRules(question, history, current.kb.catalogue);
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

/** A reply that answers no question about the documents: said once, with no sources. */
function reply(answer: string, intent: string): Answer {
  return { answer, answered: false, intent, sources: [], confidence: 1 };
}
