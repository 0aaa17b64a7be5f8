import * as chrono from '../text/chrono.js';
import { HONORIFIC_WORDS } from '../text/role-words.js';
import { squash } from './clean-text.js';
import { extractSymbols } from './doc-symbols.js';
import type { KnowledgeDocument } from './document.js';
import { afterLeadingClock, clockRanges, isClockOnly, namedRange } from './drafting/clock-times.js';
import { peopleOfLine } from './drafting/people.js';
import { fixedWidthRows } from './fixed-width-tables.js';
import { itemNumber } from './item-numbers.js';
import { withoutMailMachinery } from './mail-header.js';

/**
 * A page read by its layout rather than its phrases: the units a reader quotes (sentences, agenda items with the
 * lines under them, table rows with their column labels), each with the layout context it sits in: the heading
 * above it, the day heading, the time range and the session label. "I. Opening of the meeting · Hania Zlotnik,
 * Director" under "Monday, 16 November 2009 / 09.00 – 12.30 / Morning session" is one unit that knows its day and
 * time. Nothing here knows any series' words: the cues are numbering, bullets, line length, tables, and dates and
 * times as chrono-node parses them.
 */
export interface ReadingUnit {
  text: string;
  /** Day, time range, session label and section heading, outermost first; empty for plain prose. */
  context: string[];
  kind: 'sentence' | 'item' | 'row' | 'label';
  /** 1-based line of the page where the unit starts, for citing it. */
  line: number;
  /** The item's number as the page prints it ("III", "6", "c"), for agenda items and rows that carry one. */
  number?: string;
  /** Position in the page, to keep quotes in reading order. */
  order: number;
  /** The same layout context by role, for readers that need to know which line is the day and which the time. */
  frame: Frame;
  /** A table row's cells with their column labels, as the page gives them. */
  cells?: Array<{ label?: string; text: string }>;
  /** The page prints the item as a bullet of a list, not as a numbered or plain line. */
  bullet?: true;
}

export interface Frame {
  day?: string;
  time?: string;
  label?: string;
  heading?: string;
  /** The bullets a nested bullet sits under, outermost first. */
  under?: string[];
}

/** A line this short without closing punctuation reads as a heading or a label, not as prose. */
const MAX_LABEL_WORDS = 8;
const BULLET = /^\s*(?:[•·▪◦●○■□➢►\-*+–])\s+/u;
/** "I.", "IV)", "3.", "3)", "(c)", "c)", "Item 3.", "Item III:": numbering that opens an agenda or list item. */
const NUMBERED =
  /^\s*(?:(?:item|agenda item|point)\s+(?:[IVXLC]{1,6}|\d{1,2}|[a-z])[.):]?|(?:[IVXLC]{1,6}|\d{1,2})[.)]|\(?[a-z]\))\s+(?=\S)/iu;
/**
 * A line that is only an item number ("Item II.", "IV.", or a bare "IV" from a card's number box): a table's number
 * cell, flattened onto a line of its own. A bare Arabic number alone is more often a page's number, and is not one.
 */
const NUMBER_ONLY =
  /^\s*(?:(?:(?:item|agenda item|point)\s+)(?:[IVXLC]{1,6}|\d{1,2})[.):]?|(?:[IVXLC]{1,6}|\d{1,2})[.)])\s*$/iu;
