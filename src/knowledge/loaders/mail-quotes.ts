/**
 * Plain-text e-mail quotes its earlier messages line by line ("> ", ">> "), and a thread kept as a page keeps them.
 * Left in, the marks run through every sentence they wrap ("has moved >> its fieldwork"), and no reader can join a
 * quoted paragraph's lines into its sentences. They are taken off; every line stays where it was, so a line number
 * still points at the line of the file.
 */
const QUOTE_MARKS = /^(?:>[ \t]?)+/;
/** Quoted lines a text needs before it is read as a mail thread: one line opening with ">" may be a comparison. */
const MIN_QUOTED_LINES = 3;

export function unquoteMail(text: string): string {
  const lines = text.split('\n');
  if (lines.filter((l) => QUOTE_MARKS.test(l)).length < MIN_QUOTED_LINES) return text;
  return lines.map((l) => l.replace(QUOTE_MARKS, '')).join('\n');
}
