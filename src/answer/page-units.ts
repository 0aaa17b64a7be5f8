import type { KnowledgeDocument } from '../knowledge/document.js';
import { withoutMailMachinery } from '../knowledge/mail-header.js';
import { isDayHeading, type ReadingUnit, readingUnits, statedDateTime } from '../knowledge/reading-units.js';
import { acronyms, contentTokens } from '../retrieval/tokenize.js';
import nlp from '../text/nlp.js';
import { OFFICE } from '../text/role-words.js';

/**
 * The pages as the evidence reader reads them: each page's reading units with their terms tokenised once at load,
 * and the ways to walk a page's layout (its day headings, the units a heading opens).
 */

/** A unit with its search terms, tokenised once at load rather than on every question. */
export interface ReadableUnit extends ReadingUnit {
  own: Set<string>;
  around: Set<string>;
  /** The day heading the unit sits under, if any. */
  day?: string;
  /** An agenda line: an item or a table row read under a day or a time, or giving a time itself. */
  agendaLine: boolean;
  /**
   * Office words the unit holds only as another body's office ("Co-Chair of the Open Working Group"), each with the
   * terms of the bodies it names: such a unit says who holds that office there, not at the meeting.
   */
  officeOf?: Map<string, string[][]>;
  /**
   * The sentence before, when this one opens with a pronoun that stands for what that one spoke of ("It took place on
   * 22 September"): its terms are this sentence's too, and a quote of this sentence starts with it.
   */
  antecedent?: number;
}

export interface PageUnits {
  path: string;
  title: string;
  url?: string;
  meetingNumber?: number;
  titleTerms: Set<string>;
  units: ReadableUnit[];
}

/**
 * An agenda line gives its time first ("09.00 – 10.00 Session 1. Opening"); further into a numbered paragraph,
 * "from 21 countries" is no time, however chrono reads it.
 */
const OWN_TIME_CHARS = 40;

/** "The secretariat's mail about …": a page that opens with a mail header is a mail, whatever its subject says. */
const MAIL_TERMS = contentTokens('email message');

/** "The invitation letter": a page laid out as a letter is one, whatever its title says. */
const LETTER_TERMS = contentTokens('letter');
const SALUTATION = /^\s*(?:Dear\s+[^,\n]{1,60}|(?:Sir|Madam)(?:\s+or\s+(?:Sir|Madam))?|To whom it may concern),\s*$/im;
const COMPLIMENTARY_CLOSE =
  /^\s*(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely|(?:With\s+)?(?:best|kind|warm)\s+(?:regards|wishes)|Respectfully|Accept,?\s.{0,60}\bassurances\b)/im;
/** A letter greets its reader before it closes with a formula ("Yours sincerely", "Accept … the assurances"). */
function isLetter(body: string): boolean {
  return SALUTATION.test(body) && COMPLIMENTARY_CLOSE.test(body);
}

function kindTerms(doc: Pick<KnowledgeDocument, 'body'>): string[] {
  if (withoutMailMachinery(doc.body).headerLength > 0) return MAIL_TERMS;
  return isLetter(doc.body) ? LETTER_TERMS : [];
}

export function pageUnits(
  doc: Pick<KnowledgeDocument, 'path' | 'title' | 'url' | 'meetingNumber' | 'body'>,
): PageUnits {
  return {
    path: doc.path,
    title: doc.title,
    url: doc.url,
    meetingNumber: doc.meetingNumber,
    titleTerms: new Set([...contentTokens(doc.title), ...acronyms(doc.title), ...kindTerms(doc)]),
    units: readingUnits(doc).reduce<ReadableUnit[]>((units, u) => {
      const stated = u.context.map(statedDateTime);
      const before = units.at(-1);
      const refersBack = u.kind === 'sentence' && before?.kind === 'sentence' && before.line === u.line;
      const antecedent = refersBack && opensWithPronoun(u.text) ? before : undefined;
      units.push({
        ...u,
        own: new Set([...contentTokens(u.text), ...acronyms(u.text), ...(antecedent?.own ?? [])]),
        around: new Set(contentTokens(u.context.join(' '))),
        day: u.context.find((_, i) => stated[i] && isDayHeading(stated[i])),
        agendaLine:
          (u.kind === 'item' || u.kind === 'row') &&
          (stated.some((s) => isDayHeading(s) || s.time) || statedDateTime(u.text.slice(0, OWN_TIME_CHARS)).time),
        ...(antecedent ? { antecedent: antecedent.order } : {}),
        ...officesIn(u.text),
      });
      return units;
    }, []),
  };
}

