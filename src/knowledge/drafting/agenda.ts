import { DateTime } from 'luxon';
import { capitalise } from '../../text/capitalise.js';
import { extractSymbols } from '../doc-symbols.js';
import { numberFollows, numberStartsAgain, withoutItemNumber } from '../item-numbers.js';
import type { Person } from '../meeting-record.js';
import { MONTH_PATTERN, WEEKDAYS } from '../ordinals.js';
import {
  isDayHeading,
  isLabel,
  numberedEntry,
  numeralCell,
  type ReadingUnit,
  statedDateTime,
  timedEntry,
} from '../reading-units.js';
import { dayOf } from '../stated-day.js';
import { NO_FAMILIES, type SymbolFamilies } from '../symbol-scheme.js';
import { type ClockRange, clockRange, clockRanges, isClockOnly, withinRange } from './clock-times.js';
import type { Origin } from './origin.js';
import { type NamedPerson, peopleInText, peopleOfEntry, peopleOfLine, withoutHonorific } from './people.js';

/**
 * A programme read from its layout: agenda items under a day heading and a time range become sessions with
 * their items, and a table row that gives its own time is a session of its own. Only what the page states
 * is kept: an item with no day or no time above it is still an agenda line (it may tell who opened the
 * meeting) but makes no session.
 */
export interface DraftItem {
  number?: string;
  title: string;
  speakers: Person[];
  moderators: Person[];
  notes?: string;
  /** Papers the entry sets off after its title ("— RD(25)05"), which its title no longer holds. */
  documents?: string[];
  from: Origin;
}

export interface DraftSession {
  title: string;
  /** Local date and time, YYYY-MM-DDTHH:MM. */
  start: string;
  end?: string;
  /** The zone those local times are in, where the page states its own (a calendar's "…Z" times are UTC). */
  zone?: string;
  items: DraftItem[];
  from: Origin;
}

export interface Agenda {
  sessions: DraftSession[];
  /** Every agenda line, dated or not, in page order. */
  lines: DraftItem[];
}

/** Labels that make the person a moderator rather than a speaker. */
const MODERATING = /\b(?:moderat\w*|chair\w*|facilitat\w*|presid\w*)\b/i;

function asPerson(p: NamedPerson): Person {
  return { name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.topic ? { topic: p.topic } : {}) };
}

function withPeople(item: DraftItem, people: NamedPerson[]): DraftItem {
  for (const p of people) {
    const list = p.label && MODERATING.test(p.label) ? item.moderators : item.speakers;
    if (!list.some((q) => q.name === p.name)) list.push(asPerson(p));
  }
  return item;
}

/**
 * An item the session holds already, numbered and titled alike, is the same item on another row: a title merged over
 * the rows of its speakers stands in each of them. Its people join the item's.
 */
function addItem(items: DraftItem[], item: DraftItem): void {
  const same = items.find((i) => i.number === item.number && i.title === item.title);
  if (same) joinPeople(same, item);
  else items.push(item);
}

/** The people of `item` that `into`, the same item read elsewhere, does not name yet, each in their role. */
export function joinPeople(into: DraftItem, item: DraftItem): void {
  for (const role of ['speakers', 'moderators'] as const)
    for (const p of item[role]) if (!into[role].some((q) => q.name === p.name)) into[role].push(p);
}

/**
 * The words after an entry's last spaced dash, or a spaced hyphen typed for one: a speaker ("Closing - Eamon Ó
 * Dálaigh") or a paper ("— RD(25)05") set off from the title.
 */
const DASH_TAIL = /\s[–—-]\s+([^–—]+)$/u;

