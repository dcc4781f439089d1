// The overlap-removal pass: boxes that overlap are moved apart (along the
// axis of the smaller move), boxes that do not are left alone, fixed boxes
// stay, and the result is the same every time.
import { describe, expect, it } from 'vitest';
import { removeOverlaps, type OverlapBox } from '../../../client/src/graph/overlap-removal.ts';
import { rng } from '../../../scripts/bench/rng.ts';

const moved = (boxes: readonly OverlapBox[], gap?: number) => {
  const s = removeOverlaps(boxes, gap === undefined ? {} : { gap });
  return boxes.map((b, i) => ({ ...b, x: b.x + (s[i]?.dx ?? 0), y: b.y + (s[i]?.dy ?? 0) }));
};

/** Pairs whose interiors intersect, counted plainly (n²). */
function overlaps(boxes: readonly OverlapBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as OverlapBox, b = boxes[j] as OverlapBox;
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) pairs++;
    }
  return pairs;
}

const crowd = (n: number, spread: number, seed: number): OverlapBox[] => {
  const r = rng(seed);
  return Array.from({ length: n }, () => ({ x: r() * spread, y: r() * spread, w: 30 + r() * 120, h: 30 + r() * 50 }));
};

describe('removeOverlaps', () => {
  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [{ x: 0, y: 0, w: 10, h: 10 }, { x: 20, y: 0, w: 10, h: 10 }, { x: 0, y: 30, w: 10, h: 10 }];
    expect(removeOverlaps(boxes, { gap: 0 })).toEqual([{ dx: 0, dy: 0 }, { dx: 0, dy: 0 }, { dx: 0, dy: 0 }]);
  });

  it('moves two wide boxes side by side apart vertically, the smaller move, half each', () => {
    const [a, b] = moved([{ x: 0, y: 0, w: 100, h: 20 }, { x: 10, y: 5, w: 100, h: 20 }], 0);
    expect(a?.x).toBe(0);
    expect(b?.x).toBe(10);
    expect((b?.y ?? 0) - (a?.y ?? 0)).toBeCloseTo(20, 9);
    expect(a?.y).toBeCloseTo(-7.5, 9);
  });

  it('keeps the gap between the boxes it separates', () => {
    const [a, b] = moved([{ x: 0, y: 0, w: 20, h: 100 }, { x: 5, y: 0, w: 20, h: 100 }], 6);
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBeCloseTo(26, 9);
  });

  it('moves only the free box of a pair with a fixed one', () => {
    const [a, b] = moved([{ x: 0, y: 0, w: 20, h: 100, fixed: true }, { x: 5, y: 0, w: 20, h: 100 }], 0);
    expect(a).toMatchObject({ x: 0, y: 0 });
    expect(b?.x).toBeCloseTo(20, 9);
  });

  // With the default gap: what the canvas uses.
  it('separates boxes on the same spot', () => {
    expect(overlaps(moved([{ x: 0, y: 0, w: 40, h: 20 }, { x: 0, y: 0, w: 40, h: 20 }, { x: 0, y: 0, w: 40, h: 20 }]))).toBe(0);
  });

  it.each([
    [50, 300],
    [300, 1_000],
    [300, 300],
    [1_000, 2_000],
  ])('leaves no overlap among %i boxes thrown into %i pixels', (n, spread) => {
    const boxes = crowd(n, spread, n + spread);
    expect(overlaps(boxes)).toBeGreaterThan(0);
    expect(overlaps(moved(boxes))).toBe(0);
  });

  it('gives the same shifts every time', () => {
    const boxes = crowd(200, 500, 3);
    expect(removeOverlaps(boxes)).toEqual(removeOverlaps(boxes));
  });
});
