// After a layout: moves the laid-out nodes apart until no two nodes' boxes,
// labels included, overlap (overlap-removal.ts does the geometry). Pinned
// (locked) nodes stay where they are.
import type { Core, NodeCollection } from 'cytoscape';
import { removeOverlaps, type OverlapOptions } from './overlap-removal.ts';

export function spreadLabels(cy: Core, nodes: NodeCollection, options: Partial<OverlapOptions> = {}): void {
  const list = nodes.toArray();
  const boxes = list.map((n) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
    return { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2, w: b.w, h: b.h, fixed: n.locked() };
  });
  const shifts = removeOverlaps(boxes, options);
  cy.batch(() => {
    list.forEach((n, i) => {
      const s = shifts[i];
      if (!s || (s.dx === 0 && s.dy === 0)) return;
      const p = n.position();
      n.position({ x: p.x + s.dx, y: p.y + s.dy });
    });
  });
}
