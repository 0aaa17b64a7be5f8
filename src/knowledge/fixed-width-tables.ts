/**
 * Tables in text taken from a PDF with its layout kept: a header line of column labels set apart by runs of spaces
 * ("Day / time      Item      Lead      Document"), rows whose cells start under those labels, and cells wrapped onto
 * the next line in their own column ("Anahit Grigoryan-Hakobyan," / "Director, AVFGC (host)"). Each row is written
 * as a row with pipes between its cells, its wrapped lines joined to it, so the reader takes the cells with their
 * column labels; a line of one short cell at the left margin ("Tuesday 24 September") is a row of its own. The table
 * ends at two blank lines or at a line that does not keep to the columns.
 */

interface Segment {
  start: number;
  text: string;
}

/** Cells on a line are set apart by two spaces or more; one space is inside a cell. */
function segments(line: string): Segment[] {
  const out: Segment[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ start: m.index ?? 0, text: m[0] });
  return out;
}

/** How far a cell may start from its column's label and still be under it. */
const ALIGN_TOLERANCE = 3;
const MIN_COLUMNS = 3;
const MAX_LABEL_WORDS = 3;
/** A line of one cell at the margin longer than this is prose after the table, not a day or a part of it. */
const MAX_MARGIN_WORDS = 6;

function headerColumns(line: string): number[] | undefined {
  const cells = segments(line);
  const labels =
    cells.length >= MIN_COLUMNS &&
    cells.every((c) => /^\p{L}/u.test(c.text) && !/\d/.test(c.text) && c.text.split(' ').length <= MAX_LABEL_WORDS);
  return labels ? cells.map((c) => c.start) : undefined;
}

function columnOf(start: number, columns: number[]): number | undefined {
  for (let i = columns.length - 1; i >= 0; i--) {
    const at = columns[i] ?? 0;
    if (start >= at - ALIGN_TOLERANCE) return Math.abs(start - at) <= ALIGN_TOLERANCE || i === 0 ? i : undefined;
  }
  return undefined;
}

/** A cell that goes on the one above it: that one stops at a comma or a dash, or this one opens in lower case. */
function goesOn(above: string | undefined, text: string): boolean {
  return above !== undefined && above !== '' && (/[,;–-]$/.test(above) || /^\p{Ll}/u.test(text));
}

/** A lone cell under a filled one that is no entry of its own (no number, no time): the rest of the cell above. */
function endsCell(above: string | undefined, text: string): boolean {
  return (
    above !== undefined && above !== '' && !/^(?:\d{1,2}|[IVX]{1,4})[.)]\s/.test(text) && !/\d[.:h]\d\d/.test(text)
  );
}

export function fixedWidthRows(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i] ?? '');
    if (!columns) continue;
    const rows: Array<{ at: number; cells: string[] }> = [
      { at: i, cells: segments(lines[i] ?? '').map((c) => c.text) },
    ];
    let blanks = 0;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (!line.trim()) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      const cells = segments(line);
      const placed = cells.map((c) => columnOf(c.start, columns));
      if (placed.some((p) => p === undefined)) break;
      const first = cells[0];
      if (cells.length === 1 && first && placed[0] === 0) {
        if (first.text.split(' ').length > MAX_MARGIN_WORDS) break;
        rows.push({ at: j, cells: [first.text] });
        continue;
      }
      const last = rows.at(-1);
      const continues =
        last !== undefined &&
        last.cells.length > 1 &&
        placed[0] !== 0 &&
        (cells.every((c, k) => goesOn(last.cells[placed[k] ?? 0], c.text)) ||
          (cells.length === 1 && endsCell(last.cells[placed[0] ?? 0], first?.text ?? '')));
      if (continues) {
        cells.forEach((c, k) => {
          const column = placed[k] ?? 0;
          last.cells[column] = `${last.cells[column]} ${c.text}`;
        });
        out[j] = '';
        continue;
      }
      const row = columns.map(() => '');
      cells.forEach((c, k) => {
        const column = placed[k] ?? 0;
        row[column] = row[column] ? `${row[column]} ${c.text}` : c.text;
      });
      rows.push({ at: j, cells: row });
    }
    // A header alone is a line of labels, not a table.
    if (rows.length < 2) continue;
    for (const row of rows) out[row.at] = `| ${row.cells.join(' | ')} |`;
    i = j - 1;
  }
  return out;
}
