import { cleanText } from '../clean-text.js';
import type { LoadedDocument } from '../document.js';
import { expandRowSpans, type TableNode } from './table-spans.js';
import { guessTitle } from './title.js';

const BOILERPLATE =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'LI',
  'TR',
  'TABLE',
  'UL',
  'OL',
  'BR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'DD',
  'DT',
]);

/** Pages nested deeper than this are refused rather than walked: no real article needs it, an HTML bomb does. */
const MAX_DEPTH = 400;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

function roman(n: number): string {
  const digits: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of digits) {
    for (; n >= value; n -= value) out += numeral;
  }
  return out;
}

/**
 * The marker an ordered list prints before its n-th item, in the list's style: "3. ", "IV. ", "(c) ". The page's
 * numbers are what the agenda cites ("item IV"), so they are kept as the reading units expect numbering.
 */
function listMarker(type: string | null | undefined, n: number): string {
  if (n >= 1 && (type === 'I' || type === 'i')) return `${type === 'I' ? roman(n) : roman(n).toLowerCase()}. `;
  if (n >= 1 && n <= 26 && (type === 'a' || type === 'A')) {
    const letter = String.fromCharCode(96 + n);
    return `(${type === 'A' ? letter.toUpperCase() : letter}) `;
  }
  return `${n}. `;
}

/** Each item's marker of an `<ol>`, counted from its `start`; an item's own `value` moves the count. */
function orderedMarkers(list: DomNode): Map<DomNode, string> {
  const markers = new Map<DomNode, string>();
  const type = list.getAttribute?.('type');
  let n = Number.parseInt(list.getAttribute?.('start') ?? '', 10);
  if (Number.isNaN(n)) n = 1;
  for (const child of Array.from(list.childNodes)) {
    if (child.nodeType !== 1 || child.nodeName.toUpperCase() !== 'LI') continue;
    const value = Number.parseInt(child.getAttribute?.('value') ?? '', 10);
    if (!Number.isNaN(value)) n = value;
    markers.set(child, listMarker(type, n++));
  }
  return markers;
}

/** Elements that never hold children, and ones whose end tag HTML lets authors leave out: neither deepens a page. */
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th tbody thead tfoot option'.split(
    ' ',
  ),
);

/**
 * The deepest tag nesting in the raw HTML, found by a linear scan before any parser runs. The DOM walk below already
 * refuses deep pages, but by then linkedom and Readability have spent seconds (1,000 levels) to minutes or a stack
 * overflow (100,000 levels) on them, stalling the whole knowledge load. Found by test/reliability/bad-input.test.ts.
 */
