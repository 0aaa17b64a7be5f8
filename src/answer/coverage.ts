import { MONTHS } from '../knowledge/ordinals.js';
import type { Bm25Index } from '../retrieval/bm25.js';
import { acronyms, contentTokens, foldText } from '../retrieval/tokenize.js';

/**
 * How much of what a question is specifically about an answer actually speaks to. Question words, the words that
 * name a meeting, and the words that name the kind of fact asked for do not count: "which room was the 14th
 * meeting held in?" is about "room", and an answer that never mentions a room does not answer it.
 */
const NOT_SPECIFIC = new Set(
  contentTokens(
    [
      'what which who whom whose when where why how tell know give list describe explain please say said make get go happen happened',
      'meeting meetings coordination annual session sessions day days time date dates held hold take took place start started begin',
      'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth',
      'open opened opening close closed closing organize organized objective objectives purpose purposes aim aims goal goals focus',
      'agenda item items programme program speaker speakers spoke speak talk talked present presented presentation moderate moderated moderator',
      'document documents paper papers report reports outcome outcomes result results conclusion conclusions concluded participant participants attend attended',
      'mandate mandated venue location where city about discuss discussed mention mentioned cover covered one ones there was were did does',
      'office organization organisation body entity agency name kind kinds type person people role',
      'hour hours finish end keynote panel paper cited reference output feed contribute achieve follow agreed decide recommend',
      'came part legal basis convene convened host hosted room remark remarks attendee attendees',
      'made make come look looked bring together roughly besides someone supposed mainly main gave send reach keep run onward',
      'according page exact other else also still really actually just any some many much long use used meant intended',
      'one two three four week weekday morning afternoon monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday next last previous upcoming',
      MONTHS.join(' '),
      'jan feb mar apr jun jul aug sep sept oct nov dec',
    ].join(' '),
  ),
);

/** Words found in a large share of the corpus say nothing about which passage answers; "migration" in a migration corpus. */
const COMMON_SPREAD = 0.25;

/**
 * Past participles and gerunds ("planned", "published", "holding") mostly phrase the question rather than name
 * its subject, so they do not count; nouns and names do.
 */
function withoutVerbForms(question: string): string {
  return question.replace(/\b[A-Za-z]{3,}(?:ed|ing)\b/g, ' ');
}

export function specificTerms(question: string, bm25: Bm25Index): string[] {
  return [
    ...new Set(
      contentTokens(withoutVerbForms(question)).filter(
        (t) => !NOT_SPECIFIC.has(t) && !/^\d+(st|nd|rd|th)?$/.test(t) && bm25.spread(t) <= COMMON_SPREAD,
      ),
    ),
  ];
}

export function answerCoverage(question: string, answer: string, bm25: Bm25Index): number {
  const terms = specificTerms(question, bm25);
  if (terms.length === 0) return 1;
  const present = new Set([...contentTokens(answer), ...acronyms(answer)]);
  let total = 0;
  let covered = 0;
  for (const t of terms) {
    const w = bm25.idf(t);
    total += w;
    if (present.has(t)) covered += w;
  }
  return total ? covered / total : 1;
}

/** The question names something the corpus never mentions at all ("lunch menu"), so no record fact can answer it. */
export function unknownTopic(question: string, answer: string, bm25: Bm25Index): boolean {
  const present = new Set(contentTokens(answer));
  return specificTerms(question, bm25).some((t) => bm25.spread(t) === 0 && !present.has(t));
}

/** Sentences that state what the record lacks ("is not recorded", "cut off") are an honest non-answer, not an answer. */
const ABSENCE =
  /\b(not recorded|is not known|are not known|unknown|not (been )?recovered|not given|does not (say|give|name|record)|do not (say|give|name|record)|cut off|no record|(lists?|gives?|names?|records?) no|no \w+( \w+)? (is|are) (given|listed|recorded|named))\b/i;

export function statesAbsence(text: string): boolean {
  return ABSENCE.test(text);
}

const STRUCTURAL = new Set(
  (
    'item items session sessions agenda room conference meeting meetings coordination report reports international ' +
    'migration morning afternoon monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december the of and on for in new york united nations headquarters ' +
    'general assembly secretary secretary-general development dialogue high-level forum global continuation opening closing'
  ).split(' '),
);

/**
 * Whether a quote names someone: a run of capitalised words that is not agenda furniture ("Conference Room",
 * "Agenda Item") and not just repeated from the question. A "who" question answered without one is not answered.
 */
export function namesSomeone(answer: string, question: string): boolean {
  const asked = new Set(foldText(question).match(/[a-z-]+/g) ?? []);
  if (/\b(?:Mr|Ms|Mrs|Dr|Prof|Amb|H\.E)\.?\s+[A-Z][a-zà-ÿ'’-]+/.test(answer)) return true;
  for (const run of answer.match(/\b[A-Z][a-zà-ÿ'’-]+(?:\s+(?:de|van|von|da|del|la)?\s*[A-Z][a-zà-ÿ'’-]+){1,3}\b/g) ??
    []) {
    const words = foldText(run)
      .split(/\s+/)
      .filter((w) => !['de', 'van', 'von', 'da', 'del', 'la'].includes(w));
    if (words.some((w) => STRUCTURAL.has(w))) continue;
    if (words.every((w) => asked.has(w))) continue;
    return true;
  }
  return false;
}

const NUMBER_WORD =
  /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|dozen|dozens|several|some|about)$/;

/**
 * "How many papers…?" is answered only by a count of papers: a quote that gives "four pages" for a question about
 * papers states a number, but not the one asked for. True when the question asks for no count.
 */
export function givesCountAsked(question: string, answer: string): boolean {
  const asked =
    /\bhow many\s+((?:[a-z-]+\s+){0,2}?[a-z-]+?)(?=\s+(?:were|was|did|do|does|are|is|have|has|had|will|would|could|attended|took|came|in|at|of|for|on)\b|\W*$)/i.exec(
      question,
    );
  if (!asked) return true;
  const nouns = new Set(contentTokens(asked[1] ?? ''));
  const words = foldText(answer).match(/[a-z0-9][a-z0-9,.-]*/g) ?? [];
  return words.some((word, i) => {
    if (!NUMBER_WORD.test(word.replace(/[.,]$/, ''))) return false;
    return words.slice(i + 1, i + 4).some((next) => contentTokens(next).some((t) => nouns.has(t)));
  });
}

/**
 * "What were the results of the survey?" is not answered by a description of the survey: a question that asks
 * what came out of something needs an answer that speaks of an outcome. True when the question asks no such thing.
 */
export function givesResultsAsked(question: string, answer: string): boolean {
  if (!/^\s*what (were|was|are|is) the (results?|outcomes?|findings?) of\b/i.test(question)) return true;
  return /\b(results?|outcomes?|findings?|found|show(s|ed)?|conclu\w+|agreed|recommend\w*|led to)\b/i.test(answer);
}
