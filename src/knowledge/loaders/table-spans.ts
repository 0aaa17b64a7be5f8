/**
 * A cell that spans rows (`rowspan`) stands in each row it covers, as a reader sees the table: "Tuesday 14 June"
 * beside every session of that day, a shared time beside both items it covers. Without this, a row read alone
 * loses its day and its remaining cells fall under the wrong column headings.
 */

export interface TableNode {
  nodeName: string;
  childNodes: ArrayLike<TableNode>;
  getAttribute?(name: string): string | null;
  removeAttribute?(name: string): void;
  cloneNode(deep: boolean): TableNode;
  insertBefore(node: TableNode, before: TableNode | null): unknown;
  querySelectorAll?(selector: string): ArrayLike<TableNode>;
  closest?(selector: string): TableNode | null;
}

/** A span larger than this is taken as a page's mistake, not as a cell that stands in that many rows. */
const MAX_ROW_SPAN = 200;

function span(cell: TableNode, attribute: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(cell.getAttribute?.(attribute) ?? '', 10);
  return Number.isFinite(value) && value > 1 ? Math.min(value, MAX_ROW_SPAN) : 1;
}

function cellsOf(row: TableNode): TableNode[] {
  return Array.from(row.childNodes).filter((n) => /^T[DH]$/i.test(n.nodeName));
}

interface Carried {
  cell: TableNode;
  /** Rows below still to be covered. */
  left: number;
}

/** Copies every row-spanning cell of every table under `root` into the rows it covers, in its column. */
export function expandRowSpans(root: TableNode): void {
  for (const table of Array.from(root.querySelectorAll?.('table') ?? [])) {
    const rows = Array.from(table.querySelectorAll?.('tr') ?? []).filter((r) => r.closest?.('table') === table);
    const carried: Array<Carried | undefined> = [];
    for (const row of rows) {
      const cells = cellsOf(row);
      let next = 0;
      let column = 0;
      const covers = () => carried.slice(column).some((c) => c && c.left > 0);
      while (next < cells.length || covers()) {
        const carry = carried[column];
        if (carry && carry.left > 0) {
          const copy = carry.cell.cloneNode(true);
          copy.removeAttribute?.('rowspan');
          row.insertBefore(copy, cells[next] ?? null);
          carry.left -= 1;
          column += span(carry.cell, 'colspan');
          continue;
        }
        const cell = cells[next];
        if (!cell) {
          column += 1;
          continue;
        }
        next += 1;
        const width = span(cell, 'colspan');
        // A cell laid over a column that a span above still covers ends that span: the page's grid overlaps there.
        for (let c = column + 1; c < column + width; c++) if (carried[c]) carried[c] = undefined;
        const height = span(cell, 'rowspan');
        carried[column] = height > 1 ? { cell, left: height - 1 } : undefined;
        cell.removeAttribute?.('rowspan');
        column += width;
      }
    }
  }
}
