import nlp from '../text/nlp.js';
/**
 * The kind of answer a question expects, read from its question word and the noun it asks about, as question
 * answering systems have long done (the answer-type taxonomy of TREC-era QA). The reader looks for a span of this
 * kind; a passage that holds none does not answer, however many words it shares with the question.
 */
export type AnswerKind =
  | 'date'
  | 'time'
  | 'zone'
  | 'place'
  | 'person'
  | 'organisation'
  | 'document'
  | 'number'
  | 'list'
  | 'reason'
  | 'yesno'
  | 'description';

/** Head nouns that say what a "which X" or "what X" question wants. General English, grouped by kind. */
const HEAD_NOUNS: Array<[AnswerKind, RegExp]> = [
  ['time', /^(time|times|hour|hours)$/],
  // "What time zone": the last noun of the compound is the head.
  ['zone', /^(zone|zones|timezone|timezones)$/],
  ['date', /^(date|dates|day|days|year|years|month|months|weekday|period|deadline)$/],
  [
    'place',
    /^(place|places|venue|venues|city|cities|country|countries|location|locations|room|rooms|building|address)$/,
  ],
  [
    'person',
    /^(person|people|speaker|speakers|moderator|moderators|chair|chairs|chairperson|presenter|presenters|panellist|panellists|panelist|panelists|official|officials|director|ambassador|keynote|rapporteur)$/,
  ],
  [
    'organisation',
    /^(organization|organizations|organisation|organisations|agency|agencies|body|bodies|office|offices|division|department|entity|entities|institution|institutions|government|governments|host|hosts|organizer|organizers|organiser|organisers|commission|commissions|committee|committees|council|councils|ministry|ministries|authority|authorities|secretariat|bureau)$/,
  ],
  [
    'document',
    /^(document|documents|report|reports|paper|papers|resolution|resolutions|decision|decisions|symbol|symbols|reference|references|note|notes|publication|publications|headline|title|titles)$/,
  ],
  ['number', /^(number|count|total|amount|percentage|share)$/],
  [
    'list',
    /^(items|topics|objectives|goals|aims|themes|issues|sessions|points|subjects|outcomes|conclusions|recommendations|questions|activities|agenda|programme|program)$/,
  ],
  ['reason', /^(reason|reasons|purpose|purposes|objective|goal|aim|motive|rationale)$/],
];

const QUESTION_WORD =
  /^(who|whom|whose|when|where|why|how|what|which|is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might)\b/;
/** Verbs that ask for the start or the end of a session: with them, "when" asks for a time of day. */
const TIME_BOUNDARY =
  /^(start|starts|started|begin|begins|began|end|ends|ended|finish|finishes|finished|open|opens|close|closes)$/;
/** Words that ask for the start of a time range ("when does it kick off?"), and for its end ("when is it over?"). */
const ASKS_START = /\b(?:start|starts|started|begin|begins|began|open|opens|opened|kick(?:ed|s)? off)\b/i;
const ASKS_END = /\b(?:end|ends|ended|finish|finishes|finished|over|wrap(?:ped|s)? up)\b/i;

/**
 * Which ends of a time range a question that asks for a time or a day wants: "what time did the dinner end?" wants
 * the end, "what day did the forum start?" the first day.
 */
export function timeBoundaries(question: string, expects: AnswerKind): { start: boolean; end: boolean } {
  const timed = expects === 'time' || expects === 'date';
  return { start: timed && ASKS_START.test(question), end: timed && ASKS_END.test(question) };
}
const DO_OR_MODAL = /^(do|does|did|will|would|can|could|should|shall|may|might)$/;
/** Auxiliaries and copulas, in lower case. */
export const AUXILIARY = /^(is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might)$/;

/** The tags compromise gives each word in its place, so "update" after "an" is a noun. */
function tagsOf(words: string[]): string[][] {
  const terms: Array<{ tags: string[] }> = nlp(words.join(' ')).json()[0]?.terms ?? [];
  if (terms.length !== words.length) return words.map((w) => (AUXILIARY.test(w) ? ['Verb'] : []));
  return terms.map((t) => t.tags);
}

/**
 * "What were organizations *asked to report*?": a verb after the noun, then "to" and a verb with no object of its
 * own, leaves a gap that "what" fills, so the noun is the clause's subject and not what is asked for. "The
 * documents *used to prepare the report*" has its object, and the noun stays the head.
 */
export function fillsObjectGap(words: string[], tags: string[][], verb: number): boolean {
  if (words[verb + 1] !== 'to' || !tags[verb + 2]?.includes('Verb')) return false;
  const next = tags[verb + 3];
  return next === undefined || ['Preposition', 'Adverb', 'Particle'].some((tag) => next.includes(tag));
}

const PARTICIPLE = /(ed|ing)$/;

