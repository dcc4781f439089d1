// The measure of a readable drawing: among the shown nodes, the number of
// PAIRS of nodes whose boxes overlap, each box being the node's body together
// with its label (Cytoscape's `boundingBox({ includeLabels: true })` in model
// coordinates, overlays and underlays left out). Two boxes that only touch do
// not count; a pair counts once however much it overlaps.
import type { Page } from 'playwright-core';

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Pairs of boxes whose interiors intersect (a sweep along x: fine for thousands). */
export function overlappingPairs(boxes: readonly Box[]): number {
  const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
  let pairs = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Box;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Box;
      if (b.x1 >= a.x2) break;
      if (b.y1 < a.y2 && a.y1 < b.y2) pairs++;
    }
  }
  return pairs;
}

/** Each shown node's body-and-label box, read from the page's `window.cy`. */
export function nodeLabelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    window.cy
      .nodes()
      .not('.hidden, .filtered')
      .map((n) => {
        const b = n.boundingBox({ includeLabels: true, includeNodes: true, includeOverlays: false, includeUnderlays: false });
        return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      }),
  );
}

/** The number of overlapping node+label box pairs in the page's drawing. */
export async function labelOverlaps(page: Page): Promise<{ nodes: number; pairs: number }> {
  const boxes = await nodeLabelBoxes(page);
  return { nodes: boxes.length, pairs: overlappingPairs(boxes) };
}