function nestingDepth(html: string, limit: number): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (NO_DEPTH.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/** An image's text alternative this long transcribes the image rather than naming it. */
const MIN_ALT_WORDS = 8;

/** A definition term this short and without figures labels its description: "Speaker", "Venue", "Chair". */
const MAX_TERM_WORDS = 4;

/**
 * "<dt>Speaker</dt><dd>Ms. X, Director</dd>" is one labelled line, "Speaker: Ms. X, Director", as the reading units
 * expect a label and its value. A term with figures ("10.00 – 13.00", "17 February") heads what follows instead.
 */
function termLabel(node: DomNode): string | undefined {
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const words = text.split(' ').filter(Boolean).length;
  if (!words || words > MAX_TERM_WORDS || /\d/.test(text)) return undefined;
  return text.endsWith(':') ? text : `${text}:`;
}

/** Marks a nested item's indent until the walk's whitespace clean-up is done; then it is two spaces a level. */
const NEST = '\uE000';
/** Marks where a block inside a list item begins or ends, while the text is written. */
const JOINT = '\uE001';
const JOINTS = /(?:\s*\uE001\s*)+/g;
/**
 * The edge of an inline element. Where two meet with no space between, "<span>John Wilmoth</span><span>Population
 * Division</span>", the page lays them out apart, by its style sheet, and their words must not run together
 * ("WilmothPopulation"); they are read as the parts of a "Name, Title, Organisation" line are.
 */
const EDGE = '\uE002';
const RUN_ON = /(?<=[\p{L}\p{N}.)])\uE002+(?=[\p{L}\p{N}(])/gu;
const EDGES = /\uE002/g;
/** Marks the line of a table's header row until the text is clean. */
const HEADER_ROW = '\uE003';
/** Inline elements that sit inside a word: "21<sup>st</sup>", "H<sub>2</sub>O", a soft break. */
const IN_WORD = new Set(['SUP', 'SUB', 'WBR']);
/** Lists and their items keep their own lines, even inside an item. */
const LIST_BLOCKS = new Set(['UL', 'OL', 'LI', 'TABLE', 'TR']);

/**
 * A node's text on one line. The page's own text never holds the marks the walk writes (a symbol font's private-use
 * characters might).
 */
function flatText(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').replace(/[\uE000-\uE003]/g, '');
}

/** A table row of two or more cells, all of them header cells (`<th>`). */
function isHeaderRow(row: DomNode): boolean {
  const cells = Array.from(row.childNodes).filter((c) => c.nodeType === 1);
  return cells.length > 1 && cells.every((c) => c.nodeName.toUpperCase() === 'TH');
}

/** The lines of a text that hold a header row's mark, and the text without the marks. */
function headerRowLines(text: string): { body: string; headerRows: number[] } {
  const lines = text.split('\n');
  const headerRows = lines.flatMap((line, i) => (line.includes(HEADER_ROW) ? [i] : []));
  return { body: headerRows.length ? text.replaceAll(HEADER_ROW, '') : text, headerRows };
}

/** Walks the DOM keeping block boundaries and heading levels, so the chunker still sees the page's structure. */
function toStructuredText(root: DomNode): string {
  const out: string[] = [];
  /** The last thing written was a term's label: its description goes on the same line. */
  let afterTerm = false;
  /** `lists`: how many lists the node sits in; an item of a list inside another is indented under its parent item. */
  const stack: Array<{
    /** Written when popped: the edge after an inline element's children. */
    mark?: string;
    node: DomNode;
    depth: number;
    inItem?: boolean;
    inCell?: boolean;
    marker?: string;
    lists?: number;
  }> = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { mark, node, depth, inItem, inCell, marker, lists = 0 } = stack.pop()!;
    if (mark) {
      out.push(mark);
      continue;
    }
    if (depth > MAX_DEPTH) throw new Error(`HTML nested more than ${MAX_DEPTH} levels deep`);
    if (node.nodeType === 3) {
      const text = flatText(node);
      if (text.trim()) afterTerm = false;
      out.push(text);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    const heading = /^H([1-6])$/.exec(name);
    // In a list item, a heading or a paragraph is a line of the item ("<li><h3>II. Title</h3><p>Speaker</p></li>"),
    // joined to it as a line break in an item is: breaking out of the item would leave its number on a line alone.
    if (heading && inItem) {
      out.push(`${JOINT}${flatText(node).trim()}${JOINT}`);
      continue;
    }
    if (heading) {
      out.push(`\n\n${'#'.repeat(Math.max(2, Number(heading[1])))} ${flatText(node).trim()}\n\n`);
      continue;
    }
    // An image's text alternative stands for what it shows; a long one transcribes it (a scanned programme, a
    // chart's figures), where a short one only names it ("UN emblem").
    if (name === 'IMG') {
      const alt = (node.getAttribute?.('alt') ?? '').replace(/\s+/g, ' ').trim();
      if (alt.split(' ').length >= MIN_ALT_WORDS) out.push(`\n\n${alt}\n\n`);
      continue;
    }
    const term = name === 'DT' ? termLabel(node) : undefined;
    if (term) {
      out.push(`\n\n${term} `);
      afterTerm = true;
      continue;
    }
    const cell = name === 'TD' || name === 'TH';
    if (name === 'DD' && afterTerm) afterTerm = false;
    else if (name === 'LI') out.push(`\n${NEST.repeat(Math.max(0, lists - 1))}${marker ?? '- '}`);
    else if (cell) out.push(' | ');
    // A line break inside a cell ("Moderator: A<br>B, Analyst") separates entries of the cell, not rows of the table.
    else if (name === 'BR' && inCell) out.push('; ');
    // A line break inside a list item ("Session 3 <br> Speakers: …") keeps its line in the item, as the reading
    // units join an item's sub-lines.
    else if (name === 'BR' && inItem) out.push(' · ');
    else if (inItem && BLOCKS.has(name) && !LIST_BLOCKS.has(name)) out.push(JOINT);
    else if (BLOCKS.has(name)) out.push('\n\n');
    const children = Array.from(node.childNodes);
    const within = {
      inItem: inItem || name === 'LI',
      inCell: inCell || cell,
      lists: lists + (name === 'UL' || name === 'OL' ? 1 : 0),
    };
    const markers = name === 'OL' ? orderedMarkers(node) : undefined;
    const inline = node.nodeType === 1 && !BLOCKS.has(name) && !IN_WORD.has(name) && !cell && name !== 'DT';
    // A row of header cells labels the columns below it, whatever its labels look like: its line is marked, and the
    // mark becomes the document's `headerRows`.
    if (name === 'TR' && isHeaderRow(node)) out.push(HEADER_ROW);
    if (inline) {
      out.push(EDGE);
      stack.push({ mark: EDGE, node, depth });
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      stack.push({ node: child, depth: depth + 1, ...within, marker: markers?.get(child) });
    }
  }
  return (
    out
      .join('')
      // A lone word that opens a line labels what follows it ("Moderator", "Venue"); other parts are a list's.
      .replace(RUN_ON, (_edges, at: number, text: string) =>
        /(?:^|\n)[\s\uE000-\uE002]*\p{L}+$/u.test(text.slice(Math.max(0, at - 40), at)) ? ': ' : ', ',
      )
      .replace(EDGES, '')
      .replace(JOINTS, (joints, at: number, text: string) => {
        // A joint between two parts of the item reads " · "; one that opens or closes the item's line is dropped.
        const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
        const after = text.slice(at + joints.length);
        return /^\s*(?:\n|$)/.test(after) || /^[\s\uE000]*(?:[-*]|\d+[.)]|[a-z][.)])?\s*$/.test(before) ? ' ' : ' · ';
      })
      // An item of an ordered list that numbers itself ("1. II. Migration and …") keeps its own number.
      .replace(/^([\uE000 ]*)\d+\. (?=(?:[IVXLC]{1,6}|\d{1,2}|[a-z])[.)] )/gm, '$1')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .replaceAll(NEST, '  ')
  );
}

