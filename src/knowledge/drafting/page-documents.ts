import { extractSymbols, type SymbolMention, symbolKey } from '../doc-symbols.js';
import { detectMeeting } from '../meeting-detect.js';
import type { DocumentRecord } from '../meeting-record.js';
import { MONTH_PATTERN, WEEKDAYS } from '../ordinals.js';
import type { ReadingUnit } from '../reading-units.js';
import { NO_FAMILIES, type SymbolFamilies } from '../symbol-scheme.js';
import type { Drafted } from './origin.js';

/**
 * The documents a page cites, by the symbols printed on it: a documents table or list gives each one's title
 * in the next cell or after the symbol; a symbol in the first lines of a page is the page's own (a report's
 * cover, a press release); one in running text takes the words that name it ("General Assembly resolution
 * 58/208"). The kind is read from the words around the symbol.
 */

/** A document as a page gives it; `cited` when the page only cites it (see `titleOf`). */
export interface DraftedDocument extends Drafted<DocumentRecord> {
  cited: boolean;
}

/** How many of a page's first units can hold its own symbol: a cover or a letterhead. */
const COVER_UNITS = 12;

const KINDS: Array<[DocumentRecord['kind'], RegExp]> = [
  ['press', /\bpress\b|\bnote to correspondents\b|\bnews\b/i],
  ['resolution', /\bresolutions?\b|\bdecisions?\b/i],
  ['declaration', /\bdeclarations?\b/i],
  ['report', /\breports?\b|\bREP\b/i],
  ['letter', /\bletters?\b/i],
  ['note', /\bnotes?\b|\bINF\b/],
  ['paper', /\bpapers?\b|\bagenda\b|\bhandbook\b|\bdraft\b/i],
];

/** The word names a kind of document ("papers", "reports"). */
export function namesDocuments(word: string): boolean {
  return KINDS.some(([, re]) => re.test(word));
}

function kindOf(text: string): DocumentRecord['kind'] {
  return KINDS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

/** Small words inside a name: "Declaration of the High-level Dialogue". */
const NAME_CONNECTOR = /^(?:of|the|on|for|and|in|to)$/;
const MAX_NAMING_WORDS = 8;

/**
 * The capitalised words just before a symbol in prose: "Press Release POP/834", "General Assembly resolution", or
 * the name a symbol in brackets follows, "the Declaration of the High-level Dialogue (A/68/L.5)".
 */
function namingWords(before: string): string {
  const words = before.trim().replace(/\($/, '').trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_NAMING_WORDS; i--) {
    const w = words[i] ?? '';
    if (!/^(?:\p{Lu}|resolution|decision|No\.?)/u.test(w) && !(kept.length && NAME_CONNECTOR.test(w))) break;
    kept.unshift(w);
  }
  // "The Declaration …" opens its sentence with a capital; the article is not part of the name.
  while (kept.length && NAME_CONNECTOR.test((kept[0] ?? '').toLowerCase())) kept.shift();
  return kept.join(' ').replace(/[|,;:]$/, '');
}

/** "2. Report of the Registrar (FTLO/M4/WP.2) — M. Van Hoeydonck": an entry's number, the cited symbol and its speaker. */
const ENTRY_NUMBER = /^\s*(?:\d{1,2}|[IVXLC]{1,6}|[a-z])[.)]\s+/u;
const ENTRY_SPEAKER = /\s+[–—]\s+[^–—]*$/u;
/**
 * What a paper is about, in the words after its symbol in prose: "on …", "entitled …", up to the end of the clause.
 */
const ABOUT = new RegExp(
  String.raw`^\s*,?\s*(?:on(?!\s+(?:behalf|the\s+(?:morning|afternoon|evening)|\d|(?:${MONTH_PATTERN}|${WEEKDAYS.join('|')})\b))|about|concerning|regarding|entitled|titled)\s+["“‘']?([^.;:"”’()]{3,}?)["”’']?\s*(?:[.;:()]|,\s|\s[–—]\s|$)`,
  'iu',
);
const SENTENCE_END = /^[.!?;]\s/;

/**
 * A document's title, and whether the text only cites it: a cell or a list line that stands for the document (its
 * symbol in a cell of its own, or opening the line) titles it better than an agenda entry that cites it does.
 */
