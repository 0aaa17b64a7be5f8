import { MONTHS } from '../knowledge/ordinals.js';
import type { Bm25Index } from '../retrieval/bm25.js';
import { acronyms, contentTokens, initialisms } from '../retrieval/tokenize.js';

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

/**
 * `kept` is the question model's own terms: a word it judged to only modify the question ("the *daily* hours") is
 * not something an answer must repeat.
 */
export function specificTerms(
  question: string,
  bm25: Bm25Index,
  kept?: ReadonlySet<string>,
  verbs: 'without verbs' | 'with verbs' = 'without verbs',
): string[] {
  return [
    ...new Set(
      contentTokens(verbs === 'with verbs' ? question : withoutVerbForms(question)).filter(
        (t) =>
          !NOT_SPECIFIC.has(t) &&
          !/^\d+(st|nd|rd|th)?$/.test(t) &&
          bm25.spread(t) <= COMMON_SPREAD &&
          (!kept || kept.has(t)),
      ),
    ),
  ];
}

const MIN_INITIALISM = 3;

export function answerCoverage(
  question: string,
  answer: string,
  bm25: Bm25Index,
  kept?: ReadonlySet<string>,
  verbs: 'without verbs' | 'with verbs' = 'without verbs',
): number {
  const terms = specificTerms(question, bm25, kept, verbs);
  if (terms.length === 0) return 1;
  // "GFMD" is covered by an answer that spells it out, capitalised or not; a short initialism could be anything.
  const spelledOut = [...initialisms(answer)].filter((a) => a.length >= MIN_INITIALISM);
  const present = new Set([...contentTokens(answer), ...acronyms(answer), ...spelledOut]);
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
export function unknownTopic(question: string, answer: string, bm25: Bm25Index, kept?: ReadonlySet<string>): boolean {
  const present = new Set(contentTokens(answer));
  return specificTerms(question, bm25, kept).some((t) => bm25.spread(t) === 0 && !present.has(t));
}

/**
 * Sentences that state what the record lacks ("is not recorded", "cut off", "the page breaks off", "the recovered agenda
 * stops here", "in preparation", "to be confirmed") are an honest non-answer, not an answer.
 */
const ABSENCE =
  /\b(in preparation|not yet (?:available|issued|published|known)|to be (?:confirmed|announced|determined)|not recorded|is not known|are not known|unknown|not (been )?(recovered|found|recorded|listed)|not given|does not (say|give|name|record|list)|do not (say|give|name|record|list)|cut off|breaks? off|stops here|no record|(lists?|gives?|names?|records?) no|no \w+( \w+)? (is|are) (given|listed|recorded|named)|no [\w\s,-]{1,60}? (has|have) been (recovered|found|recorded|published|listed))\b/i;

export function statesAbsence(text: string): boolean {
  return ABSENCE.test(text);
}
