import { escapeRegExp } from '../../text/escape-regexp.js';
import nlp from '../../text/nlp.js';
import { HONORIFIC_WORDS, OFFICE, ROLE_WORDS } from '../../text/role-words.js';
import { extractSymbols } from '../doc-symbols.js';
import { MONTHS, WEEKDAYS } from '../ordinals.js';

/**
 * People as meeting pages name them. compromise knows common first names ("Michael Doyle") but not every
 * name ("Hania Zlotnik"), so the layout decides as well: an honorific before the name ("Ms.", "H.E.
 * Ambassador"), or the "Name, Title, Organisation" line that programmes use under an item. A stretch of
 * capitalised words that compromise tags as an organisation, a place or a plural noun is not a person.
 */
export interface NamedPerson {
  name: string;
  role?: string;
  /** What the person speaks on, as a programme prints it after the name ("Name, Role: Topic", "Name — Topic"). */
  topic?: string;
  /** The label a programme puts before the person ("Moderator", "Chair", "Closing remarks"), lower-case. */
  label?: string;
}

const HONORIFIC = new RegExp(`^(?:(?:${HONORIFIC_WORDS})\\.?\\s+)+`, 'u');
/** "Ms. Ana Lima", or a bare "Ms" where a name's capture stopped at its full stop: a person addressed by title. */
export function opensWithHonorific(text: string): boolean {
  return HONORIFIC.test(`${text} `);
}

/** "Dr Nnamdi Eze" is Nnamdi Eze: the honorific is how a page addresses a person, not part of the name. */
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '').trim();
}

/** A family name printed in capitals, as programmes do to mark it: "HIRASAWA Yuko", "Dr Mirela DOBRESCU". */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;

/**
 * A name with its family name in ordinary case, in the order the page prints it: "HIRASAWA Yuko" is Hirasawa Yuko,
 * "Dr Mirela DOBRESCU" Mirela Dobrescu. A name printed in capitals throughout is left as printed.
 */
export function inOrdinaryCase(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.every((w) => CAPITALS.test(w))) return name;
  return words
    .map((w) =>
      CAPITALS.test(w) ? w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase()) : w,
    )
    .join(' ');
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;
/**
 * Particles of family names ("Fernández de la Vega", "van der Berg", "bin Said", "Ó Dálaigh"): lower case, or the
 * Irish ones, which are written with a capital and stand as words of their own.
 */
const PARTICLE =
  /^(?:de|del|della|der|den|da|das|do|dos|du|la|le|van|von|bin|binti|al|el|y|e|di|ter|zu|Ó|Ní|Uí|Mac|Nic)$/;
const NOT_A_PERSON_TAG = ['Organization', 'Place', 'Plural', 'Uncountable', 'Verb', 'Date', 'Value'];

const memo = new Map<string, boolean>();

/** "The Chair", "Executive Secretary": a speakers' cell may name the office, not the person who holds it. */
const OFFICE_ONLY = new RegExp(`^(?:the\\s+)?${OFFICE}$`, 'iu');

/**
 * Name-shaped: two to five capitalised words (particles between), none that compromise calls a thing. `listed`: the
 * page's layout already says a person stands here (a speakers' column, a role after the name), so a word compromise
 * knows as a place may be part of a family name ("Catalina Reyes Montenegro").
 */
