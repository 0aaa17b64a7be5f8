import { extractSymbols } from '../knowledge/doc-symbols.js';
import { clockRanges } from '../knowledge/drafting/clock-times.js';
import { attendanceCount } from '../knowledge/drafting/page-fields.js';
import { MONTHS, WEEKDAYS } from '../knowledge/ordinals.js';
import { statedDateTime } from '../knowledge/reading-units.js';
import type { AnswerKind } from '../question/expected-kind.js';
import { contentTokens } from '../retrieval/tokenize.js';
import nlp from '../text/nlp.js';
import { COUNTRY_OR_CITY, taggedAsPlace } from '../text/place-words.js';
import { HONORIFIC_WORDS, PEOPLE_IN_GENERAL, ROLE_WORDS } from '../text/role-words.js';

/**
 * Whether a text holds a span of the kind a question expects: a date for "when", a person for "who". Dates and
 * times come from chrono-node, people, places and organisations from compromise, combined with layout cues that
 * hold in any series: honorifics, "Name, Title, Organisation" lines and role words beside a name. Kinds with no
 * span of their own (a list, a reason, a description) are answered by what a passage says, so any text holds one.
 */

/** A capitalised word of a name, double-barrelled or with an inner capital too: "Lemaître-Sow", "MacLachlan". */
const CAPITALISED = "\\p{Lu}[\\p{Ll}'’]+(?:-?\\p{Lu}[\\p{Ll}'’]+|-[\\p{Ll}'’]+)*";
const NAME = `${CAPITALISED}(?:\\s+(?:de|van|von|da|del|la|le|di|bin|al)?\\s*${CAPITALISED}){1,3}`;
const HONORIFIC = new RegExp(`\\b(?:${HONORIFIC_WORDS})\\.?\\s+${CAPITALISED}`, 'u');
/** "Hania Zlotnik, Director, Population Division": a name, then a comma and a title or office. */
const NAME_THEN_TITLE = new RegExp(`(?:^|[·•:;(]\\s*|\\bby\\s+)${NAME},\\s*\\p{Lu}`, 'u');
/**
 * A role beside a name, either way round: "Chair: Ana Ruiz", "Ana Ruiz, the Chair", and "elected Ivo Lind of Sweden
 * as Chair", where the name's country or office comes between.
 */
const ROLE_BESIDE_NAME = new RegExp(
  `\\b${ROLE_WORDS}\\b[^.;]{0,40}?\\b(${NAME})|(${NAME})(?:\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})?,?\\s+(?:as\\s+)?(?:the\\s+)?${ROLE_WORDS}\\b`,
  'gu',
);
/** A role's label just before a name: "Rapporteur: ". */
const ROLE_LABEL_BEFORE = new RegExp(`\\b${ROLE_WORDS}:\\s*$`, 'u');
/** compromise's tags for words that make a capitalised run a body or a place ("General Assembly"), not a name. */
const NOT_A_NAME_TAG = new Set(['Organization', 'Place', 'Adjective', 'Plural', 'Uncountable']);
const NOT_A_LABELLED_NAME_TAG = new Set([...NOT_A_NAME_TAG].filter((tag) => tag !== 'Place'));

/**
 * "President of the General Assembly" puts a role beside an institution; only a role beside a name is a person.
 * A name takes no article ("the General Assembly" is a body), and no word of it is one compromise tags as a body,
 * a place or a common word, alone or in its sentence (where it sees "the Statistics Division" as an organisation).
 */