/** "I. Opening of the meeting · Hania Zlotnik, Director, …": the title, and the people on the lines under it. */
export function agendaItem(unit: ReadingUnit, origin: Origin, families: SymbolFamilies = NO_FAMILIES): DraftItem {
  const [head = '', ...under] = unit.text.split(' · ');
  const numbered = (unit.number ? numberedEntry(head)?.title : undefined) ?? withoutItemNumber(head);
  // "Handler Welfare Code — Harriet Ashworth-Lowe — RD(25)05": the paper set off last is the item's document.
  const { entry, documents } = withoutSetOffPapers(numbered, families);
  // The entry's own wording says who moderates and who speaks; names found in it by other cues follow.
  const inEntry = peopleOfEntry(entry);
  const inText = peopleInText(entry).filter((p) => p.name !== entry && !inEntry.some((e) => e.name.includes(p.name)));
  // "Budget and dues — M. Van Hoeydonck": the speaker set off at the end is no part of the item's title.
  const tail = DASH_TAIL.exec(entry);
  const setOff = tail ? withoutHonorific(tail[1] ?? '') : '';
  const speaks = [...inEntry, ...inText].some((p) => setOff.startsWith(p.name));
  const title = tail && speaks ? entry.slice(0, tail.index) : entry;
  const item: DraftItem = {
    title,
    speakers: [],
    moderators: [],
    from: origin,
    ...(unit.number ? { number: unit.number } : {}),
    ...(documents.length ? { documents } : {}),
  };
  const notes: string[] = [];
  withPeople(item, [...inEntry, ...inText]);
  for (const line of under) {
    // "Opening by Ms. X" under an item names its person as the entry's own wording does.
    const listed = peopleOfLine(line);
    const people = listed.length ? listed : peopleOfEntry(line);
    if (people.length) withPeople(item, people);
    else notes.push(line);
  }
  if (notes.length) {
    // Minutes tell an item in prose under it: "Mr L. Gruber-Steiner presented RD(22)03". Who the prose names took
    // part in the item.
    const prose = unwrapped(notes);
    withPeople(
      item,
      peopleInText(prose).filter((p) => !item.speakers.some((q) => q.name.includes(p.name))),
    );
    item.notes = notes.join('; ');
  }
  return item;
}

/** An entry without the symbols of papers set off at its end, and those symbols, in the entry's order. */
function withoutSetOffPapers(text: string, families: SymbolFamilies): { entry: string; documents: string[] } {
  let entry = text;
  const documents: string[] = [];
  for (let part = DASH_TAIL.exec(entry); part; part = DASH_TAIL.exec(entry)) {
    const tail = (part[1] ?? '').trim();
    const [symbol] = extractSymbols(tail, families);
    if (!symbol || symbol.symbol !== tail) break;
    documents.unshift(tail);
    entry = entry.slice(0, part.index).trim();
  }
  return { entry, documents };
}

/** Lines of prose as one text, a name hyphenated at a line's end ("Mr É. Raffort-" / "Dujardin") made whole. */
function unwrapped(lines: string[]): string {
  return lines.reduce((text, line) => (/\p{L}-$/u.test(text) ? `${text}${line}` : text ? `${text} ${line}` : line), '');
}

/** The symbols an item's own text cites: "Adoption of the agenda (CCBWS/WKS/2021/1)". */
export function itemDocuments(item: DraftItem, families: SymbolFamilies = NO_FAMILIES): string[] {
  const cited = extractSymbols(`${item.title} ${item.notes ?? ''}`, families).filter((m) => !m.bare);
  return [...new Set([...(item.documents ?? []), ...cited.map((m) => m.symbol)])];
}

/** Column labels that say a cell holds the item's title, or the people who speak or chair under it. */
const TITLE_COLUMN = /^(?:agenda\s+)?(?:items?|titles?|topics?|subjects?|sessions?)(?:\s*\([^)]*\))?$/i;
/** The column a row's title cell stands in: one of items as such, one of titles (sessions, topics), or none. */
type TitleColumn = 'items' | 'titles' | undefined;

/** A column of agenda items as such, not of sessions or topics, whose every entry is an item. */
const ITEMS_COLUMN = /^(?:agenda\s+)?items?\b/i;
const PEOPLE_COLUMN = /\b(?:who|speakers?|presenters?|moderators?|chairs?|panell?ists?|facilitators?|leads?|led by)\b/i;