/** "Chair of the Open Working Group", "Director of the Population Division": an office and the body it is of. */
const OFFICE_OF_BODY = new RegExp(
  `\\b(${OFFICE})\\s+of\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:and|on|for|of|the)\\s+)*\\p{Lu}[\\p{L}'’-]*)*)`,
  'gu',
);

function officesIn(text: string): { officeOf?: Map<string, string[][]> } {
  // Read once per unit at load: most units name no office of a body, and cost only the test.
  const found = text.includes(' of ') ? [...text.matchAll(OFFICE_OF_BODY)] : [];
  if (found.length === 0) return {};
  const officeOf = new Map<string, string[][]>();
  let rest = text;
  for (const m of found) {
    const body = contentTokens(m[2] ?? '');
    for (const t of contentTokens(m[1] ?? '')) officeOf.set(t, [...(officeOf.get(t) ?? []), body]);
    rest = rest.replace(m[0], ' ');
  }
  // A word the unit also uses outside an office of a body ("chaired by Ms X, Chair of …") is its own.
  for (const t of contentTokens(rest)) officeOf.delete(t);
  return officeOf.size ? { officeOf } : {};
}

/**
 * "It", "They", "Its": compromise tags the sentence's first word as a pronoun, or as a possessive that is not a
 * name's ("Hungary's" stands for itself).
 */
function opensWithPronoun(sentence: string): boolean {
  const first = sentence.match(/^[\p{L}']+/u)?.[0];
  if (!first) return false;
  let pronoun = pronouns.get(first);
  if (pronoun === undefined) {
    const json = nlp(first).json() as Array<{ terms: Array<{ tags: string[] }> }>;
    const tags = new Set(json[0]?.terms[0]?.tags ?? []);
    pronoun = tags.has('Pronoun') || (tags.has('Possessive') && !first.includes("'"));
    pronouns.set(first, pronoun);
  }
  return pronoun;
}

/** A sentence's first word is one of few ("The", "It", "In"), so each is tagged once for all pages. */
const pronouns = new Map<string, boolean>();

/** The day headings of a page's agenda in order, so "the second day" or "day one" can be read against them. */
export function dayHeadings(page: PageUnits): string[] {
  return [...new Set(page.units.filter((u) => u.agendaLine).map((u) => u.day))].filter(
    (d): d is string => d !== undefined,
  );
}

/** The units a heading or label opens, in order, as many as a quote holds. */
export function underHeading(
  heading: ReadableUnit,
  page: PageUnits,
  maxChars: number,
  maxUnits: number,
): ReadableUnit[] {
  if (heading.kind !== 'label' && !heading.text.endsWith(':')) return [];
  const out: ReadableUnit[] = [];
  let length = heading.text.length;
  for (const u of page.units.slice(heading.order + 1)) {
    if (!u.context.includes(heading.text) && !heading.text.endsWith(':')) break;
    if (u.kind === 'label' && !u.context.includes(heading.text)) break;
    length += u.text.length + 1;
    if (length > maxChars || out.length >= maxUnits) break;
    out.push(u);
  }
  return out;
}

/**
 * The corpus's pages, each read by its layout the first time a question needs it: start-up stays quick however
 * many pages there are, and a page no question reaches is never read.
 */
export class Pages {
  private readonly read = new Map<string, PageUnits>();
  private readonly documents: Map<string, KnowledgeDocument>;

  constructor(documents: KnowledgeDocument[]) {
    this.documents = new Map(documents.map((d) => [d.path, d]));
  }

  get(path: string): PageUnits | undefined {
    const cached = this.read.get(path);
    if (cached) return cached;
    const doc = this.documents.get(path);
    if (!doc) return undefined;
    const page = pageUnits(doc);
    this.read.set(path, page);
    return page;
  }
}
