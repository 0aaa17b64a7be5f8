import nlp from '../text/nlp.js';
import { OFFICE } from '../text/role-words.js';
import { AUXILIARY } from './expected-kind.js';

/**
 * "Who closed the meeting, and at what time?" asks two things. Each is answered as a question of its own, and the
 * second takes what it leaves unsaid from the first: "at what time" is asked of "closed the meeting", "when was
 * *it* closed" of the meeting the first part names. Read from English's own coordination of questions (a
 * coordinator, then a second question word), never from the words of any one question.
 */

const WH = '(?:who|whom|whose|what|which|when|where|why|how)';
const PREPOSITION = '(?:at|from|in|on|for|by|to|with|of|during|until|till|since|through|after|before|between)';
/** A comma, "and" or a sentence end, then a second question word (maybe after a preposition: "and from how many"). */
const SECOND_QUESTION = new RegExp(
  `(?:\\s*[,;]\\s*(?:and\\s+|but\\s+|also\\s+)?|\\s+(?:and|but|also)\\s+|[?]\\s+(?:and\\s+|also\\s+)?)(?=(?:${PREPOSITION}\\s+)?${WH}\\b)`,
  'gi',
);
const ASKS_SOMETHING = new RegExp(
  `\\b${WH}\\b|^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had)\\b`,
  'i',
);
/** The question word and what comes with it: "how many", "how much", "at what". */
const QUESTION_PHRASE = new RegExp(`^(?:${PREPOSITION}\\s+)?${WH}(?:\\s+(?:many|much|long|often|far|soon))?\\b`, 'i');
/** A part with an auxiliary or a copula has a predicate of its own ("how many *were* online"). */
const isAuxiliary = (word: string) => AUXILIARY.test(word.toLowerCase());
/** Words that stand for what the first part named: "when was *it* closed", "what did *he* do". */
const PRONOUN = /\b(?:it|they|them|he|she|him|her)\b/i;
/** A question word that takes a noun ("which building", "how many cities") and a bare one ("who", "when"). */
const TAKES_NOUN = /^(?:what|which|whose|how (?:many|much))$/i;
/** At most this many words after a noun-taking question word, with no auxiliary, ask with the first part's verb. */
const BARE_PHRASE_WORDS = 3;

export interface QuestionPart {
  /** The part as typed: "at what time". */
  asked: string;
  /** The part as a question of its own: "at what time closed the meeting?". */
  question: string;
}

/** The parts a question asks, in order; a question that asks one thing is its own only part. */
export function questionParts(question: string): QuestionPart[] {
  const segments = askingSegments(question.trim());
  const [first, ...later] = segments;
  if (first !== undefined && later.length === 0) return coordinatedRoles(first);
  if (first === undefined || later.length === 0) return segments.map((s) => ({ asked: s, question: s }));
  const completed = completeFirst(first, later[0] ?? '');
  // A first part that borrowed the second's predicate ("Which room and what hours were booked …") lends nothing back.
  const questions = completed !== first ? [completed, ...later] : [first, ...later.map((p) => completeLater(p, first))];
  return segments.map((asked, i) => ({ asked, question: questions[i] ?? asked }));
}

/** Two offices joined by "and" ("Chair and Vice-Chair", "the chair and the rapporteur"), each maybe "Vice-" or "Co-". */
const TWO_OFFICES = new RegExp(`\\b(${OFFICE})\\s+and\\s+(?:the\\s+)?(${OFFICE})\\b`, 'i');

/**
 * "Who was elected Chair and Vice-Chair?" asks for two people, one per office: each office is asked as a question of
 * its own ("Who was elected Chair?", "Who was elected Vice-Chair?"), so each gets the person it names.
 */
function coordinatedRoles(question: string): QuestionPart[] {
  const two = /^\s*(?:who|whom)\b/i.test(question) ? TWO_OFFICES.exec(question) : null;
  if (!two?.[1] || !two[2]) return [{ asked: question, question }];
  const asking = (office: string) => question.replace(two[0], office);
  return [
    { asked: two[1], question: asking(two[1]) },
    { asked: two[2], question: asking(two[2]) },
  ];
}