/** A column of the items' numbers ("No.", "#", "Item no."), whose cells hold a numeral alone ("3", "IV."). */
const NUMBER_COLUMN = /^(?:(?:agenda\s+)?items?\s+)?(?:no\.?|nos?\.?|#|n[°º]|numbers?)$/i;
/** Labels of people who speak, beside a column label that also names who moderates ("Speaker / moderator"). */
const SPEAKING = /\b(?:speak\w*|present\w*|panell?ist\w*|who)\b/i;

/** A column of the slots of the programme, whose cells name the session the row's items fall in. */
const SESSION_COLUMN = /^(?:sessions?|sittings?|slots?|blocks?)$/i;

/**
 * The labels of columns that list numbered entries, two or more in one cell ("1. Adoption of the agenda; 2. Budget"),
 * whatever a table calls them ("Business, presenters and papers"): such a column holds the items. Letters do not
 * count, as a chair's cell opens with initials ("H. Strømsnes; A. Nowak").
 */
function columnsOfEntries(units: ReadingUnit[]): Set<string> {
  const labels = new Set<string>();
  for (const u of units)
    for (const c of u.kind === 'row' ? (u.cells ?? []) : []) {
      const numbered = c.text
        .split(/;\s+/)
        .filter((p) => /^(?:\d{1,2}|[IVXLC]{1,6})$/.test(numberedEntry(p)?.number ?? ''));
      if (c.label && numbered.length >= 2) labels.add(c.label);
    }
  return labels;
}

/** A noun and a number, either way round: "Session 2", "1st meeting", "Sitting IV". */
const SLOT_NAME = /^(?:\p{L}{3,}\s+(?:\d{1,2}|[IVX]{1,4})|\d{1,2}(?:st|nd|rd|th)\s+\p{L}{3,})$/u;

/** A table row read as a slot of the programme: its items, the name the row gives the slot, its time and its day. */
interface RowSlot {
  items: DraftItem[];
  /** "1st meeting" in a column of its own: the slot's name, beside the items it holds. */
  name?: string;
  time?: ClockRange;
  /** The day a cell of the row states ("Wednesday 9 October" in a Day column), as the page prints it. */
  day?: string;
  /** "Items 1, 2 and 3": the numbers of the page's agenda items the slot takes up, instead of titles of its own. */
  refs?: ItemReference[];
  /** The entries of a column the table labels as its items, beside a slot's name or several: items, numbered or not. */
  listed?: boolean;
}

interface ItemReference {
  number: string;
  continued: boolean;
}

/**
 * "Items 1, 2 and 3", "Item 4", "Items 4 (continued) and 5": a timetable cell that names agenda items by number only,
 * as an annotated agenda's timetable does below its list of items.
 */
function itemReferences(text: string): ItemReference[] | undefined {
  const listed = /^items?\s+(.+)$/i.exec(text.trim())?.[1];
  if (!listed) return undefined;
  const parts = listed.split(/\s*(?:,|\band\b|&)\s*/i).filter(Boolean);
  const refs = parts.map((p) => /^(\d{1,2}|[IVX]{1,5})(\s*\(continued\))?$/i.exec(p.trim()));
  if (refs.some((r) => !r)) return undefined;
  return refs.map((r) => ({ number: (r?.[1] ?? '').toUpperCase(), continued: Boolean(r?.[2]) }));
}

/**
 * A row's items cell may list several entries, one per line of the cell ("1. Adoption of the agenda; 2. Election of
 * officers"): each numbered entry is an item, and an unnumbered one goes with the item after it ("Opening by Ms. X"
 * over item 1) or, past the last, under that item: its speaker ("Mr. X, Statistics Office") or its note ("Closing of
 * the session").
 */
function rowEntries(
  title: string,
  unit: ReadingUnit,
  origin: Origin,
  column: TitleColumn,
  families: SymbolFamilies,
): DraftItem[] {
  const parts = title.split(/;\s+/);
  const bare = barelyNumbered(parts, column ? 1 : 2);
  const numbered = bare ?? parts.map(numberedEntry);
  // "Opening; adoption of the agenda; election of officers" in an items column: each entry is an item.
  if (!bare && column === 'items' && parts.length > 1 && !numbered.some(Boolean)) {
    return parts.map((part) => agendaItem({ ...unit, text: capitalise(part) }, origin, families));
  }
  if (!bare && (parts.length < 2 || !numbered.some(Boolean))) {
    // "Session III – Keynote …" in the title cell numbers the row as a line of its own would.
    const number = unit.number ?? numberedEntry(title)?.number;
    return [agendaItem({ ...unit, text: title, ...(number ? { number } : {}) }, origin, families)];
  }
  const entries: { text: string[]; number: string }[] = [];
  let before: string[] = [];
  for (const [i, part] of parts.entries()) {
    const entry = numbered[i];
    if (!entry) {
      before.push(part);
      continue;
    }
    entries.push({ text: [bare ? entry.title : part, ...before], number: entry.number });
    before = [];
  }
  entries.at(-1)?.text.push(...before);
  return entries.map((e) => agendaItem({ ...unit, text: e.text.join(' · '), number: e.number }, origin, families));
}

/**
 * The page's list of agenda items: its longest run of numbered lines counting up by one from the first, outside any
 * time slot. A running head's "Item 1 of the provisional agenda" is a run of one.
 */
function longestNumberedRun(units: ReadingUnit[]): ReadingUnit[] {
  let best: ReadingUnit[] = [];
  let run: ReadingUnit[] = [];
  for (const u of units) {
    if (u.kind !== 'item' || !u.number || u.frame.time) continue;
    const previous = run.at(-1);
    run = previous && numberFollows(previous.number ?? '', u.number) ? [...run, u] : [u];
    if (run.length > best.length) best = run;
  }
  return best.length > 1 ? best : [];
}

/**
 * "1 Opening; 2 Agenda; 3 Report of the Secretariat": entries of a cell that each open with a bare number, counting
 * up, are numbered though no dot follows their numbers. One such entry alone could be a count ("2 Papers"), except
 * in a column the table labels as its items.
 */
function barelyNumbered(parts: string[], fewest: number): Array<{ title: string; number: string }> | undefined {
  const entries = parts.map((p) => /^(\d{1,2})\s+(?=\p{Lu})/u.exec(p));
  const numbers = entries.map((e) => Number(e?.[1]));
  if (parts.length < fewest || numbers.some((n, i) => !n || (i > 0 && n <= (numbers[i - 1] ?? 0)))) return undefined;
  return parts.map((p, i) => ({ title: p.slice(entries[i]?.[0].length ?? 0), number: String(numbers[i]) }));
}

/**
 * A cell that is only a day, in words: "Wednesday 9 October", "Tue 16 March", or "Tue 7.06" where 7 June of the
 * meeting's year is a Tuesday. A code ("IPMC/TC.3/1", "SBC.3/2") may read as a numeric date, so the day must name its
 * month or weekday.
 */
function isDayCell(text: string, year: number | undefined): boolean {
  if (!isLabel(text) || !DAY_WORD.test(text)) return false;
  const stated = statedDateTime(text);
  return (isDayHeading(stated) && !stated.time) || (year !== undefined && dayOf(text, year) !== undefined);
}

const DAY_WORD = new RegExp(
  `\\b(?:${MONTH_PATTERN}|${WEEKDAYS.map((d) => `${d}|${d.slice(0, 3)}\\.?`).join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * A table row: one cell holds the time, one the item, others the people. Where the columns are labelled
 * ("Item", "Who"), the labels say which cell is which; otherwise a cell naming people holds the people.
 */
function slotOfRow(
  unit: ReadingUnit,
  origin: Origin,
  year: number | undefined,
  entryColumns: ReadonlySet<string>,
  families: SymbolFamilies,
): RowSlot {
  const cells = unit.cells ?? [{ text: unit.text }];
  let time: ClockRange | undefined;
  let day: string | undefined;
  let name: string | undefined;
  const isItemsColumn = (label: string) => ITEMS_COLUMN.test(label) || entryColumns.has(label);
  const inColumn = (column: RegExp | ((label: string) => boolean)) =>
    cells.find(
      (c) =>
        c.label && (typeof column === 'function' ? column(c.label) : column.test(c.label)) && /\p{L}{3}/u.test(c.text),
    )?.text;
  // Beside a column of items, a column of sessions names the slot the items fill, not an item.
  let title = inColumn(isItemsColumn) ?? inColumn(TITLE_COLUMN) ?? '';
  // Beside a labelled items column, a cell of its own may name the slot; in an unlabelled row the title cell does.
  const labelled = title !== '';
  const people: NamedPerson[] = [];
  let refs: ItemReference[] | undefined;
  let number: string | undefined;
  for (const cell of cells) {
    const named = refs ? undefined : itemReferences(cell.text);
    if (named) {
      refs = named;
      continue;
    }
    if (!time && isClockOnly(cell.text)) {
      time = clockRange(cell.text);
      continue;
    }
    if (!day && isDayCell(cell.text, year)) {
      day = cell.text;
      continue;
    }
    if (cell.text === title) continue;
    // A numeral alone, in a column of numbers or one with no label, numbers the row's item; it is not its title.
    const itemNumber = !cell.label || NUMBER_COLUMN.test(cell.label) ? numeralCell(cell.text) : undefined;
    if (itemNumber) {
      number ??= itemNumber;
      continue;
    }
    const found = peopleOfLine(cell.text, Boolean(cell.label && PEOPLE_COLUMN.test(cell.label)));
    // A column of chairs or moderators alone makes the people in it moderators, as a "Chair:" label before each would.
    const moderating = cell.label && MODERATING.test(cell.label) && !SPEAKING.test(cell.label) ? cell.label : undefined;
    if (found.length) people.push(...found.map((p) => (moderating && !p.label ? { ...p, label: moderating } : p)));
    else if (!title && /\p{L}{3}/u.test(cell.text)) title = cell.text;
    // A cell that numbers the slot ("1st meeting", "Session 2", "Sitting IV") names it; a code ("SBC.3/2") or any
    // other cell ("bus leaves 13:15") is a note of the row.
    else if (labelled && !name && (SLOT_NAME.test(cell.text.trim()) || SESSION_COLUMN.test(cell.label ?? '')))
      name = cell.text;
  }
  const where = {
    ...(name ? { name } : {}),
    ...(time ? { time } : {}),
    ...(day ? { day } : {}),
    ...(refs ? { refs } : {}),
  };
  // A row that names its items by number only has no titles of its own: its one text cell names the slot.
  if (refs) return { items: [], ...where, ...(!name && title ? { name: title } : {}) };
  const itemsLabel = cells.some((c) => c.text === title && c.label !== undefined && isItemsColumn(c.label));
  const column: TitleColumn = itemsLabel ? 'items' : labelled ? 'titles' : undefined;
  const numberedUnit = number && !unit.number ? { ...unit, number } : unit;
  const scoped = people.map(scopeOf);
  const items = rowEntries(title || unit.text, numberedUnit, origin, column, families).map((item) =>
    withPeople(
      item,
      scoped.filter((p) => !p.items || (item.number !== undefined && p.items.has(item.number))).map((p) => p.person),
    ),
  );
  // Beside a cell that names the slot ("2nd meeting"), what the items column holds is the slot's items.
  const entries = itemsLabel && (name !== undefined || title.split(/;\s+/).length > 1);
  return { items, ...where, ...(entries ? { listed: true } : {}) };
}

/** "H. Strømsnes (items 8–9)": what a person's role ends with when they serve for some of the row's items only. */
const ITEM_SCOPE = /,?\s*\(?\bitems?\s+(\d{1,2})(?:\s*[–-]\s*(\d{1,2}))?\)?$/iu;

/** A person and the numbers of the items their role is limited to, if it is; the role without that limit. */
function scopeOf(person: NamedPerson): { person: NamedPerson; items?: Set<string> } {
  const m = person.role ? ITEM_SCOPE.exec(person.role) : null;
  if (!m) return { person };
  const from = Number(m[1]);
  const to = Math.max(from, Number(m[2] ?? from));
  const role = person.role?.slice(0, m.index).trim();
  const items = new Set(Array.from({ length: Math.min(to - from + 1, 50) }, (_, i) => String(from + i)));
  return { person: { ...person, role: role || undefined }, items };
}

/** A line longer than this is prose about the programme, not a line naming an item's people. */
const MAX_PERSON_LINE_WORDS = 25;

function peopleUnder(unit: ReadingUnit): NamedPerson[] {
  const onLine = peopleOfLine(unit.text);
  const labelled = onLine.filter((p) => p.label);
  if (labelled.length) return labelled;
  // A short line of its own under an item ("Ms. X, Population Division") is the item's speaker, as a table
  // flattened to one cell a line prints it; in a sentence only "… by Ms. X" names one.
  if (unit.kind === 'label' && onLine.length) return onLine;
  const text = unit.text;
  return /\bby\b/i.test(text) ? peopleInText(text).filter((p) => p.index > text.search(/\bby\b/i)) : [];
}

/** A line that states its own time range ("10:30–12:30 Panel: …"), not one under a time heading. */
function opensItsTime(unit: ReadingUnit): boolean {
  const time = unit.frame.time;
  return (unit.kind === 'item' || unit.kind === 'label') && time !== undefined && unit.text.startsWith(time);
}

/**
 * Slots every programme has that are no part of the meeting's business, in any series: registration (badges,
 * accreditation, check-in), breaks and meals. A reception or a visit is an event of the meeting and keeps its session.
 */
const BREAK =
  /^(?:arrival|registration|badges?|accreditation|check-in|sign-in|coffee|tea|lunch|break|recess)\b|\b(?:break|lunch|registration)$/i;

/** Numbered items or rows follow under the same day and time: the timed line is their heading. */
function headsItems(units: ReadingUnit[], index: number): boolean {
  const { day, time } = units[index]?.frame ?? {};
  for (const u of units.slice(index + 1)) {
    if (u.frame.day !== day || u.frame.time !== time) return false;
    if ((u.kind === 'item' && u.number) || u.kind === 'row') return true;
  }
  return false;
}

export function readAgenda(
  units: ReadingUnit[],
  path: string,
  year: number | undefined,
  families: SymbolFamilies = NO_FAMILIES,
): Agenda {
  const sessions: DraftSession[] = [];
  const lines: DraftItem[] = [];
  const sessionAt = (start: string, end: string | undefined, title: string, from: Origin) => {
    let s = sessions.find((x) => x.start === start);
    if (!s) {
      s = { title, start, ...(end ? { end } : {}), items: [], from };
      sessions.push(s);
    }
    return s;
  };
  let last: DraftItem | undefined;
  let lastTime: string | undefined;
  /** Days whose programme numbers its items under time headings. */
  const headedDays = new Set<string>();
  const unnamed = (item: DraftItem) => !item.number && !item.speakers.length && !item.moderators.length;
  // On such a day a timed line with no number and no one named (a clinic, a reception) is an aside to the
  // programme: a session with no agenda item. Where a day is all timed lines, each is a session with its item.
  const isAside = (item: DraftItem, day: string) => unnamed(item) && headedDays.has(day);
  /** The day and time of the table row above, which a row with an empty time cell shares (a merged cell). */
  let rowAbove: { day: string; time: ClockRange; inCell: boolean } | undefined;
  const numberedRows = units.some((u) => u.kind === 'row' && u.number);
  const entryColumns = columnsOfEntries(units);
  // The page's own list of numbered items, which a timetable's "Items 1, 2 and 3" takes up by number.
  const listed = new Map<string, DraftItem>();
  for (const u of longestNumberedRun(units)) {
    const item = agendaItem(u, { path, line: u.line }, families);
    listed.set(u.number ?? '', { ...item, title: item.title.replace(/\.$/, '') });
  }
  const takenUp = (refs: ItemReference[], origin: Origin): DraftItem[] =>
    refs.flatMap(({ number, continued }) => {
      const item = listed.get(number);
      return item ? [{ ...item, title: continued ? `${item.title} (continued)` : item.title, from: origin }] : [];
    });
  // A page that heads one day only (a daily journal's "Thursday, 17 February 2011" over its listings) dates the
  // times below that heading, even where a section heading comes between them.
  const headed = new Set(units.flatMap((u) => (u.kind === 'label' && u.frame.day === u.text ? [u.line] : [])));
  const days = new Set(units.flatMap((u) => dayOf(u.frame.day, year) ?? []));
  const onlyDay = headed.size === 1 && days.size === 1 ? { day: [...days][0], from: [...headed][0] ?? 0 } : undefined;
  const dayOfUnit = (u: ReadingUnit) =>
    dayOf(u.frame.day, year) ?? (onlyDay && u.line > onlyDay.from ? onlyDay.day : undefined);
  for (const [index, unit] of units.entries()) {
    const origin = { path, line: unit.line };
    if (unit.kind !== 'row') rowAbove = undefined;
    const entry = opensItsTime(unit) ? timedEntry(unit.text) : undefined;
    if (entry?.slot && !headsItems(units, index)) {
      // "14:30–17:30 Sitting 1: adoption of the agenda; report of …": a slot of its own name, over its entries.
      const day = dayOfUnit(unit);
      const time = clockRange(unit.text);
      const items = entry.slot.entries.map((text) =>
        agendaItem({ ...unit, text, number: undefined }, origin, families),
      );
      lines.push(...items);
      last = items.at(-1);
      lastTime = unit.frame.time;
      if (!day || !time) continue;
      const session = sessionAt(`${day}T${time.start}`, time.end && `${day}T${time.end}`, entry.slot.name, origin);
      for (const item of items) addItem(session.items, item);
      headedDays.add(day);
      continue;
    }
    if (entry && !headsItems(units, index)) {
      const item = agendaItem({ ...unit, text: entry.title, number: entry.number }, origin, families);
      last = item;
      lastTime = unit.frame.time;
      if (unnamed(item) && BREAK.test(item.title)) continue;
      lines.push(item);
      const day = dayOfUnit(unit);
      const time = clockRange(unit.text);
      if (!day || !time) continue;
      const session = sessionAt(`${day}T${time.start}`, time.end && `${day}T${time.end}`, item.title, origin);
      if (!isAside(item, day)) session.items.push(item);
      continue;
    }
    // A timed line over numbered items is their session's heading, not an item of its own.
    if (entry && unit.kind === 'item') {
      last = undefined;
      continue;
    }
    if (unit.kind === 'label' || unit.kind === 'sentence') {
      // The line right under a time heading names its slot: "Welcome reception" at 16:30 is a session with no agenda
      // item, and "Morning sitting" the session the numbered items under it fill.
      const slotDay = units[index - 1]?.text === unit.frame.time ? dayOfUnit(unit) : undefined;
      const slotTime = slotDay && unit.frame.time ? clockRange(unit.frame.time) : undefined;
      if (slotDay && slotTime && !BREAK.test(unit.text) && !isClockOnly(unit.text)) {
        sessionAt(`${slotDay}T${slotTime.start}`, slotTime.end && `${slotDay}T${slotTime.end}`, unit.text, origin);
      }
      // "Presenter: Ms. X" or "Opening remarks by Mr. Y" on the line after an item names that item's people.
      const people = last && unit.text.split(/\s+/).length <= MAX_PERSON_LINE_WORDS ? peopleUnder(unit) : [];
      if (last && people.length) withPeople(last, people);
      else last = undefined;
      continue;
    }
    const day = dayOfUnit(unit);
    if (unit.kind === 'row') {
      const slot = slotOfRow(unit, origin, year, entryColumns, families);
      // A day cell merged over the rows below dates them too, as an empty time cell shares the time above.
      const ownDay = dayOf(slot.day, year);
      const rowDay = ownDay ?? (rowAbove?.inCell ? rowAbove.day : day);
      // Under a slot's heading ("Block A · 09:30–12:30"), a row timed within the slot, or not timed, is one of its
      // entries: the slot is the session, and the row's own time only orders the entries.
      const headed = unit.frame.time ? clockRange(unit.frame.time) : undefined;
      const block = headed?.end && (!slot.time || withinRange(slot.time.start, headed)) ? headed : undefined;
      const time = block ?? slot.time ?? (rowAbove && rowAbove.day === rowDay ? rowAbove.time : undefined);
      rowAbove =
        rowDay && time ? { day: rowDay, time, inCell: ownDay !== undefined || rowAbove?.inCell === true } : undefined;
      // A break or registration is no part of the meeting's business; a row with no number and no one named that is
      // none of those (a field visit, a reception) is a session with no agenda item.
      const items = slot.refs
        ? takenUp(slot.refs, origin)
        : slot.items.filter((item) => !(unnamed(item) && BREAK.test(item.title)));
      if (!items.length && slot.refs && rowDay && time && slot.name) {
        sessionAt(`${rowDay}T${time.start}`, time.end && `${rowDay}T${time.end}`, slot.name, origin);
        continue;
      }
      if (!items.length) continue;
      // Where the rows number their items, a slot whose one entry has no number ("Welcome by Mr. X" beside
      // "Opening") is an item of its own, named as the slot is; the entry says what happens in it.
      const lone = items.length === 1 && numberedRows && slot.name && !items[0]?.number ? items[0] : undefined;
      if (lone && slot.name)
        items[0] = { ...lone, title: slot.name, notes: [lone.title, lone.notes].filter(Boolean).join('; ') };
      lines.push(...items.filter((item) => !unnamed(item)));
      if (!rowDay || !time) continue;
      const title = (block ? unit.frame.label : undefined) ?? slot.name ?? items[0]?.title ?? unit.text;
      const start = `${rowDay}T${time.start}`;
      // A row whose time cell is merged with the rows above shares their slot: it is no slot of its own.
      const shared = block !== undefined || sessions.some((x) => x.start === start && x.items.length > 0);
      const session = sessionAt(start, time.end && `${rowDay}T${time.end}`, title, origin);
      // Where the rows number their items, a row without a number is a slot of its own (an opening, a visit); where
      // they number none, or the row shares a numbered item's slot, every entry with people is an item.
      for (const item of items.filter(
        (item) => slot.refs || slot.listed || item.number || ((!numberedRows || shared) && !unnamed(item)),
      ))
        addItem(session.items, item);
      continue;
    }
    // Numbered lines under neither a day nor a time are a list (objectives, conclusions), not a programme; under a
    // day and a time, a bulleted list's lines are that session's items, numbered or not.
    if (unit.kind !== 'item' || !(unit.frame.time || unit.frame.day)) continue;
    if (!unit.number && !(unit.bullet && unit.frame.time && unit.frame.day)) continue;
    // "(a) Changes made since …" under "Item 3." is a sub-point of item 3, not an item of its own.
    if (/^\s*\(?[a-z][.)]/.test(unit.text) && last?.number && !/^[A-Z]$/.test(last.number)) {
      last.notes = [last.notes, unit.text].filter(Boolean).join('; ');
      continue;
    }
    // Numbering that starts again under the same time ("5. Documents" after item 8) is the page's next section.
    if (unit.number && last?.number && unit.frame.time === lastTime && numberStartsAgain(last.number, unit.number)) {
      last = undefined;
      continue;
    }
    const item = agendaItem(unit, origin, families);
    last = item;
    lastTime = unit.frame.time;
    lines.push(item);
    const time = unit.frame.time ? clockRange(unit.frame.time) : undefined;
    if (!day || !time) continue;
    const title =
      unit.frame.label ?? (day ? `${DateTime.fromISO(day, { zone: 'UTC' }).toFormat('cccc')} session` : item.title);
    sessionAt(`${day}T${time.start}`, time.end && `${day}T${time.end}`, title, origin).items.push(item);
    headedDays.add(day);
  }
  return { sessions, lines };
}

const EVERY_DAY = /\b(?:each|every)\s+day\b|\bdaily\b/i;

// A unit may hold more than one sentence; "… to 5 p.m. A reception follows on 8 October" ends at the capital.
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z])/;

/**
 * The text that states the meeting's hours: a unit that says they held each day ("Sessions ran from 8:30 a.m. to
 * 4:30 p.m. Pacific time each day"), or else a sentence about the meeting itself with hours and no day of its own
 * ("The meeting will be held in Room 6 from 10 a.m. to 6 p.m."). `noun`: the page's event noun.
 */
function dailyHours(units: ReadingUnit[], noun: string | undefined, year: number) {
  const timed = (text: string) => clockRanges(text).some((r) => r.end);
  const everyDay = units.find((u) => EVERY_DAY.test(u.text) && timed(u.text));
  if (everyDay) return { unit: everyDay, text: everyDay.text };
  if (!noun) return undefined;
  const aboutMeeting = new RegExp(`\\b${noun}s?\\b`, 'i');
  return units
    .flatMap((unit) => unit.text.split(SENTENCE_END).map((text) => ({ unit, text })))
    .find(({ text }) => timed(text) && aboutMeeting.test(text) && !dayOf(text, year));
}

/**
 * With no programme on the page, the stated daily hours make one session a day (or one per range, "10:00–13:00
 * and 15:00–18:00 each day") over the meeting's dates.
 */
export function dailySessions(
  units: ReadingUnit[],
  path: string,
  start: string,
  end: string,
  noun?: string,
): DraftSession[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) return [];
  const stated = dailyHours(units, noun, Number(start.slice(0, 4)));
  if (!stated) return [];
  const { unit, text } = stated;
  const ranges = clockRanges(text).filter((r) => r.end);
  const sessions: DraftSession[] = [];
  const from = { path, line: unit.line };
  for (let day = new Date(`${start}T00:00Z`), n = 1; day <= new Date(`${end}T00:00Z`) && n <= MAX_DAYS; n++) {
    const date = day.toISOString().slice(0, 10);
    ranges.forEach((r, i) => {
      const part = ranges.length > 1 ? `, part ${i + 1}` : '';
      sessions.push({
        title: `Day ${n}${part}`,
        start: `${date}T${r.start}`,
        end: `${date}T${r.end}`,
        items: [],
        from,
      });
    });
    day = new Date(day.getTime() + 86_400_000);
  }
  return sessions;
}

/** A meeting's dates span at most this many days; longer is a misread range, not a programme. */
const MAX_DAYS = 14;
