// The hierarchical layout's rows: levels top to bottom in order, a wide level
// folded into rows of at most perRow boxes, no two boxes overlapping.
import { describe, expect, it } from 'vitest';
import { layeredRows, rowLength, type LayeredBox } from '../../../client/src/graph/layered-rows.ts';

const box = (level: number, order: number, w = 100, h = 40): LayeredBox => ({ level, order, w, h });

function overlaps(boxes: readonly LayeredBox[], at: readonly { x: number; y: number }[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as LayeredBox, b = boxes[j] as LayeredBox, p = at[i] ?? { x: 0, y: 0 }, q = at[j] ?? { x: 0, y: 0 };
      if (Math.abs(p.x - q.x) < (a.w + b.w) / 2 && Math.abs(p.y - q.y) < (a.h + b.h) / 2) pairs++;
    }
  return pairs;
}

describe('layeredRows', () => {
  it('puts each level below the one before and keeps the order within a level', () => {
    const boxes = [box(1, 5), box(0, 0), box(1, -3), box(2, 0)];
    const at = layeredRows(boxes, { perRow: 10 });
    expect(at[1]!.y).toBeLessThan(at[0]!.y);
    expect(at[0]!.y).toBe(at[2]!.y);
    expect(at[2]!.x).toBeLessThan(at[0]!.x);
    expect(at[3]!.y).toBeGreaterThan(at[0]!.y);
  });

  it('folds a wide level into rows of at most perRow boxes, centred', () => {
    const boxes = Array.from({ length: 25 }, (_, i) => box(0, i));
    const at = layeredRows(boxes, { perRow: 10 });
    const rows = new Map<number, number>();
    for (const p of at) rows.set(p.y, (rows.get(p.y) ?? 0) + 1);
    expect([...rows.values()]).toEqual([10, 10, 5]);
    const first = at.slice(0, 10).map((p) => p.x);
    expect((Math.min(...first) + Math.max(...first)) / 2).toBeCloseTo(0, 9);
  });

  it('leaves no two boxes overlapping, whatever their sizes', () => {
    const boxes = Array.from({ length: 300 }, (_, i) => box(i % 7, (i * 37) % 101, 20 + ((i * 53) % 130), 20 + ((i * 17) % 60)));
    expect(overlaps(boxes, layeredRows(boxes))).toBe(0);
  });

  it.each([
    [10, 8],
    [50, 12],
    [300, 28],
  ])('puts at most rowLength(%i) = %i nodes on a row', (n, perRow) => {
    expect(rowLength(n)).toBe(perRow);
  });
});
