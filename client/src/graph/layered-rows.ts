// The hierarchical layout made readable: breadthfirst gives each node a level
// (who acts on whom, top to bottom) and an order within it; a wide level
// would stretch the drawing until no label can be read, so each level is
// folded into rows of at most `perRow` nodes, each node as wide as its label
// box, rows and levels stacked by their tallest box. Pure: boxes in, centres
// out; nothing overlaps by construction.

export interface LayeredBox {
  /** The level (0 at the top) and the order within it. */
  readonly level: number;
  readonly order: number;
  /** Size of the node's box with its label. */
  readonly w: number;
  readonly h: number;
}

export interface LayeredOptions {
  /** Most nodes on one row of a level. */
  readonly perRow: number;
  /** Pixels between two boxes on a row. */
  readonly gapX: number;
  /** Pixels between the rows of one level. */
  readonly gapRow: number;
  /** Pixels between two levels (more than between rows, so levels read apart). */
  readonly gapLevel: number;
}

/** Nodes per row for a graph of n nodes: about 1.6 √n, at least 8 (a 50-actor graph: 12; 300: 28). */
export const rowLength = (n: number): number => Math.max(8, Math.ceil(1.6 * Math.sqrt(n)));

export const LAYERED_DEFAULTS: Omit<LayeredOptions, 'perRow'> = { gapX: 14, gapRow: 10, gapLevel: 48 };

/** The centre of each box (same order): rows centred on x = 0, the first level's top at y = 0. */
export function layeredRows(boxes: readonly LayeredBox[], options: Partial<LayeredOptions> = {}): { x: number; y: number }[] {
  const o = { perRow: rowLength(boxes.length), ...LAYERED_DEFAULTS, ...options };
  const out = boxes.map(() => ({ x: 0, y: 0 }));
  const levels = [...new Set(boxes.map((b) => b.level))].sort((a, b) => a - b);
  let top = 0;
  for (const level of levels) {
    const members = boxes.map((b, i) => ({ b, i })).filter((m) => m.b.level === level).sort((p, q) => p.b.order - q.b.order || p.i - q.i);
    for (let start = 0; start < members.length; start += o.perRow) {
      const row = members.slice(start, start + o.perRow);
      const width = row.reduce((w, m) => w + m.b.w, 0) + o.gapX * (row.length - 1);
      const height = Math.max(...row.map((m) => m.b.h));
      let left = -width / 2;
      for (const m of row) {
        // Tops aligned: the bodies sit on one line, the labels hang below.
        out[m.i] = { x: left + m.b.w / 2, y: top + m.b.h / 2 };
        left += m.b.w + o.gapX;
      }
      top += height + o.gapRow;
    }
    top += o.gapLevel - o.gapRow;
  }
  return out;
}