function roleBesideName(text: string): boolean {
  const matches = [...text.matchAll(ROLE_BESIDE_NAME)];
  if (!matches.length) return false;
  const inSentence = termTags(text);
  return matches.some((m) => {
    const name = m[1] ?? m[2] ?? '';
    const at = (m.index ?? 0) + m[0].indexOf(name);
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, at - 4), at))) return false;
    // "Rapporteur: Tavita Fonoti-Marsh": a role's label says the name after it is its holder's, so a word compromise
    // guesses is a place ("Marsh") may be part of it, as the drafting's people reader lets a listed name have one.
    const labelled = ROLE_LABEL_BEFORE.test(text.slice(0, at));
    const refused = labelled ? NOT_A_LABELLED_NAME_TAG : NOT_A_NAME_TAG;
    const alone = termTags(name);
    return name
      .split(/\s+/)
      .every((word) => ![...(inSentence.get(word) ?? []), ...(alone.get(word) ?? [])].some((t) => refused.has(t)));
  });
}

function termTags(text: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const sentence of nlp(text).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>) {
    for (const t of sentence.terms) if (!tags.has(t.text)) tags.set(t.text, t.tags);
  }
  return tags;
}
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i;
/** A year; one joined to a word by a hyphen ("the post-2015 agenda") names something, not a date. */
const YEAR = /(?<!\p{L}-)\b(?:1[89]|20)\d{2}\b/gu;
/** A month named in full and capitalised ("took place in February"): a date to the month, as a year is to the year. */
const capitalised = (word: string) => (word[0]?.toUpperCase() ?? '') + word.slice(1);
const MONTH_NAMES = MONTHS.map(capitalised);
const MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`);
/** A count is a number of things: "30 participants", "four objectives", not a year, a date or an item number. */
const COUNT =
  /\b(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|some|about|over|nearly|dozens?|hundreds?)\s+(?:[\p{L}-]+\s+){0,2}?(?![Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec)\p{Ll}[\p{Ll}-]+/u;
const ORGANISATION_WORD =
  /\b(?:Division|Department|Organi[sz]ation|Office|Commission|Committee|Programme|Program|Fund|Bank|Agency|Institute|Secretariat|Council|Union|Centre|Center|Bureau|Ministry|University|Foundation|Association|Network|Group|Forum|Government of)\b/;
/** "in Geneva", "at Palacete …": a capitalised name after "in" or "at" is a place, unless it is a month or a weekday. */
const ROOM_OR_BUILDING = new RegExp(
  `\\b(?:Room|Hall|Building|Headquarters|Centre|Center|Palais|House|Hotel|Campus|Auditorium|Chamber)\\b|\\b(?:in|at)\\s+(?!(?:${[...MONTH_NAMES, ...WEEKDAYS.map(capitalised)].join('|')})\\b)\\p{Lu}\\p{Ll}+`,
  'u',
);
/** Where people went: the name after a verb of visiting ("visited the Ülenurme meadows", "Field visit: the trees of Avenida da Boavista"). */
const VISITED =
  /\b(?:visit(?:ed|s|ing)?|toured|went|travel(?:l)?ed|trip|excursion)[:\s]+(?:to\s+)?(?:the\s+)?(?:[\p{Ll}-]+\s+){0,4}?(?:(?:of|in|at)\s+)?\p{Lu}\p{L}+/u;
const ADDRESS = /[\w.+-]+@[\w-]+\.[\w.-]+|\bhttps?:\/\/\S+|\bwww\.\S+/;
const DOCUMENT_WORD =
  /\b(?:reports?|resolutions?|decisions?|notes?|papers?|declarations?|agendas?|documents?|guidelines|manuals?|handbooks?)\b/i;
const QUOTED_TITLE = /["“][^"”]{8,}["”]/;

/** Names the corpus's own records already hold ("Hania Zlotnik"), which no general cue may catch. */
export interface KnownNames {
  has(text: string): boolean;
  /** The people the corpus's records hold whom a question names, by full name or family name alone. */
  namedIn?(question: string): string[];
}

/** Words that state a quantity, as digits or in words. */
/** A number in digits or in English words ("twenty-six", "seventy four", "hundreds"). */
const UNIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const QUANTITY = new RegExp(
  `^(?:\\d[\\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-${UNIT_WORD})?|${UNIT_WORD}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|hundreds?|thousands?|dozens?|several)$`,
);
/** How far after the number the counted thing may stand: "120 participants", "about 30 registered participants". */
const COUNT_REACH = 3;

/** Words that count people in general: "how many people came" is answered by however the page counts attendance. */
const PEOPLE = new Set(contentTokens(PEOPLE_IN_GENERAL));

/** "How many countries…" counts something other than the people who came, which an attendance figure is not. */
export function countsPeople(counted: string): boolean {
  return PEOPLE.has(counted);
}

/** "How many papers?" is answered by a number of papers: "four pages" states a number, but not the one asked for. */
function countsThing(text: string, counted: string): boolean {
  if (countsPeople(counted) && attendanceCount(text)) return true;
  const words = text.toLowerCase().match(/[\p{L}\d][\p{L}\d,.-]*/gu) ?? [];
  // "3 and 4 October 2013, participants will …": a day of a date counts nothing, so no month may stand between a
  // count and what it counts ("about 30 registered participants").
  const month = (word: string | undefined) => MONTH_WORD.test((word ?? '').replace(/[.,]$/, ''));
  const between = (word: string) => !month(word);
  return words.some((w, i) => {
    // "October 2013, participants …": the year of a date counts nothing either.
    if (!QUANTITY.test(w.replace(/[.,]$/, '')) || month(words[i - 1])) return false;
    const after = words.slice(i + 1, i + 1 + COUNT_REACH);
    const at = after.findIndex((next) => contentTokens(next).includes(counted));
    return at >= 0 && after.slice(0, at).every(between);
  });
}

const MONTH_WORD = new RegExp(`^(?:${MONTH_NAMES.map((m) => m.toLowerCase()).join('|')})$`);

interface Tagged {
  person: boolean;
  place: boolean;
  organisation: boolean;
}

/** One compromise parse per text answers all three questions: parsing, not matching, is what costs. */
const taggedMemo = new Map<string, Tagged>();

function tagged(text: string): Tagged {
  const hit = taggedMemo.get(text);
  if (hit) return hit;
  const doc = nlp(text);
  const organisations = doc.organizations().out('array') as string[];
  const found = {
    person: doc.people().length > 0,
    place: doc.places().length > 0 || organisations.some(namesCountryOrCity),
    organisation: organisations.length > 0,
  };
  if (taggedMemo.size >= MEMO_LIMIT) taggedMemo.clear();
  taggedMemo.set(text, found);
  return found;
}

/** "Hosted by the Government of Belgium": a country or a city is a place, inside an organisation's name too. */
function namesCountryOrCity(organisation: string): boolean {
  return organisation.split(/\s+/).some((word) => /^\p{Lu}/u.test(word) && taggedAsPlace(word, COUNTRY_OR_CITY));
}

/** Tagging is the slow part of reading; a unit's text is tagged once per kind, however many questions read it. */
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 200_000;

/**
 * What the question already states, which no span repeating it answers: for "when was the special session on ICPD
 * beyond 2014?", the "2014" of the session's name is no date of it, while "22 September 2014" is.
 */
export interface Given {
  years: ReadonlySet<string>;
}

/** The years a question states. */
export function givenBy(question: string): Given {
  return { years: new Set(question.match(YEAR) ?? []) };
}

export function holdsSpan(
  kind: AnswerKind,
  text: string,
  known?: KnownNames,
  counted?: string,
  given?: Given,
): boolean {
  const key = `${kind}\u0000${counted ?? ''}\u0000${[...(given?.years ?? [])].join()}\u0000${text}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const found = kind === 'number' && counted ? countsThing(text, counted) : findSpan(kind, text, known, given);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * "By 29 January 2027" or "in March 2027" dates a thing to the day or the month of a year; "in mid-December" or "in
 * 2019" answers "when" only roughly.
 */
