// A small deterministic pass that moves boxes apart until no two overlap (or
// a pass budget runs out): after a force layout, each node's box with its
// label goes in, and the shift of each box comes out. Pure, so that it can be
// tested in Node; spread-labels.ts reads the boxes from Cytoscape and moves the nodes.

export interface OverlapBox {
  /** Centre and size of the box, in model coordinates. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  /** A fixed box (a pinned node) is never moved; the other of a pair moves the whole way. */
  readonly fixed?: boolean;
}

export interface OverlapOptions {
  /** Pixels kept between two boxes once they are apart. */
  readonly gap: number;
  /** Most sweeps over all the boxes; each sweep separates every overlapping pair it finds. */
  readonly maxPasses: number;
  /**
   * Sweeps after which, if boxes still overlap, the free boxes are moved away
   * from their centre by `expandBy`: a crowd that pairwise pushes only shuffle
   * gets room, so the passes end.
   */
  readonly expandEvery: number;
  /** Factor of that expansion (1.05: five per cent further from the centre). */
  readonly expandBy: number;
}

export const OVERLAP_DEFAULTS: OverlapOptions = { gap: 4, maxPasses: 400, expandEvery: 20, expandBy: 1.05 };

/** Overlaps thinner than this are rounding, not overlaps (a pushed pair ends exactly touching). */
const EPSILON = 1e-6;

export interface Shift {
  readonly dx: number;
  readonly dy: number;
}

/** Moves the free boxes away from the centre of all of them by `factor`. */
function expand(boxes: readonly OverlapBox[], x: number[], y: number[], factor: number): void {
  const cx = x.reduce((a, b) => a + b, 0) / x.length;
  const cy = y.reduce((a, b) => a + b, 0) / y.length;
  boxes.forEach((b, i) => {
    if (b.fixed === true) return;
    x[i] = cx + (x[i]! - cx) * factor;
    y[i] = cy + (y[i]! - cy) * factor;
  });
}

/**
 * The shift of each box (same order) that leaves no two overlapping by less
 * than `gap`, when the budget suffices. Each overlapping pair is pushed apart
 * along the axis where it overlaps least (the smaller move), half each way;
 * a crowd still overlapping after `expandEvery` sweeps is given room. The
 * order of the sweep (by left edge, then index) makes it deterministic.
 */
export function removeOverlaps(boxes: readonly OverlapBox[], options: Partial<OverlapOptions> = {}): Shift[] {
  const { gap, maxPasses, expandEvery, expandBy } = { ...OVERLAP_DEFAULTS, ...options };
  const x = boxes.map((b) => b.x);
  const y = boxes.map((b) => b.y);
  const hw = boxes.map((b) => b.w / 2 + gap / 2);
  const hh = boxes.map((b) => b.h / 2 + gap / 2);
  const order = boxes.map((_, i) => i);
  for (let pass = 0; pass < maxPasses; pass++) {
    // NOTE: a pass that moves nothing was sorted on the final positions, so it proves no pair overlaps.
    order.sort((a, b) => x[a]! - hw[a]! - (x[b]! - hw[b]!) || a - b);
    let moved = false;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      for (let m = k + 1; m < order.length; m++) {
        const j = order[m]!;
        if (x[j]! - hw[j]! >= x[i]! + hw[i]!) break;
        const ox = hw[i]! + hw[j]! - Math.abs(x[i]! - x[j]!);
        const oy = hh[i]! + hh[j]! - Math.abs(y[i]! - y[j]!);
        if (ox <= EPSILON || oy <= EPSILON) continue;
        const fi = boxes[i]!.fixed === true;
        const fj = boxes[j]!.fixed === true;
        if (fi && fj) continue;
        // The share of the move each box takes: half, or all of it for the free one.
        const si = fi ? 0 : fj ? 1 : 0.5;
        const sj = 1 - si;
        if (ox <= oy) {
          const dir = x[j]! > x[i]! || (x[j] === x[i] && j > i) ? 1 : -1;
          x[i] = x[i]! - dir * ox * si;
          x[j] = x[j]! + dir * ox * sj;
        } else {
          const dir = y[j]! > y[i]! || (y[j] === y[i] && j > i) ? 1 : -1;
          y[i] = y[i]! - dir * oy * si;
          y[j] = y[j]! + dir * oy * sj;
        }
        moved = true;
      }
    }
    if (!moved) break;
    if ((pass + 1) % expandEvery === 0) expand(boxes, x, y, expandBy);
  }
  return boxes.map((b, i) => ({ dx: x[i]! - b.x, dy: y[i]! - b.y }));
}