function headKind(words: string[]): AnswerKind | undefined {
  // "which room", "what time", "what were the 2002 meeting's dates": the head noun that names a kind, before the
  // question's verb ("what happened on the second day" asks for an event, not a day). A possessor is not the head:
  // "the Population Division's phone number" asks for a number.
  let found: AnswerKind | undefined;
  let seenNoun = false;
  const tags = tagsOf(words);
  for (const [i, word] of words.slice(0, 7).entries()) {
    // "Which commission did the keynote welcome?", "which item gave an update on the Commission?": the verb after
    // the head noun ends the phrase; what follows it ("keynote", "Commission") is not what is asked for.
    if (seenNoun && tags[i]?.includes('Verb')) return fillsObjectGap(words, tags, i) ? undefined : found;
    if (!tags[i]?.includes('Verb') && /^\p{L}/u.test(word) && !/^(the|a|an)$/.test(word)) seenNoun = true;
    if (/['’]s$/.test(word)) {
      found = undefined;
      continue;
    }
    const kind = HEAD_NOUNS.find(([, re]) => re.test(word))?.[0];
    if (kind) found = kind;
    // "what time, closed Porto?": a participle after the noun starts the clause, though the tagger may call it an
    // adjective.
    else if (found && PARTICIPLE.test(word)) return found;
    // "the Population Division focal point": a noun or adjective after it goes on with the compound, whose last
    // noun is its head, so the kind named first was a modifier.
    else if (found && (tags[i]?.includes('Noun') || tags[i]?.includes('Adjective'))) found = undefined;
    else if (found) return found;
    if (!AUXILIARY.test(word) && PARTICIPLE.test(word)) return found;
  }
  return found;
}

export function expectedKind(core: string): AnswerKind {
  // The tagger reads "near-miss" as two words; so does the split, to keep word and tag aligned.
  const lower = core
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  const words = lower.split(/\s+/).filter(Boolean);
  // A question may start with a phrase ("At the 3rd meeting, who …", "For the first meeting, what …").
  const at = words.findIndex((w) => QUESTION_WORD.test(w) && !AUXILIARY.test(w));
  const start = at >= 0 ? at : words.findIndex((w) => AUXILIARY.test(w));
  const first = start >= 0 ? (words[start] ?? '') : '';
  const rest = start >= 0 ? words.slice(start + 1) : words;
  switch (first) {
    case 'who':
    case 'whom':
    case 'whose':
      return headKind(rest) === 'organisation' ? 'organisation' : 'person';
    case 'when':
      return rest.some((w) => TIME_BOUNDARY.test(w)) && !rest.some((w) => /^(year|month|date)$/.test(w))
        ? 'time'
        : 'date';
    case 'where':
      return 'place';
    case 'why':
      return 'reason';
    case 'how':
      if (/^(many|much)$/.test(rest[0] ?? '')) return 'number';
      if (/^(long|often|soon|late|early)$/.test(rest[0] ?? '')) return rest[0] === 'long' ? 'number' : 'date';
      return 'description';
    case 'what':
    case 'which':
      // "What does the note say?" has no head noun: "does" puts the subject first and the asked thing in the verb.
      if (DO_OR_MODAL.test(rest[0] ?? '')) return 'description';
      return headKind(rest) ?? 'description';
    default:
      if (start >= 0 && AUXILIARY.test(first) && at < 0) return 'yesno';
      return headKind(words) ?? 'description';
  }
}

/** Kinds whose head nouns ("time", "dates", "city", "number") name the answer's shape and seldom occur beside it. */
const SHAPE_KINDS = new Set<AnswerKind>(['time', 'zone', 'date', 'place', 'number']);

/**
 * The kind a word names when it only names the shape of the answer ("what time", "which dates"): it tells what to
 * find, not where.
 * Role and document nouns ("keynote speaker", "report") do stand beside their answer, so they stay terms.
 */
export function shapeKindOf(word: string, expects?: AnswerKind): AnswerKind | undefined {
  const lower = word.toLowerCase();
  // In "when did it start?" the verb says which end of a time range is wanted, not where to find it.
  if (expects === 'time' && TIME_BOUNDARY.test(lower)) return 'time';
  return HEAD_NOUNS.find(([kind, re]) => SHAPE_KINDS.has(kind) && re.test(lower))?.[0];
}

/** Kinds with a span of their own to look for in a passage; lists, reasons, descriptions and yes/no have none. */
const SPAN_KINDS = new Set<AnswerKind>([
  'date',
  'time',
  'zone',
  'person',
  'organisation',
  'place',
  'number',
  'document',
]);

export function expectsSpan(kind: AnswerKind): boolean {
  return SPAN_KINDS.has(kind);
}

/** The kind a head noun asks for ("report" → a document, "conclusions" → a list), whatever its question word. */
export function headNounKind(word: string): AnswerKind | undefined {
  return HEAD_NOUNS.find(([, re]) => re.test(word.toLowerCase()))?.[0];
}