function nameShaped(text: string, listed = false): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const capitals = words.filter((w) => NAME_WORD.test(w));
  if (capitals.length < 2 || words.length > 5) return false;
  if (!words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w))) return false;
  if (!NAME_WORD.test(words[0] ?? '') || !NAME_WORD.test(words[words.length - 1] ?? '')) return false;
  if (OFFICE_ONLY.test(text)) return false;
  const key = `${listed}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const terms = nlp(text).json()[0]?.terms ?? [];
  const refused = listed ? NOT_A_PERSON_TAG.filter((tag) => tag !== 'Place') : NOT_A_PERSON_TAG;
  const ok = !terms.some((t: { tags: string[] }) => t.tags.some((tag) => refused.includes(tag)));
  memo.set(key, ok);
  return ok;
}

function knownByCompromise(text: string): boolean {
  return nlp(text).people().out('array').join(' ').trim() === text.trim();
}

/**
 * "Dr. Siriporn Wattanakul, Director, Bureau of Hydrological Statistics": one person with their role. `listed`:
 * the layout already says the segment names people (a table's "Who" column), so a bare name is one.
 */
function personOfSegment(segment: string, label?: string, listed = false): NamedPerson | undefined {
  // "Dr Nnamdi Eze (Lakeshore Urban Hydrology Lab, Toronto)": the bracket after a name holds where they are from.
  const bracketed = /^([^(),]+?)\s*\(([^()]+)\)\s*[.;]?$/u.exec(segment.trim());
  if (bracketed) {
    const person = personOfSegment(`${bracketed[1]}, ${bracketed[2]}`, label, listed);
    if (person) return person;
  }
  const parts = segment
    .split(/,\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const first = parts[0] ?? '';
  const honorific = HONORIFIC.exec(first);
  const name = first
    .replace(HONORIFIC, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  if (!name || !nameShaped(name, listed && parts.length >= 2)) return undefined;
  // Without an honorific, the programme's layout must say it is a person: a role after the name, or a label.
  if (!honorific && parts.length < 2 && !label && !listed && !knownByCompromise(name)) return undefined;
  const role = parts.slice(1).join(', ').replace(/[.;]$/, '').trim();
  return { name, ...(role ? { role } : {}), ...(label ? { label } : {}) };
}

/**
 * The people a programme line names: "Moderator: Ms. Zsófia Varga, Central European Aquifer Observatory", or
 * several separated by semicolons. Text that names no one gives nothing. `listed`: the line stands where the
 * page lists people, as in a "Who" or "Speakers" column.
 */
export function peopleOfLine(line: string, listed = false): NamedPerson[] {
  const people: NamedPerson[] = [];
  for (const raw of line.split(/\s*;\s*/)) {
    const labelled = /^([\p{L}][\p{L} /-]{1,30}):\s+(.+)$/u.exec(raw.trim()) ?? roleBeforeNames(raw.trim());
    const label = labelled?.[1]?.toLowerCase();
    const named = labelled
      ? (namesOnly(labelled[2] ?? '') ?? afterAffiliations(labelled[2] ?? '')).flatMap(
          (p) => speakerOnTopic(p, label, listed) ?? [],
        )
      : [];
    if (named.length) people.push(...named);
    else {
      const person = speakerOnTopic(raw.trim(), undefined, listed);
      if (person) people.push(person);
    }
  }
  return people;
}

/** The words a programme puts before the people it names, as a label with no colon: "moderator", "panel". */
const ROLE_LABEL = new RegExp(
  `^(?:${OFFICE}|panel|panell?ists?|speakers?|presenters?|discussants?|respondents?)$`,
  'i',
);

/**
 * "moderator Kwon Ji-yeon", "panel A, B, C": a role word in lower case before capitalised names labels them as a
 * colon would. Only a lower-case word does: "Chair Brendan" or "Panel Discussion" open a name or a title.
 */
function roleBeforeNames(segment: string): [string, string, string] | undefined {
  const m = /^(\p{Ll}[\p{Ll}-]*)\s+(\p{Lu}.*)$/u.exec(segment);
  return m?.[1] && m[2] && ROLE_LABEL.test(m[1]) ? [segment, m[1], m[2]] : undefined;
}

/**
 * "panel Kwon Ji-yeon, Aroha Tane-Whitlock and Lerato Pillay-Grant": after a label, three names or more and nothing
 * else, set apart by commas or "and", are one person each. A part that is no name ("Head of Section") makes it a name
 * with its role.
 */
function namesOnly(text: string): string[] | undefined {
  const clean = text.replace(/[.;]$/, '');
  const parts = clean.split(/\s*,\s+|\s+and\s+/).map((p) => p.trim());
  // "Pavel Dvořák, Brno City Greenery Office": two parts apart by a comma are as often a name and its body.
  const list = parts.length > 2 || /\sand\s/.test(clean);
  return list && parts.every((p) => nameShaped(p.replace(HONORIFIC, '').trim())) ? parts : undefined;
}

/**
 * "Panellists: Dr A (OVS), Capt. B (Lisbon liaison office), NAKAMURA Keiko": after a bracketed affiliation, a comma
 * and a name that opens with a title or stands as a name start the next person.
 */
function afterAffiliations(text: string): string[] {
  const parts = text.split(/(?<=\))\s*,\s+/);
  return parts.reduce<string[]>((out, part, i) => {
    const name = part.split(/\s*[,(]/)[0]?.trim() ?? '';
    if (i > 0 && (HONORIFIC.test(part) || nameShaped(name, true))) out.push(part);
    else if (out.length) out[out.length - 1] = `${out.at(-1)}, ${part}`;
    else out.push(part);
    return out;
  }, []);
}

/** A colon or a spaced dash after a speaker ("Ms. X, UN Women: Priorities for 2016") introduces the talk. */
const TOPIC_JOINT = /:\s+|\s+[–—]\s+/u;

/**
 * Words of a talk's title are mostly lower case; a role or an office is written in capitals ("Director, … Office"):
 * more than this share of its words.
 */
const CAPITALISED_SHARE = 0.5;

function capitalisedShare(text: string): number {
  // Short words are mostly small ones ("of", "the"); a body's initials ("IOM", "HSO") count whatever their length.
  const words = text.match(/\p{L}{4,}|(?<!\p{L})\p{Lu}{2,3}(?!\p{L})/gu) ?? [];
  return words.length ? words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length : 0;
}

/**
 * A speaker with what they speak on, if the line has a topic after the speaker; else the line as one person.
 * "Name — Director, Montréal Urban Forest Office": a spaced dash after a name sets off the person's role, written in
 * capitals, or their talk, written as a sentence; the dash itself says the words before it name someone.
 */
function speakerOnTopic(segment: string, label?: string, listed = false): NamedPerson | undefined {
  const joint = TOPIC_JOINT.exec(segment);
  const before = joint ? segment.slice(0, joint.index) : '';
  const dashed = joint !== null && !joint[0].includes(':') && !before.includes(',');
  const speaker = joint && personOfSegment(before, label, listed || dashed);
  if (!joint || !speaker) return personOfSegment(segment, label, listed);
  const after = segment.slice(joint.index + joint[0].length).trim();
  if (dashed && capitalisedShare(after) > CAPITALISED_SHARE) return { ...speaker, role: after.replace(/[.;]$/, '') };
  const topic = segment
    .slice(joint.index + joint[0].length)
    // A trailing "[Video]" or "[PDF]" is a link the page hangs on the line, not part of the talk's title.
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .replace(/^["“]|["”]$/g, '')
    .trim();
  return topic ? { ...speaker, topic } : speaker;
}

const HONORIFIC_NAME = new RegExp(
  `(?<![\\p{L}])(?:${HONORIFIC.source.slice(1)})((?:\\p{Lu}[\\p{L}'’-]*\\.?|${PARTICLE.source.slice(4, -2)})(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|${PARTICLE.source.slice(4, -2)})){0,4})`,
  'gu',
);

export interface PersonMention extends NamedPerson {
  index: number;
  /** Where the mention, with its role, ends in the text. */
  endIndex: number;
}

/**
 * A role that the end of an enclosing bracket cut off keeps its own bracket: "(Ms. A, Vice-Chair (DINAF))" gives
 * "Vice-Chair (DINAF)", not "Vice-Chair (DINAF".
 */
function closedBrackets(role: string): string {
  return role.split('(').length > role.split(')').length ? `${role})` : role;
}

/** The role a sentence gives after a name: "Ms. X, Chief of the Water Accounts Unit, who …" → "Chief of …". */
function appositive(after: string): string | undefined {
  const m =
    /^,\s+(.+?)(?=,?\s+(?:who|which|said|opened|closed|delivered|welcomed|will|was|is)\b|[.;)](?:\s|$)|$)/u.exec(after);
  const role = m?.[1]?.trim();
  if (!role || /^(?:who|which)\b/.test(role)) return undefined;
  return role.split(/\s+/).length <= 14 && !/[.!?]$/.test(role) ? closedBrackets(role) : undefined;
}

/** A capitalised word right before or after a span, with no punctuation between: the span is part of a longer name. */
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;
/** Words that stand capitalised before a name without being part of it: "On Monday John Smith", "Director Jane Roe". */
const BESIDE_A_NAME = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS].join('|')}|${OFFICE}|keynote|speaker|welcome)$`, 'i');
const CAPITAL_AFTER = /^\s+\p{Lu}/u;

/** People named in running text: after an honorific, or as compromise finds them; with the role that follows. */
export function peopleInText(text: string): PersonMention[] {
  const found: PersonMention[] = [];
  // `titled`: an honorific stands before the name, so a word compromise takes for a place ("Marsh") may be part of it.
  const add = (name: string, index: number, end: number, titled = false) => {
    const clean = name.trim().replace(/\s+(?:de|del|da|van|von)$/, '');
    if (!nameShaped(clean, titled) || found.some((f) => f.index <= index && index < f.endIndex)) return;
    const role = appositive(text.slice(end));
    found.push({ name: clean, index, endIndex: end, ...(role ? { role } : {}) });
  };
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const index = m.index ?? 0;
    add(m[1] ?? '', index, index + m[0].length, true);
  }
  for (const p of nlp(text).people().json({ offset: true }) as Array<{ text: string; offset: { start: number } }>) {
    const name = p.text.replace(/[,.;:]+$/, '');
    const start = p.offset.start;
    // "the Port Phillip Tram Authority", "Tren Ligero de Occidente": a run of capitals that goes on past the words
    // compromise took for a name is the name of a body.
    const before = CAPITAL_BEFORE.exec(text.slice(0, start))?.[1];
    if ((before && !BESIDE_A_NAME.test(before)) || CAPITAL_AFTER.test(text.slice(start + name.length))) continue;
    add(name, start, start + name.length);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * What may stand between a sentence's subject and its verb: where the person is from ("of the Agency"), a role set
 * off by commas, an auxiliary ("will", "is to").
 */
const BEFORE_VERB =
  /^(?:\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[^,.;]{0,60}?))?(?:,\s+([^;]{1,120}?),)?\s+(?:(?:will|would|shall|is\s+to|are\s+to|was\s+to)\s*)?$/u;
/** Where a clause's subject may begin: the text's start or the end of a sentence or clause before it. */
const CLAUSE_START = /(?:^|[.;:]\s+)$/u;
/** "The Director", "Our Chief Economist": a subject an article or an office opens names a role, not a person. */
const NOT_A_NAME = new RegExp(
  `^(?:(?:The|This|That|These|Those|An?|Our|Its|Each|Every)\\s|.*\\b${ROLE_WORDS}\\b)`,
  'u',
);

/**
 * "Guðrún Hallgrímsdóttir, Director-General of …, opened the Forum", "Liisa Kõiv of the Agency will make opening
 * remarks": a clause whose subject is a name with where the person is from or their role names a person by that
 * layout, even one compromise does not know. `clause` is the text up to the verb.
 */
export function subjectWithRole(clause: string): PersonMention | undefined {
  for (const m of [...clause.matchAll(NAME_RUN)].reverse()) {
    const index = m.index ?? 0;
    if (!CLAUSE_START.test(clause.slice(0, index).replace(HONORIFIC_BEFORE, ''))) continue;
    const rest = BEFORE_VERB.exec(clause.slice(index + m[0].length));
    const role = [rest?.[1], rest?.[2]].filter(Boolean).join(', ').trim();
    const name = m[0].replace(HONORIFIC, '').trim();
    if (!role || role.split(/\s+/).length > 14 || NOT_A_NAME.test(name) || !nameShaped(name)) continue;
    return { name, role: closedBrackets(role), index, endIndex: clause.length };
  }
  return undefined;
}

const PARTICLES = `(?:(?:${PARTICLE.source.slice(4, -2)})\\s+)*`;
/** "M.", "J.-B.", "A. K.": the initials a programme gives instead of a first name, before the family name. */
const INITIALS = String.raw`\p{Lu}\.(?:-?\p{Lu}\.)*(?:\s+\p{Lu}\.)*\s+`;
/**
 * A run of two to five capitalised words, family-name particles between, or initials before one to four: where a
 * name may stand ("Eamon Ó Dálaigh", "E. Ó Dálaigh", "J.-B. Ouédraogo").
 */
const NAME_RUN = new RegExp(
  `(?<![\\p{L}'’.-])(?:${INITIALS}${PARTICLES}\\p{Lu}[\\p{L}'’-]+(?:\\s+${PARTICLES}\\p{Lu}[\\p{L}'’-]+){0,3}|\\p{Lu}[\\p{L}'’-]+(?:\\s+${PARTICLES}\\p{Lu}[\\p{L}'’-]+){1,4})`,
  'gu',
);
/** An honorific just before a name ("by Dr"), which the name's own run leaves out. */
const HONORIFIC_BEFORE = new RegExp(`(?:${HONORIFIC.source.slice(1, -1)})$`, 'u');
/** What introduces a person in a programme entry written as a phrase: "moderated by", "with", a label's colon. */
const INTRODUCED = /(?:\b(\p{L}+ed)\s+by|\bby|\bwith|:|\s[–—-])\s*$/iu;
/**
 * "Report of the Registrar — M. Van Hoeydonck": a spaced dash sets off the entry's speaker at its end, as a
 * programme prints who presents an item. Titles are set off so too ("Opening — Welcome"), so the words after the dash
 * must end the entry and read as a name by initials, an honorific or compromise's lexicon.
 */
const ENDS_ENTRY = /^\s*(?:\([^()]*\))?\s*[.;]?\s*$/u;
const INITIALLED = new RegExp(`^${INITIALS}`, 'u');
/**
 * "— Priya Natarajan-Holt, Chief Executive, PPTA", "— Declan Moody, PPTA (WP.4)": a role after the name that holds an
 * office or a body's initials, ending the entry, shows the words set off by the dash name a person.
 */
const ROLE_ENDING_ENTRY = new RegExp(
  `^,\\s+(?=[^;]*(?:\\b${OFFICE}\\b|\\b\\p{Lu}{2,}\\b))[^;()]+(?:\\([^()]*\\))?\\s*[.;]?\\s*$`,
  'u',
);
/** "PPTA (FTLO/M7/WP.4)" → "PPTA": a role without the symbol of the paper presented, in brackets or alone. */
function withoutCitedPaper(role: string): string {
  const isSymbol = (text: string) => extractSymbols(text).some((m) => m.symbol === text.trim());
  if (isSymbol(role)) return '';
  const bracket = /\s*\(([^()]+)\)\s*$/u.exec(role);
  return bracket?.[1] && isSymbol(bracket[1]) ? role.slice(0, bracket.index) : role;
}
/** "MORIKAWA Kenji": a family name in capitals beside a given name, as programmes print names. */
const CAPITALS_FAMILY_NAME = /^(?=.*\b\p{Lu}{3,}\b)(?=.*\b\p{Lu}\p{Ll})/u;
/** "… and Y": a second person joined to one just named. */
const JOINED = /(?:,\s*|\s)and\s*$/iu;
/** Where a person's role, set off by a comma after the name, ends: before the next person joined by "and". */
const ROLE_END = /,?\s+and\s+(?=\p{Lu})|;|\)|$/u;

/**
 * People named inside a programme entry written as a phrase: "Cultural heritage losses, moderated by A B, with C D
 * (Office) and E F (Agency)", "Opening remarks: A B, President of …, and C D, Head of …", "presentation by A B".
 * A name-shaped run counts where the entry's wording introduces it ("by", "with", a label's colon) or joins it by
 * "and" to a person just named; the verb before "by" is the person's label ("moderated"), so a moderator is told
 * from a speaker. A bracket or a capitalised phrase after a comma is the role; "followed by discussion" is not.
 */
export function peopleOfEntry(text: string): NamedPerson[] {
  const people: NamedPerson[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(NAME_RUN)) {
    const start = m.index ?? 0;
    const name = m[0].replace(HONORIFIC, '').trim();
    const before = text.slice(0, start).replace(HONORIFIC_BEFORE, '');
    const introduced = INTRODUCED.exec(before);
    const joined = lastEnd >= 0 && JOINED.test(text.slice(lastEnd, start)) && !/[.;]/.test(text.slice(lastEnd, start));
    if ((!introduced && !joined) || !nameShaped(name)) continue;
    const after = text.slice(start + m[0].length);
    if (introduced && /[–—-]\s*$/.test(introduced[0])) {
      const addressed = HONORIFIC_BEFORE.test(text.slice(0, start).trimEnd());
      const named = INITIALLED.test(m[0]) || addressed || CAPITALS_FAMILY_NAME.test(name) || knownByCompromise(name);
      if (!(ENDS_ENTRY.test(after) && named) && !ROLE_ENDING_ENTRY.test(after)) continue;
    }
    const bracket = /^\s*\(([^()]+)\)/u.exec(after);
    const comma = bracket ? undefined : /^,\s+/u.exec(after);
    const cut = comma ? after.slice(comma[0].length).split(ROLE_END)[0]?.trim() : undefined;
    // "(FTLO/M7/WP.6)" after a name cites the paper presented, which is no role.
    const roleText =
      withoutCitedPaper(cut ? closedBrackets(cut) : (bracket?.[1]?.trim() ?? ''))
        .replace(/[.,;:]+$/, '')
        .trim() || undefined;
    // A role opens with a capital ("President of …"); "with C D" after the comma introduces the next person.
    const role =
      roleText && (bracket || (/^\p{Lu}/u.test(roleText) && capitalisedShare(roleText) > CAPITALISED_SHARE))
        ? roleText
        : undefined;
    // After a label's colon a topic may stand as well ("Panel: International Migration"): a name there shows it is
    // one by a role or an office after it.
    if (introduced?.[0].trim() === ':' && !role && !bracket && !knownByCompromise(name)) continue;
    const label = introduced ? introduced[1]?.toLowerCase() : people.at(-1)?.label;
    people.push({ name, ...(role ? { role } : {}), ...(label ? { label } : {}) });
    lastEnd =
      start + m[0].length + (bracket ? bracket[0].length : comma && roleText ? comma[0].length + roleText.length : 0);
  }
  return people;
}

const OFFICE_OPENING = new RegExp(`^\\s*(?:the\\s+)?(${OFFICE}),?\\s+`, 'iu');
const NAME_RUN_OPENING = new RegExp(`^(?:${NAME_RUN.source})`, 'u');

/**
 * "the President, SZABÓ Réka": a person named after the office they hold, set off by a comma, at the text's start.
 * `text` is what follows a cue such as "opened by".
 */
export function personAfterOffice(text: string): PersonMention | undefined {
  const office = OFFICE_OPENING.exec(text);
  if (!office) return undefined;
  const rest = text.slice(office[0].length).replace(HONORIFIC, '');
  const run = NAME_RUN_OPENING.exec(rest);
  const name = run?.[0].trim() ?? '';
  if (!nameShaped(name)) return undefined;
  const index = text.length - rest.length;
  return { name, role: office[1] ?? '', index, endIndex: index + name.length };
}

/**
 * The person a page says holds a role: "elected A B of Ruritania as Chair", "A B, the Chair, …". Read when a
 * sentence names the role alone ("The Chair closed the meeting"), to say who that was.
 */
export function personHolding(text: string, role: string): PersonMention | undefined {
  const escaped = escapeRegExp(role);
  const holding = new RegExp(
    `(${NAME_RUN.source})(?:\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[^,.;]{0,40}?)?(?:,?\\s+as\\s+(?:the\\s+)?|,\\s+(?:the\\s+)?)${escaped}\\b`,
    'gu',
  );
  for (const m of text.matchAll(holding)) {
    const name = (m[1] ?? '').replace(HONORIFIC, '').trim();
    const index = m.index ?? 0;
    if (nameShaped(name)) return { name, role, index, endIndex: index + m[0].length };
  }
  return undefined;
}