/** The question cut before every second question word that follows a part which itself asks. */
function askingSegments(text: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SECOND_QUESTION)) {
    const index = match.index ?? 0;
    const part = text.slice(start, index).trim();
    if (!ASKS_SOMETHING.test(part)) continue;
    segments.push(part);
    start = index + match[0].length;
  }
  const last = text.slice(start).trim();
  if (last) segments.push(last);
  return segments;
}

/** "Which room and what hours were booked …?": a first part with no predicate of its own shares the second's. */
function completeFirst(first: string, second: string): string {
  const words = first.split(/\s+/);
  if (words.length > BARE_PHRASE_WORDS || words.some((w) => isAuxiliary(w)) || nlp(first).has('#Verb')) {
    return first;
  }
  const phrase = QUESTION_PHRASE.exec(second)?.[0] ?? '';
  const rest = afterNounPhrase(second.slice(phrase.length).trim());
  return rest ? `${first} ${rest}` : first;
}

/** A later part, with what it leaves to the first put back. */
function completeLater(part: string, first: string): string {
  const phrase = QUESTION_PHRASE.exec(part)?.[0] ?? '';
  const after = withoutEnd(part.slice(phrase.length));
  const afterWords = after ? after.split(/\s+/) : [];
  const wh = phrase.replace(new RegExp(`^${PREPOSITION}\\s+`, 'i'), '').toLowerCase();
  // "and when exactly?": adverbs alone after the question word leave it as bare as "and when?".
  const onlyAdverbs = afterWords.length > 0 && nlp(after).not('#Adverb').text().trim() === '';
  const bare =
    !afterWords.some((w) => isAuxiliary(w)) &&
    (TAKES_NOUN.test(wh) ? afterWords.length <= BARE_PHRASE_WORDS : afterWords.length === 0 || onlyAdverbs);
  // A bare "and at what time?" is asked of the first part's predicate; a part with a verb of its own takes only
  // what the first one is about, the thing its question word asked for included ("how many *main items* …, and
  // what were they?").
  const carried = bare
    ? withoutQuestionPhrase(withoutEnd(first), true)
    : withoutVerbs(withoutQuestionPhrase(withoutEnd(first), false));
  if (!carried) return part;
  const body = withoutEnd(part);
  return PRONOUN.test(after) ? `${body.replace(PRONOUN, carried)}?` : `${body}, ${carried}?`;
}

/**
 * The first part without its question word, and without the noun that word takes when `noun` is set: "What time
 * did … run" gives "did … run".
 */
function withoutQuestionPhrase(text: string, noun: boolean): string {
  const found = new RegExp(`\\b${WH}(?:\\s+(?:many|much|long|often|far|soon))?\\b`, 'i').exec(text);
  if (!found) return text.replace(/^\S+\s*/, '');
  const before = text.slice(0, found.index);
  const rest = text.slice(found.index + found[0].length).trim();
  const words = rest.split(/\s+/);
  const aux = words.findIndex((w) => isAuxiliary(w));
  const tail =
    noun && TAKES_NOUN.test(found[0]) && aux > 0 && aux <= BARE_PHRASE_WORDS ? words.slice(aux).join(' ') : rest;
  return `${before}${tail}`.trim();
}

function withoutEnd(text: string): string {
  return text.replace(/[?.!\s]+$/, '').trim();
}

/** What follows a noun-taking question word's noun: "hours were booked for …" gives "were booked for …". */
function afterNounPhrase(text: string): string {
  const words = text.split(/\s+/);
  const aux = words.findIndex((w) => isAuxiliary(w));
  return aux >= 0 ? words.slice(aux).join(' ') : text;
}

function withoutVerbs(text: string): string {
  const doc = nlp(text);
  doc.remove('#Verb');
  return doc.text().replace(/\s+/g, ' ').trim();
}