export function datesFully(text: string): boolean {
  return statedDateTime(text).day;
}

function findSpan(kind: AnswerKind, text: string, known?: KnownNames, given?: Given): boolean {
  switch (kind) {
    case 'date': {
      const years = text.match(YEAR) ?? [];
      return statedDateTime(text).day || years.some((y) => !given?.years.has(y)) || MONTH.test(text);
    }
    case 'time':
      return CLOCK.test(text) || statedDateTime(text).time;
    case 'zone':
      return TIME_ZONE.test(text);
    case 'person':
      return (
        HONORIFIC.test(text) ||
        NAME_THEN_TITLE.test(text) ||
        roleBesideName(text) ||
        Boolean(known?.has(text)) ||
        tagged(text).person
      );
    case 'organisation':
      return ORGANISATION_WORD.test(text) || tagged(text).organisation;
    case 'place':
      // "Where do I send it?" is answered by an address as well as by a building or a city.
      return ROOM_OR_BUILDING.test(text) || ADDRESS.test(text) || VISITED.test(text) || tagged(text).place;
    case 'number':
      // A count ("30 participants") or a numeral that identifies something ("Note No. 5819", "963-3179").
      return COUNT.test(text) || /\bNo\.?\s*\d+|\b\d{3,}(?:[-.]\d{2,})+\b|\b\d{5,}\b/.test(text);
    case 'document':
      return (
        extractSymbols(text).length > 0 ||
        DOCUMENT_WORD.test(text) ||
        QUOTED_TITLE.test(text) ||
        /\b\d{3,}\b/.test(text)
      );
    default:
      return true;
  }
}