/**
 * Names that sites give their chrome, as class or id words ("cookie-bar", "site-nav", "breadcrumb", "skiplink"):
 * the names article extractors such as Readability treat as unlikely content. "header" and "banner" are left out,
 * since a page header or a banner often holds the meeting's own title, dates and venue.
 */
const CHROME_NAME =
  /^(?:.*[-_])?(?:cookies?|consent|gdpr|breadcrumbs?|menu|nav|navbar|navigation|skip|skiplink|share|social|footer|foot|topbar|sidebar|related|pagination|pager|popup|newsletter|comments?)(?:[-_].*)?$/i;

/**
 * A block of at least three short links that make up most of its text is a menu ("Home · About · Events"). A list
 * of documents is links too, but each names a document in more words than a menu entry has.
 */
const MENU_MIN_LINKS = 3;
const MENU_LINK_SHARE = 0.5;
const MENU_LINK_WORDS = 3;
const LINK_BLOCKS = 'div, p, ul, ol, section';

interface DomElement extends DomNode {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}

/**
 * The page without its chrome: boilerplate tags, blocks named as chrome, and menus. Everything else stays,
 * including a lede or a note beside the programme table, which an article extractor drops as not the article.
 */
function withoutChrome(root: DomElement): DomElement {
  for (const el of Array.from(root.querySelectorAll(BOILERPLATE))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el.closest('table')) continue;
    const names = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''}`.split(/\s+/).filter(Boolean);
    if (names.some((n) => CHROME_NAME.test(n))) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll(LINK_BLOCKS))) if (isMenu(el)) el.remove();
  return root;
}

function isMenu(el: DomElement): boolean {
  const links = Array.from(el.querySelectorAll('a')).map((a) => (a.textContent ?? '').trim());
  if (links.length < MENU_MIN_LINKS) return false;
  const length = (text: string) => text.replace(/\s+/g, '').length;
  const linked = links.reduce((n, text) => n + length(text), 0);
  const words = links.reduce((n, text) => n + text.split(/\s+/).filter(Boolean).length, 0);
  return (
    linked / Math.max(1, length(el.textContent ?? '')) >= MENU_LINK_SHARE && words / links.length <= MENU_LINK_WORDS
  );
}

/** The DOM library loads on the first HTML file: Markdown-only corpora never pay for it. */
export async function loadHtml(relPath: string, html: string): Promise<LoadedDocument> {
  if (nestingDepth(html, MAX_DEPTH) > MAX_DEPTH) throw new Error(`HTML nested more than ${MAX_DEPTH} levels deep`);
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const h1 = document.querySelector('h1')?.textContent?.trim();
  const main = document.querySelector('main, article, [role="main"]') ?? document.body;
  const root = main ? withoutChrome(main as unknown as DomElement) : undefined;
  if (root) expandRowSpans(root as unknown as TableNode);
  const body = root ? toStructuredText(root) : '';
  const { body: clean, headerRows } = headerRowLines(cleanText(body));
  const title = cleanText(h1 || pageTitle || guessTitle(clean, relPath));
  return {
    path: relPath,
    format: 'html',
    title,
    url: canonical && /^https?:\/\//.test(canonical) ? canonical : undefined,
    body: clean,
    ...(headerRows.length ? { headerRows } : {}),
  };
}
