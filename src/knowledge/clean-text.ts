import iconv from 'iconv-lite';

/**
 * Repairs what real-world pages bring with them: UTF-8 read as Windows-1252 ("â€™"), stray bytes from a wrong
 * code page before the first line, share-widget leftovers, control characters and ragged white space.
 */

// A UTF-8 lead byte read as Windows-1252 followed by one to three continuation bytes read the same way.
const CP1252_HIGH =
  '\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018\\u2019\\u201A\\u201C\\u201D\\u201E\\u2020\\u2021\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4][${CP1252_HIGH}]{1,3}`, 'g');

/** Control characters other than tab and newline, and the replacement character: they carry no meaning in text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the purpose here.
export const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE, (run) => {
    const decoded = iconv.decode(iconv.encode(run, 'win1252'), 'utf8');
    return decoded.includes('\uFFFD') || [...decoded].length !== 1 ? run : decoded;
  });
}

const BOILERPLATE_LINES = [
  /^bookmark and share$/i,
  /^share( this( page| article)?)?$/i,
  /^print( this page)?$/i,
  /^back to top$/i,
  /^skip to (main )?content$/i,
  /^(tweet|like|email)$/i,
];

/**
 * Dot leaders ("Chair ........ Ingrid Halvorsen", "Thursday, 25 February .......... 10") lead a label's eye to its
 * value across a column, as a colon does in running text. Three dots are an ellipsis and stay.
 */
const DOT_LEADER = /(?<=\S)[ \t]*(?:\.[ \t]?){4,}[ \t]*(?=\S)/g;
/** Three dots lead too where they follow a line's opening label of one or two words and a capital follows them. */
const SHORT_LEADER = /^(\s*\p{Lu}[\p{L}-]*(?:[ \t]\p{L}[\p{L}-]*)?)[ \t]+\.{3}[ \t]+(?=\p{Lu})/u;

/** A short line of mostly non-ASCII symbols before any real text is a decoding accident, not content. */
function isLeadingJunk(line: string): boolean {
  const visible = line.replace(/\s+/g, '');
  if (visible.length === 0 || visible.length > 40) return false;
  if (/[A-Za-z]{4,}/.test(visible)) return false;
  const nonAscii = [...visible].filter((c) => c.charCodeAt(0) > 127).length;
  return nonAscii / visible.length >= 0.3;
}

export function cleanText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  text = repairMojibake(text);
  text = text.replace(CONTROL_CHARS, '');
  text = text.replace(/\u00A0/g, ' ');
  const lines = text.split('\n').map((line) =>
    line
      .replace(/[ \t]+$/g, '')
      .replace(DOT_LEADER, ': ')
      .replace(SHORT_LEADER, '$1: '),
  );
  while (lines.length > 0 && (lines[0]?.trim() === '' || isLeadingJunk(lines[0] ?? ''))) lines.shift();
  const kept = lines.filter((line) => !BOILERPLATE_LINES.some((re) => re.test(line.trim())));
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collapses all white space, for text that goes into a single line (snippets, answers). */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