function titleOf(
  unit: ReadingUnit,
  mention: SymbolMention,
  onCover: boolean,
  pageTitle: string,
): { title: string; cited: boolean } {
  const { symbol, index } = mention;
  const clean = (t: string) =>
    t
      .replace(/\s+/g, ' ')
      .replace(/^[\s:;,–—-]+|[\s:;,–—-]+$/g, '')
      .trim();
  if (unit.cells) {
    const own = unit.cells.find((c) => c.text.includes(symbol));
    // "1. Adoption of the agenda (FTLO/M4/WP.1); 2. …" in a programme's cell: the entry that cites the symbol names it.
    const entry = own?.text.split(/;\s+/).find((part) => part.includes(symbol));
    const named = entry
      ? clean(entry.replace(`(${symbol})`, '').replace(symbol, '').replace(ENTRY_NUMBER, '').replace(ENTRY_SPEAKER, ''))
      : '';
    if (/\p{L}{3}/u.test(named)) return { title: named, cited: true };
    const other = unit.cells.find((c) => !c.text.includes(symbol) && /\p{L}{3}/u.test(c.text));
    if (other) return { title: clean(other.text.replace(ENTRY_NUMBER, '')), cited: false };
  }
  // A symbol in brackets cites a document by the words before it ("the Declaration (A/68/L.5)"); it is not the
  // page's own, even on its first lines.
  const cited = unit.text[index - 1] === '(';
  // A bare mention ("Decision 4/1") starts at its word, before the symbol.
  const end = unit.text.indexOf(symbol, index) + symbol.length;
  const rest = unit.text.slice(end);
  // A list line, "CCBWS/WKS/2018/1  Provisional agenda", gives the title after the symbol; in a paragraph, a symbol
  // that ends its sentence ("… presented CEL-C1-WD-02. Members reported …") leaves what follows to other things.
  if (!cited && (unit.kind === 'item' || (unit.kind === 'label' && index === 0))) {
    const after = clean(rest.split(' · ')[0] ?? '');
    // On a cover, the line after a symbol is its date of issue ("CEL-C1-INF-02 16 September 2019"), not its title.
    const issued = onCover && ISSUED.exec(after)?.index === 0;
    if (/\p{L}{3}/u.test(after) && !issued && !SENTENCE_END.test(rest)) return { title: after, cited: false };
  }
  // "… introduced IPMC/TC.1/WD/3 on the shortage of trained bee taxonomists. He …": prose says what a paper is about.
  const about = ABOUT.exec(rest);
  if (!mention.bare && about?.[1] && /\p{L}{3}/u.test(about[1])) return { title: clean(about[1]), cited: true };
  // A bare "resolution 58/208" is always a citation of another document, never the page's own symbol.
  if (onCover && !mention.bare && !cited) return { title: pageTitle, cited: false };
  const named = namingWords(unit.text.slice(0, index));
  if (mention.bare) return { title: [named, mention.bare, symbol].filter(Boolean).join(' '), cited: true };
  return { title: named ? `${named} ${symbol}` : symbol, cited: true };
}

const ISSUED = new RegExp(`(?:\\b\\d{1,2}\\s+)?\\b(?:${MONTH_PATTERN})\\s+(?:19|20)\\d{2}\\b`, 'i');

/**
 * "ESA/P/WP.204 / October 2007": a date printed just after a cover's symbol is the document's date. A line that
 * gives a range of days gives the meeting's dates instead, and is passed over.
 */
function issueDate(units: ReadingUnit[], position: number, mention: SymbolMention): string | undefined {
  const unit = units[position];
  const texts = [
    unit?.text.slice(mention.index + mention.symbol.length) ?? '',
    ...units.slice(position + 1, position + 3).map((u) => u.text),
  ];
  for (const text of texts) {
    const detected = detectMeeting(text);
    if (detected.start && detected.end && detected.start !== detected.end) continue;
    const m = ISSUED.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** "Documents", "Background papers", "Key documents": a heading that says the list under it is of documents. */
const DOCUMENTS_HEADING = /^(?:[\p{L}-]+\s+){0,2}(?:documents?|documentation|papers|reports|publications)$/iu;
/** A list line longer than this is prose under the heading, not a document's title. */
const MAX_LISTED_TITLE_WORDS = 14;

/**
 * "Documents / Contributed papers / Background papers": the lines of a list under a heading of documents each name a
 * document, or a set of them, though none has a symbol.
 */
function listedDocuments(units: ReadingUnit[], path: string, families: SymbolFamilies): DraftedDocument[] {
  return units.flatMap((unit) => {
    // The heading nearest the line: a plain-text label joins the heading above it ("Overview · Documents").
    const heading = unit.frame.heading?.split(' · ').at(-1)?.trim();
    if (unit.kind !== 'item' || !heading || !DOCUMENTS_HEADING.test(heading)) return [];
    const title = unit.text.replace(/[.;:]$/, '').trim();
    if (title.split(/\s+/).length > MAX_LISTED_TITLE_WORDS || extractSymbols(title, families).length) return [];
    return [{ value: { title, kind: kindOf(`${title} ${heading}`) }, from: { path, line: unit.line }, cited: false }];
  });
}

/**
 * The documents a page gives. Only one symbol is the page's own, the first on its cover; the others there are cited
 * ("The list of participants was issued as CEL-C1-INF-03" in a report's opening paragraphs).
 */
export function readDocuments(
  units: ReadingUnit[],
  path: string,
  pageTitle: string,
  families: SymbolFamilies = NO_FAMILIES,
): DraftedDocument[] {
  const found = new Map<string, DraftedDocument>();
  for (const d of listedDocuments(units, path, families)) found.set(symbolKey(d.value.title), d);
  let ownFound = false;
  units.forEach((unit, position) => {
    for (const mention of extractSymbols(unit.text, families)) {
      const key = symbolKey(mention.symbol);
      const known = found.get(key);
      const { title, cited } = titleOf(unit, mention, position < COVER_UNITS && !ownFound, pageTitle);
      // A table row or list line describes a document better than a passing mention does.
      if (known && known.value.title !== mention.symbol && (!known.cited || cited)) continue;
      const own = position < COVER_UNITS && !ownFound && !mention.bare && title === pageTitle;
      ownFound ||= own;
      // The page's own symbol takes its kind from the cover ("… in this report", or a "REPORT OF THE SECOND
      // FORUM" heading below the symbol) and its date from the lines after it.
      const near = own
        ? units
            .slice(0, COVER_UNITS)
            .map((u) => u.text)
            .join(' ')
        : unit.text.slice(Math.max(0, mention.index - 40), mention.index + mention.symbol.length);
      const kind = mention.bare ?? kindOf(`${title} ${near}`);
      const date = own ? issueDate(units, position, mention) : undefined;
      found.set(key, {
        value: {
          symbol: mention.symbol,
          title,
          kind: kind === 'decision' ? 'resolution' : kind,
          ...(date ? { date } : {}),
        },
        from: { path, line: unit.line },
        cited,
      });
    }
  });
  return [...found.values()];
}
