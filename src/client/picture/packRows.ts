/** Rows of a band (claims, sources, cited outlets) in which labelled nodes sit side by side without overlapping. */

/** A thing to place in a band of rows: wants to sit at `x`, needs `width` on its row. */
export interface PackItem {
  key: string;
  x: number;
  width: number;
  priority: number;
}

/** Where a packed item sits: its x (at or right of where it wanted to be) and its row, 0 nearest the articles. */
export type Packed = Map<string, { x: number; row: number }>;

/**
 * Packs items into rows so that no two overlap on a row: in x order (the more important first at equal x), each takes the
 * lowest row where it can sit within `drift` of where it wants to be, or a new row, or, when all rows are used, the row
 * that frees first. O(items × maxRows) after one sort.
 */
export function packRows(items: PackItem[], drift: number, maxRows: number): Packed {
  const sorted = [...items].sort((a, b) => a.x - b.x || b.priority - a.priority || a.key.localeCompare(b.key));
  const free: number[] = [];
  const out: Packed = new Map();
  for (const it of sorted) {
    let row = free.findIndex((f) => f - it.x <= drift);
    if (row === -1) {
      if (free.length < maxRows) {
        row = free.length;
        free.push(-Infinity);
      } else {
        row = free.indexOf(Math.min(...free));
      }
    }
    const x = Math.max(it.x, free[row]!);
    free[row] = x + it.width;
    out.set(it.key, { x, row });
  }
  return out;
}

/** How many rows a packed band uses. */
export function rowCount(m: Packed): number {
  return m.size ? Math.max(...[...m.values()].map((v) => v.row)) + 1 : 0;
}