const BARE_ROMAN = /^\s*[IVXLC]{1,6}\s*$/u;
/** "Venue: Palacete …", "Time zone: CET": a field's name of one to three words, a colon, its value. */
const FIELD_LINE = /^\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}:\s+\S/u;
/** A numbered line longer than this is a numbered paragraph of prose, read as sentences. */
const MAX_ITEM_CHARS = 400;
/** Lines at least this long were probably wrapped by the page's width, not ended by the author. */
const WRAP_WIDTH = 50;
/** A line as long as a page's width that ends without a stop: its sentence goes on in the next line. */
const stopsMidSentence = (line: string) => line.length >= WRAP_WIDTH && !/[.:;!?]$/.test(line);
/** Every letter a capital: a heading, numbered or not ("IV. CONCLUSIONS", "AGENDA"). */
const SHOUTED = /^(?=(?:.*\p{Lu}){4})[^\p{Ll}]+$/u;
/** A line drawn of one character ("=====", "-----"): a rule that parts a plain-text page, no text of its own. */
const RULE = /^\s*([=\-_~*#+.·•─━═])\1{2,}\s*$/u;
const SENTENCE_END = /[.!?]["')\]]?$/;
/** "10 a.m.–1 p.m." ends in a full stop that ends no sentence. */
const ABBREVIATION_END = /\b(?:[ap]\.\s?m|hrs|No|approx|etc)\.$/i;

/** "Moderator:", "Speakers:", "Closing remarks:": a few words and a colon, the label a programme puts over people. */
const ROLE_LABEL = /^\p{L}[\p{L}'’ -]{0,30}:$/u;

/** Dates and times as chrono reads them; a fixed reference, since only what the text itself states is kept. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

interface Stated {
  day: boolean;
  time: boolean;
  /** The text states a stretch of days ("13-15 March 2017"): a meeting's dates, not one day of its programme. */
  days: boolean;
}

const NOTHING_STATED: Stated = { day: false, time: false, days: false };

/** Pages repeat their day and time headings in every unit's context; each is parsed once. */
const statedMemo = new Map<string, Stated>();
const STATED_MEMO_LIMIT = 50_000;

export function statedDateTime(text: string): Stated {
  const hit = statedMemo.get(text);
  if (hit) return hit;
  const found = parseStated(text);
  if (statedMemo.size >= STATED_MEMO_LIMIT) statedMemo.clear();
  statedMemo.set(text, found);
  return found;
}

function parseStated(text: string): Stated {
  const found: Stated = { day: false, time: false, days: false };
  for (const r of chrono.parse(text, { instant: REFERENCE, timezone: 0 })) {
    const known = r.start.isCertain.bind(r.start);
    if (known('day') && known('month')) found.day = true;
    else if (known('month') && known('year')) found.day = true;
    if (known('hour')) found.time = true;
    if (r.end && r.end.get('day') !== r.start.get('day')) found.days = true;
  }
  // "15.00 hrs", "15h00" and "0930–1100" are times chrono does not read.
  if (!found.time && clockRanges(text).length > 0) found.time = true;
  return found;
}

function saysOnlyNow(text: string): boolean {
  if (!/\bnow\b/i.test(text)) return false;
  const found = chrono.parse(text, { instant: REFERENCE, timezone: 0 });
  return found.length > 0 && found.every((r) => r.tags().has('casualReference/now'));
}

/** A day heading names one day; "13-15 March 2017" under a title gives the meeting's dates and heads no programme. */
export function isDayHeading(stated: Stated): boolean {
  return stated.day && !stated.days;
}

/** The word that may name an entry before its number ("Session", "Agenda item"), and the number itself. */
const ENTRY_WORD = String.raw`\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?`;
const ENTRY_NUMERAL = String.raw`[IVXLC]{1,6}|\d{1,2}`;
/**
 * "Session 1. Opening", "Agenda item 4 — Pests", "Session 2 · Trees", "2) Reports": the number an entry opens with,
 * and its stop or dash.
 */
const ENTRY_NUMBER = new RegExp(`^(?:${ENTRY_WORD}\\s+)?(${ENTRY_NUMERAL})(?:[.):]|\\s+[—–·-])\\s+(?=\\S)`, 'u');

/**
 * "09.00 – 10.00 Session 1. Opening · Moderator: Ms. A": a line that opens with a time range and goes on with an
 * entry of the programme, its own session. The title keeps the sub-lines joined after it.
 */
export function timedEntry(text: string): { title: string; number?: string; slot?: NamedSlot } | undefined {
  const rest = afterLeadingClock(text);
  if (!rest || !/\p{L}{3}/u.test(rest)) return undefined;
  const slot = namedSlot(rest);
  return slot ? { title: rest, slot } : (numberedEntry(rest) ?? { title: rest });
}

export interface NamedSlot {
  name: string;
  entries: string[];
}

const SLOT_OPENING = new RegExp(`^(${ENTRY_WORD})\\s+(${ENTRY_NUMERAL}):\\s+(?=\\S)`, 'u');
/** The words that number an agenda's own items, which name no slot of the programme. */
const ITEM_WORD = /^(?:item|agenda item|point)$/i;

/**
 * "Sitting 1: adoption of the agenda; report of the Secretariat, Ms X; …": a slot named by its word and number, then
 * the entries it holds, separated by semicolons. "Item 3: Opening" is an item, and "Session 1: Opening" holds one.
 */
function namedSlot(text: string): NamedSlot | undefined {
  const m = SLOT_OPENING.exec(text);
  if (!m?.[1] || ITEM_WORD.test(m[1])) return undefined;
  // The list runs on over the lines under it ("… (PNFG.A7.D02)," / "Ngozi Okonkwo-Lindqvist; …"), one list.
  const entries = text
    .slice(m[0].length)
    .replace(/\s+·\s+/g, ' ')
    .split(/;\s+/)
    .map((e) => e.replace(/[,;.]$/, '').trim())
    .filter(Boolean);
  return entries.length >= 2 ? { name: `${m[1]} ${m[2]}`, entries } : undefined;
}

/** "Session 2 · Trees", "Agenda item 4 — Pests": the entry's number and its title. */
export function numberedEntry(text: string): { title: string; number: string } | undefined {
  const numbered = ENTRY_NUMBER.exec(text);
  if (!numbered?.[1]) return undefined;
  return { title: text.slice(numbered[0].length), number: numbered[1].toUpperCase() };
}

/** Markdown emphasis and link syntax are layout, not words: "**tenth meeting**" is quoted as "tenth meeting". */
function plainMarkup(line: string): string {
  return line
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\s)[*_]([^*_\s][^*_]*?)[*_](?=[\s.,;:!?)]|$)/g, '$1$2');
}