/**
 * A time zone as pages state one: an offset ("UTC+12", "GMT−3"), a zone's name ("Atlantic Daylight Time",
 * "Central European Time") or an IANA name ("Europe/Oslo").
 */
const TIME_ZONE =
  /\b(?:UTC|GMT)(?:\s?[+\-−–]\s?\d{1,2}(?::?\d{2})?)?\b|\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)* (?:(?:Standard|Daylight|Summer) Time\b|Time \(\p{Lu}{2,5}\b)|\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/\p{Lu}[\p{L}_]+/u;

/** English negators compromise does not tag as such: "no printed copies", "none of the basins". */
const NEGATOR = /\b(?:no|none|nobody|nothing|neither|nor|without)\b/i;

/** The text says that something is not so: "will not be broadcast", "no printed documents", "never published". */
export function statesNegation(text: string): boolean {
  return NEGATOR.test(text) || nlp(text).has('#Negative');
}

/** Words that give a cause or a purpose: general English, what answers "why". */
const CAUSE =
  /\b(?:because|due to|owing to|as a result of|on account of|in view of|given that|so that|in order to|the reason|caused by|prompted by|in response to)\b/i;

/** A cause given under its own label: "Why: the census moved its fieldwork", "Reasons: …". */
const CAUSE_LABEL = /^\s*(?:why|reasons?)\s*:/i;

export function statesCause(text: string): boolean {
  return CAUSE.test(text) || CAUSE_LABEL.test(text);
}

/** A heading that poses "why" for the section under it: "Why Melbourne, why now", "Reasons for the move". */
const CAUSE_HEADING = /^\s*(?:why|reasons?|rationale)\b/i;

export function headsCause(heading: string): boolean {
  return CAUSE_HEADING.test(heading);
}

/** A verb of ending before a time: "closed the seminar at 4.45 pm", "ends at 17:30", "until 6 p.m.". */
const ENDS_AT =
  /\b(?:until|till|ends?|ended|finish(?:es|ed)?|clos(?:es|ed)|conclud(?:es|ed)|adjourn(?:s|ed))\b[^.;]{0,40}?\d/i;

/**
 * "When does it end?" is answered by a time range or a time the text says something ends at; a lone start time
 * ("19:00 Welcome dinner") does not say when it ends.
 */
export function statesEnd(text: string): boolean {
  return clockRanges(text).some((r) => r.end !== undefined) || ENDS_AT.test(text);
}