/** A day heading may carry a session's name and its hours: "Sitting 1 — Tuesday 15 June, 2 pm to 5.30 pm". */
const MAX_HEADING_WORDS = 14;

function isShortLine(line: string): boolean {
  return line.split(/\s+/).length <= MAX_HEADING_WORDS && !(SENTENCE_END.test(line) && !ABBREVIATION_END.test(line));
}

export function isLabel(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  const ends = SENTENCE_END.test(line) && !ABBREVIATION_END.test(line);
  return words > 0 && words <= MAX_LABEL_WORDS && !ends && !BULLET.test(line);
}

/** Titles written short ("Dr.", "Eng.", "H.E."): their full stop ends no sentence; "… Ministry of Justice." does. */
const SHORT_TITLES = HONORIFIC_WORDS.split('|')
  .filter((w) => w.length <= 4 || w.includes('\\'))
  .join('|');
const SENTENCE_BREAK = new RegExp(
  `(?<=[.!?]["')\\]]?)(?<!\\b(?:[IVXLC]{1,5}|[A-Z]|No|St|e\\.g|i\\.e|[ap]\\.m|${SHORT_TITLES})\\.)\\s+(?=["“(]?[A-Z0-9])`,
);

function sentencesOf(paragraph: string): string[] {
  // Sentences end at . ! ? before a capital or digit; an item numeral ("X."), an initial or a title ("Amb.") does not.
  return paragraph
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .reduce<string[]>((kept, s) => {
      // "(Res. C5.2)", "Doc. 3", "Rev. 1": a short abbreviation before a number or a code does not end a sentence.
      const last = kept.at(-1);
      if (last !== undefined && ABBREVIATION_BEFORE_NUMBER.test(last) && /^["“(]?\p{L}{0,3}\d/u.test(s)) {
        kept[kept.length - 1] = `${last} ${s}`;
      } else kept.push(s);
      return kept;
    }, [])
    .filter((s) => s.length > 1);
}

/** A capitalised word of two or three letters and a full stop: "Res.", "Doc.", "Rev.", "Art.", "Vol.". */
const ABBREVIATION_BEFORE_NUMBER = /(?:^|[\s(])\p{Lu}\p{Ll}{1,2}\.$/u;

/**
 * A row's cells in their columns: an empty cell keeps its place, so "|  | 10h30 | Coffee" puts the time under
 * "Time" and not under "No.". The text before the leading pipe and after a closing one is no cell.
 */
function tableCells(line: string): string[] {
  const cells = line.split('|').map((c) => squash(c));
  if (line.trimStart().startsWith('|')) cells.shift();
  if (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells;
}

/**
 * Table rows flattened to plain lines ("10:00 – 13:00 | I. Opening | Ms. X"), as pages copied out of a table or a
 * spreadsheet print them. A line with a pipe between cells is a row when it opens with a time cell or stands among
 * lines of as many cells; a lone "Reef forum ends | News" is a title with a separator.
 */
function flattenedRows(lines: string[]): Set<number> {
  const cellCount = lines.map((l) =>
    l.trimStart().startsWith('|') || !l.includes('|') ? 0 : tableCells(l).filter(Boolean).length,
  );
  const rows = new Set<number>();
  const neighbour = (i: number, step: number) => {
    let j = i + step;
    while (j >= 0 && j < lines.length && !lines[j]?.trim()) j += step;
    return cellCount[j] ?? 0;
  };
  for (const [i, count] of cellCount.entries()) {
    if (count < 2) continue;
    const timed = isClockOnly(tableCells(lines[i] ?? '')[0] ?? '');
    if (timed || neighbour(i, -1) === count || neighbour(i, 1) === count) rows.add(i);
  }
  return rows;
}

/** "(c)", "iv.": an entry of a list lettered or numbered in Roman under the paragraph that leads into it. */
function isLetteredEntry(unit: ReadingUnit | undefined): boolean {
  return unit?.kind === 'item' && /^[A-Z]$|^[IVX]{1,4}$/.test(unit.number ?? '');
}

/**
 * A unit that leads into the list below it: it ends in a colon ("The objectives are:"), or it stops in mid-sentence
 * right above lettered entries ("2. The meeting has three objectives. It will" over "(a) examine …").
 */
export function leadsInto(unit: ReadingUnit | undefined, next: ReadingUnit | undefined): boolean {
  const text = unit?.text.trimEnd() ?? '';
  if (text.endsWith(':')) return true;
  // A heading also ends without a stop; only prose stops in mid-sentence.
  const prose = unit?.kind === 'sentence' || unit?.kind === 'item';
  return prose && /[\p{L},]$/u.test(text) && isLetteredEntry(next);
}

/**
 * Columns that text taken from a PDF keeps apart by runs of spaces ("1st meeting      9.30 a.m.–12.30 p.m.      Items
 * 1, 2 and 3"): three or more of them with a time after the first make a table row, written as one with pipes. A line
 * that opens with its time is a timed line, and is read as one.
 */
function spacedRow(line: string): string {
  const cells = line.trim().split(/\s{3,}/);
  if (cells.length < 3 || isClockOnly(cells[0] ?? '') || !cells.some((c) => isClockOnly(c))) return line;
  return `| ${cells.join(' | ')} |`;
}

/** At least this many parts lettered or numbered in order make a page's lettering or numbering its sections. */
const MIN_ORDERED_SECTIONS = 3;

/**
 * "A. Opening and attendance", "B. Agenda and reports (items 2 and 3)", "C. …": lines that letter a page's parts
 * in order from A, each standing alone between blank lines, head those parts. A lettered line inside a list, or a
 * letter out of order, is an entry or an initial ("F. Okafor"), as before. Numbered parts ("1. Invitation", "2.
 * Venue and times" in a circular) head their parts the same way where each has prose under it; numbered lines with
 * none are an agenda's items.
 */
function orderedSections(lines: string[]): Set<number> {
  const nextLine = (i: number) =>
    lines
      .slice(i + 1)
      .find((l) => l.trim())
      ?.trim() ?? '';
  const prose = (line: string) =>
    !NUMBERED.test(line) &&
    !BULLET.test(line) &&
    !line.includes('|') &&
    (SENTENCE_END.test(line) || line.length >= WRAP_WIDTH);
  return new Set([
    ...orderedHeads(
      lines,
      /^([A-Z])\.\s+\S/,
      (mark) => mark.charCodeAt(0) - 65,
      () => true,
    ),
    ...orderedHeads(
      lines,
      /^(\d{1,2})\.\s+\S/,
      (mark) => Number(mark) - 1,
      (i) => prose(nextLine(i)),
    ),
  ]);
}

function orderedHeads(
  lines: string[],
  marked: RegExp,
  place: (mark: string) => number,
  heads: (i: number) => boolean,
): Set<number> {
  const found = new Set<number>();
  let next = 0;
  lines.forEach((raw, i) => {
    const text = raw.trim();
    const mark = marked.exec(text)?.[1];
    const alone = !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
    if (!mark || !alone || text.split(/\s+/).length > MAX_HEADING_WORDS || /[.;:]$/.test(text)) return;
    if (place(mark) !== next || !heads(i)) return;
    found.add(i);
    next += 1;
  });
  return found.size >= MIN_ORDERED_SECTIONS ? found : new Set();
}

/** A cell that is only an item's numeral ("3", "IV.", "(2)"): the numeral, as the page's items are numbered. */
export function numeralCell(text: string): string | undefined {
  return /^\(?([IVXLC]{1,6}|\d{1,2})[.)]?$/.exec(text.trim())?.[1]?.toUpperCase();
}

/**
 * A row whose first cell is only a numeral ("3", "IV.") is the agenda item of that number; so is one whose numeral
 * follows its time or its day, as a time or a day merged over several rows stands in each of them.
 */
function rowNumber(cells: Array<string | undefined>): string | undefined {
  for (const cell of cells) {
    if (!cell || isClockOnly(cell) || isDayHeading(statedDateTime(cell))) continue;
    return numeralCell(cell);
  }
  return undefined;
}

/**
 * The number a cell of the row opens with ("6. Adoption of …", "Item 6. …"), where the row has no numeral cell. "H.
 * Strømsnes" in a chair's cell opens with an initial, not an item's letter.
 */
function cellNumber(columns: Array<{ text: string }>): string | undefined {
  for (const { text } of columns) {
    const number = itemNumber(text.split(/;\s+/)[0] ?? '');
    if (number && !peopleOfLine(text).some((p) => p.name.startsWith(`${number}.`))) return number;
  }
  return undefined;
}

/** "| --- | :---: |": the rule Markdown writes under a table's header row. */
function isSeparatorRow(cells: string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{2,}:?$/.test(c));
}

/** A first row whose cells are all short words and no figures labels the columns of the rows below it. */
function isHeaderRow(cells: string[]): boolean {
  return cells.length > 1 && cells.every((c) => c.split(/\s+/).length <= 3 && !/\d/.test(c));
}

/**
 * A line with a rule under it, standing alone above ("BLOCK A -- Wednesday 23 March, 09:00-12:30" boxed in "====="
 * lines, or a heading underlined in Markdown's way), heads what follows.
 */
function ruledHeading(lines: string[], i: number): boolean {
  const above = lines[i - 1] ?? '';
  const line = lines[i] ?? '';
  return (
    RULE.test(lines[i + 1] ?? '') &&
    (!above.trim() || RULE.test(above)) &&
    line.trim().split(/\s+/).length <= MAX_HEADING_WORDS &&
    !line.trimStart().startsWith('|')
  );
}

export function readingUnits(doc: Pick<KnowledgeDocument, 'body' | 'headerRows'>): ReadingUnit[] {
  const units: ReadingUnit[] = [];
  const headerRows = new Set(doc.headerRows ?? []);
  // A mail's sending date heads no programme, and the fields its program adds are no one's words: those header lines
  // are blanked, line numbers kept.
  const mail = withoutMailMachinery(doc.body);
  const lines = fixedWidthRows(mail.body.split('\n')).map(spacedRow);
  const sections = orderedSections(lines);
  let heading = '';
  let day = '';
  let time = '';
  let label = '';
  let item: ReadingUnit | undefined;
  /** How far the bullet that opened the item is indented: a bullet no further in is its sibling, not its line. */
  let itemIndent = -1;
  let paragraph: { text: string[]; line: number; field: boolean } | undefined;
  let header: string[] | undefined;
  let tableOpen = false;
  /** The item a table stands right under: its rows may be that item's speakers. */
  let tableUnder: ReadingUnit | undefined;
  /** The line whose text may go on in the next one: a long item line, as hard-wrapped pages print them. */
  let wrapsFrom = -1;
  /** The item's text ends in a role label ("Moderator:"), so the person line after it completes that label. */
  let roleOpen = false;
  /** The bullet last read, and how far its marker is indented: a line indented past it goes on with its text. */
  let lastBullet: { unit: ReadingUnit; indent: number } | undefined;
  /** The bullets a nested bullet sits under, outermost first: "2nd Colloquium – Durban, …" over "APCA-C2/AGD — …". */
  let parents: Array<{ indent: number; text: string }> = [];

  // "Tuesday, 8 June 2021, 10 a.m.–1 p.m." is the day and the time at once: it is context once.
  const context = () => [...new Set([day, time, label, heading].filter(Boolean))];
  const frame = (): Frame => {
    const f: Frame = {};
    if (day) f.day = day;
    if (time) f.time = time;
    if (label) f.label = label;
    if (heading) f.heading = heading;
    return f;
  };
  const push = (u: Omit<ReadingUnit, 'order' | 'frame'>) => {
    const numbered = u.number ?? (u.kind === 'item' ? itemNumber(u.text) : undefined);
    const unit = { ...u, order: units.length, frame: frame(), ...(numbered ? { number: numbered } : {}) };
    units.push(unit);
    return unit;
  };
  const flushParagraph = () => {
    if (!paragraph) return;
    const ctx = heading ? [heading] : [];
    for (const s of sentencesOf(squash(paragraph.text.join(' '))))
      push({ text: s, context: ctx, kind: 'sentence', line: paragraph.line });
    paragraph = undefined;
  };

  /** A number cell waiting for the title cell on the next line, with the line it stood on. */
  let numberCell: { text: string; line: number } | undefined;

  const flatRows = flattenedRows(lines);
  const isRow = (raw: string, i: number) => raw.trimStart().startsWith('|') || flatRows.has(i);
  const nextRaw = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !lines[j]?.trim()) j++;
    return lines[j] ?? '';
  };
  const nextText = (i: number) => squash(nextRaw(i));
  const hasNested = (i: number, indent: number) => {
    const next = nextRaw(i);
    return BULLET.test(next) && next.search(/\S/) > indent;
  };
  /**
   * Programmes laid out in blocks (HTML divs, text out of a PDF) print an item's people as paragraphs of their own:
   * "Item 2 …", "Moderator:", "Mr. X, Title". A role label that people follow, and a line that names people, under
   * an item belong to that item, as the indented lines under it do.
   */
  const underItem = (line: string, i: number): boolean => {
    if (!item || statedDateTime(line).time || statedDateTime(line).day) return false;
    if (ROLE_LABEL.test(line) && peopleOfLine(nextText(i), true).length > 0) {
      item.text = `${item.text} · ${line}`;
      roleOpen = true;
      return true;
    }
    // "Paper: UCA-CQ3/WP-01" under an item is a document of that item.
    if (!roleOpen && isLabel(line) && extractSymbols(line).length > 0) {
      item.text = `${item.text} · ${line}`;
      return true;
    }
    if (peopleOfLine(line, roleOpen).length === 0) return false;
    item.text = roleOpen ? `${item.text} ${line}` : `${item.text} · ${line}`;
    roleOpen = false;
    // "Ms. X, Councillor for the Environment," goes on in the next line.
    wrapsFrom = /[,–-]$/.test(line) ? i : -1;
    return true;
  };

  const readLine = (raw: string, i: number) => {
    const lineNo = i + 1;
    const line = squash(plainMarkup(raw.replace(/^\s*#+\s+/, '')));
    // A blank line does not end a table: HTML tables arrive with a blank line between their rows.
    if (!line) {
      flushParagraph();
      lastBullet = undefined;
      return;
    }
    // A rule ends the part above it, item and all.
    if (RULE.test(raw)) {
      flushParagraph();
      lastBullet = undefined;
      item = undefined;
      return;
    }
    const indent = raw.search(/\S/);
    /** The item the line opens: its indent, and whether its text may go on wrapped in the next line. */
    const opens = (unit: ReadingUnit) => {
      item = unit;
      itemIndent = BULLET.test(raw) ? indent : -1;
      wrapsFrom = unit.text.length >= WRAP_WIDTH ? i : -1;
    };
    // "- Opening remarks: Ms. A, President of …, and" / "    Mr. B, Head of …": a bullet's text wrapped under it.
    if (lastBullet && indent > lastBullet.indent && !BULLET.test(raw) && !NUMBERED.test(line) && !isRow(raw, i)) {
      lastBullet.unit.text = `${lastBullet.unit.text} ${line}`;
      return;
    }
    lastBullet = undefined;
    if (!BULLET.test(raw)) parents = [];
    else if (item && indent <= itemIndent) item = undefined;
    if (isRow(raw, i)) {
      flushParagraph();
      const placed = tableCells(line);
      const cells = placed.filter(Boolean);
      if (cells.length === 0 || isSeparatorRow(cells)) return;
      if (!tableOpen) {
        tableUnder = item;
        tableOpen = true;
        // The row over Markdown's rule of dashes, or one the markup made of header cells, labels the columns whatever
        // its labels look like ("Items, speakers and documents").
        const next = nextRaw(i).trim();
        const ruled = next.startsWith('|') && isSeparatorRow(tableCells(next).filter(Boolean));
        header = ruled || headerRows.has(i) || isHeaderRow(cells) ? placed : undefined;
        if (header) return;
      }
      const columns = placed.flatMap(
        (c, k): Array<{ label?: string; text: string }> =>
          !c ? [] : header?.[k] && header[k] !== c ? [{ label: header[k], text: c }] : [{ text: c }],
      );
      const labelled = columns.map((c) => (c.label ? `${c.label}: ${c.text}` : c.text));
      const stated = statedDateTime(cells.join(' '));
      // A row that holds only a day is a day heading inside the table.
      if (cells.length === 1 && isDayHeading(stated) && isLabel(cells[0] ?? '')) {
        item = undefined;
        tableUnder = undefined;
        day = cells[0] ?? '';
        time = '';
        label = '';
        return;
      }
      // A row of one short cell with a time range ("Block A · 09:30–12:30") spanning the table heads the rows below
      // it, as a time heading does: they are the entries of that slot.
      const slot = cells.length === 1 && isLabel(cells[0] ?? '') ? namedRange(cells[0] ?? '') : undefined;
      if (slot) {
        item = undefined;
        tableUnder = undefined;
        time = cells[0] ?? '';
        label = slot.name;
        push({ text: time, context: context().filter((c) => c !== time && c !== label), kind: 'label', line: lineNo });
        return;
      }
      const number = rowNumber(placed) ?? cellNumber(columns);
      // A table of speakers under an item ("Speaker | Presentation"): rows with no time and no number of their own
      // name that item's people, as the lines under an item do.
      const timed = cells.some((c) => isClockOnly(c));
      if (tableUnder && !number && !timed && peopleOfLine(labelled.join('; ')).length > 0) {
        tableUnder.text = `${tableUnder.text} · ${labelled.join('; ')}`;
        return;
      }
      item = undefined;
      push({
        text: labelled.join('; '),
        context: context(),
        kind: 'row',
        line: lineNo,
        cells: columns,
        ...(number ? { number } : {}),
      });
      return;
    }
    tableOpen = false;
    // A Markdown heading, or a line in capitals ("IV. CONCLUSIONS AND RECOMMENDATIONS"), heads what follows.
    // One word in capitals after a line that stops mid-sentence ("… hosted by the Fruit Germplasm Centre" /
    // "(AVFGC).") ends that sentence; it heads nothing.
    const tail = !/\s/.test(line) && stopsMidSentence(paragraph?.text.at(-1) ?? '');
    const isHeading =
      /^#+\s/.test(raw.trim()) || (SHOUTED.test(line) && !tail) || sections.has(i) || ruledHeading(lines, i);
    const entry = line.replace(BULLET, '');
    const timed = timedEntry(entry);
    // A timed line opens its own time, as a time heading does; an indented one under an item is that item's sub-line
    // ("• 10:00 Ms. X, welcome"), and a short one is read as a time heading with its label, below.
    if (
      timed &&
      !isHeading &&
      !(item && /^\s+\S/.test(raw)) &&
      (BULLET.test(raw) || !isLabel(line) || timed.number !== undefined)
    ) {
      flushParagraph();
      time = entry;
      label = '';
      roleOpen = false;
      // "- 9:30 am – 12:30 pm · Block A" over bullets "Item 1 · …", "Item 2 · …": the time and the slot's name head
      // the numbered entries nested under them, as a time heading does.
      if (BULLET.test(raw) && hasNested(i, indent) && numberedEntry(nextText(i).replace(BULLET, ''))) {
        item = undefined;
        label = timed.title;
        push({
          text: entry,
          context: context().filter((c) => c !== entry && c !== label),
          kind: 'label',
          line: lineNo,
        });
        return;
      }
      opens(
        push({
          text: entry,
          context: context().filter((c) => c !== entry),
          kind: 'item',
          line: lineNo,
          ...(timed.number ? { number: timed.number } : {}),
        }),
      );
      return;
    }
    // Under a time heading, "Session 2 · Trees as stormwater infrastructure" is the slot's numbered entry, as a card
    // of a programme prints it below its time.
    // One that names a day of its own ("Sitting 2 — Wednesday 16 June, 2 pm") heads that day instead.
    // "Block C — Chair: SZABÓ Réka" over "(e) …", "(f) …" is the slot's name, which heads those items.
    const headsList = !isHeading && !paragraph && isShortLine(line) && NUMBERED.test(nextText(i).replace(BULLET, ''));
    const slotEntry =
      time && !item && !isHeading && !headsList && !isDayHeading(statedDateTime(entry))
        ? numberedEntry(entry)
        : undefined;
    if (slotEntry && entry.length < MAX_ITEM_CHARS) {
      flushParagraph();
      roleOpen = false;
      // Its "·" is no joint of sub-lines, which " · " marks in an item's text.
      const text = entry.replace(/\s+·\s+/, ' — ');
      opens(push({ text, context: context(), kind: 'item', line: lineNo, number: slotEntry.number }));
      return;
    }
    if (NUMBERED.test(line) && line.length < MAX_ITEM_CHARS && !isHeading) {
      flushParagraph();
      roleOpen = false;
      opens(push({ text: line, context: context(), kind: 'item', line: lineNo }));
      return;
    }
    // "- **Sitting 1 — Tuesday 15 June, 2 pm to 5.30 pm**" over indented bullets: a bullet that states a day is the
    // day and time heading of the bullets under it, as a nested list prints a programme.
    // A bullet with no bullets under it is one entry of a list, whatever date it gives ("… (adopted 12 Oct. 2017)").
    const bulletDay =
      BULLET.test(raw) && !/^\s+\S/.test(raw) && hasNested(i, indent) && isShortLine(entry) && statedDateTime(entry);
    if (bulletDay && isDayHeading(bulletDay)) {
      flushParagraph();
      item = undefined;
      day = entry;
      time = bulletDay.time ? entry : '';
      label = '';
      push({ text: entry, context: context().filter((c) => c !== entry), kind: 'label', line: lineNo });
      return;
    }
    // Indented lines after an item that ends in a colon ("had before it the following documents:") are its list,
    // however short they are.
    const listed = item !== undefined && /^\s+\S/.test(raw) && (item.text.endsWith(':') || item.text.includes(': · '));
    if (BULLET.test(raw) || (item && /^\s+\S/.test(raw) && (!isLabel(line) || listed))) {
      flushParagraph();
      const text = line.replace(BULLET, '');
      // Lines under an item (its speakers, its sub-points) belong to it; a bullet on its own is its own unit.
      if (item) item.text = `${item.text} · ${text}`;
      else if (BULLET.test(raw)) {
        // A nested bullet is read with the bullets it sits under, as a heading's lines are with their heading.
        while ((parents.at(-1)?.indent ?? -1) >= indent) parents.pop();
        const under = parents.map((p) => p.text);
        parents.push({ indent, text });
        const unit = push({ text, context: [...context(), ...under], kind: 'item', line: lineNo, bullet: true });
        if (under.length) unit.frame.under = under;
        lastBullet = { unit, indent };
      } else push({ text, context: context(), kind: 'item', line: lineNo });
      return;
    }
    // A line that names people under an item is one of its people, not the rest of its title.
    const wrapped = item && wrapsFrom === i - 1 && peopleOfLine(line).length === 0;
    if (item && !paragraph && !statedDateTime(line).time && (wrapped || /^[\p{Ll}(]/u.test(line))) {
      // A long item title wrapped onto the next line goes on there, often with a capital.
      item.text = `${item.text} ${line}`;
      wrapsFrom = line.length >= WRAP_WIDTH ? i : -1;
      return;
    }
    if (!isHeading && !paragraph && underItem(line, i)) return;
    // A short line in lower case goes on with the paragraph above it, as a page wrapped at its width prints it; so
    // does any line after a long one that stops without ending its sentence ("… times are Atlantic" / "Daylight
    // Time (ADT)").
    const last = paragraph?.text.at(-1) ?? '';
    // A field's long value wraps the same way ("Opening: the Round was opened … by Prof. Wanjiru" / "KAMAU-OTIENO,
    // Director …"), unless the next line is a field of its own.
    const runsOn = (!paragraph?.field || !FIELD_LINE.test(line)) && stopsMidSentence(last);
    if (paragraph && !isHeading && (/^\p{Ll}/u.test(line) || runsOn)) {
      paragraph.text.push(line);
      return;
    }
    if (isHeading || isLabel(line) || (headsList && !NUMBERED.test(line) && !BULLET.test(raw))) {
      flushParagraph();
      item = undefined;
      // "## Why Melbourne, why now" heads a section: "now" is the reader's instant, no time the heading states. A
      // daily bulletin's "TODAY" is its own day.
      const stated = isHeading && saysOnlyNow(line) ? NOTHING_STATED : statedDateTime(line);
      if (isDayHeading(stated)) {
        // "Tuesday, 8 June 2021, 10 a.m.–1 p.m." is the day and the time at once.
        day = line;
        time = stated.time ? line : '';
        label = '';
      } else if (stated.time) {
        time = line;
        label = '';
      } else if (isHeading || (!time && !(heading && line.endsWith(':')))) {
        // A line that ends in a colon under a heading ("The workshop aims to:") leads into the heading's list. A
        // label right under a label that heads a part ("PMR-1 First Monitoring Round" / "10–12 May 2016") goes on
        // with it: the part is still the first one's.
        const above = units.at(-1);
        const underHeading =
          !isHeading &&
          above?.kind === 'label' &&
          above.text === heading &&
          !FIELD_LINE.test(heading) &&
          !FIELD_LINE.test(line);
        heading = underHeading ? `${heading} · ${line}` : line;
        label = '';
        if (isHeading) {
          day = '';
          time = '';
        }
      } else label = line;
      // A heading or label is quotable itself, with the day and time it opens: "Afternoon sitting" under
      // "14.00 – 16.30", or a page's "16 November 2009 to 17 November 2009" line, which is its dates.
      push({ text: line, context: context().filter((c) => c !== line), kind: 'label', line: lineNo });
      return;
    }
    item = undefined;
    // "Venue: …" and "Host: …" on lines of their own are a block's fields, each a unit as a form prints it; a line
    // that goes on in lower case continues the field.
    const field = FIELD_LINE.test(line);
    if (paragraph && (field || (paragraph.field && !/^[\p{Ll}(]/u.test(line)))) flushParagraph();
    if (!paragraph) paragraph = { text: [], line: lineNo, field };
    paragraph.text.push(line);
  };

  for (const [i, raw] of lines.entries()) {
    // A mail header's fields are each a line of their own, and none heads the letter below them.
    if (i < mail.headerLength) {
      if (raw.trim()) push({ text: squash(raw), context: [], kind: 'label', line: i + 1 });
      continue;
    }
    if (NUMBER_ONLY.test(raw) || BARE_ROMAN.test(raw)) {
      if (numberCell) readLine(numberCell.text, numberCell.line - 1);
      numberCell = { text: raw.trim(), line: i + 1 };
      continue;
    }
    const cell = numberCell;
    const text = raw.trim();
    if (cell && text) {
      numberCell = undefined;
      // The title cell completes the item, cited at its number's line; a table, another number, or a day or time
      // heading after it means the number stood alone. A title may name a date ("Preparing the 19 September summit").
      const heading = statedDateTime(text).time || chrono.parse(text, REFERENCE)[0]?.index === 0;
      if (!isRow(raw, i) && !NUMBERED.test(text) && !heading) {
        const number = /[.):]$/.test(cell.text) ? cell.text : `${cell.text}.`;
        readLine(`${number} ${text}`, cell.line - 1);
        continue;
      }
      readLine(cell.text, cell.line - 1);
    }
    readLine(raw, i);
  }
  if (numberCell) readLine(numberCell.text, numberCell.line - 1);
  flushParagraph();
  return withBareLabelsAsItems(units);
}

/**
 * "Documents / Contributed papers / Background papers": short lines under a heading with nothing under any of them
 * are the heading's list, not headings of their own. A run of such labels becomes items of the label that opens it.
 */
function withBareLabelsAsItems(units: ReadingUnit[]): ReadingUnit[] {
  const framing = (u: ReadingUnit) => {
    const stated = statedDateTime(u.text);
    return Boolean(stated.day || stated.time);
  };
  const bare = (i: number) => {
    const u = units[i];
    const next = units[i + 1];
    return u?.kind === 'label' && !framing(u) && !u.text.endsWith(':') && (next === undefined || next.kind === 'label');
  };
  for (let i = 0; i < units.length; i++) {
    const opener = units[i];
    if (opener?.kind !== 'label' || framing(opener) || !bare(i + 1) || !bare(i + 2)) continue;
    let end = i + 1;
    while (bare(end)) end++;
    // The run ends the page or gives way to the next section's heading; a title block ("Note to Correspondents /
    // … / AT HEADQUARTERS, 15 - 16 OCTOBER") runs into a dateline and prose instead.
    const after = units[end];
    if (after && (framing(after) || after.text.endsWith(':'))) continue;
    for (let j = i + 1; j < end; j++) {
      const u = units[j] as ReadingUnit;
      units[j] = {
        ...u,
        kind: 'item',
        context: [...opener.context, opener.text],
        frame: { ...opener.frame, heading: opener.text },
      };
    }
    i = end - 1;
  }
  return units;
}
