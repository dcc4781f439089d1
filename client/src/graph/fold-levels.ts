// After the breadthfirst layout: reads each node's level (its row) and order
// (left to right), and folds wide levels into rows (layered-rows.ts), each
// node with room for its label. Pinned (locked) nodes are left where they are.
import type { Core, NodeCollection } from 'cytoscape';
import { layeredRows } from './layered-rows.ts';

export function foldLevels(cy: Core, nodes: NodeCollection): void {
  const list = nodes.toArray().filter((n) => !n.locked());
  // NOTE: breadthfirst puts a level's nodes on one y; rounding absorbs float noise.
  const ys = [...new Set(list.map((n) => Math.round(n.position().y)))].sort((a, b) => a - b);
  const boxes = list.map((n) => {
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false });
    return { level: ys.indexOf(Math.round(n.position().y)), order: n.position().x, w: b.w, h: b.h, cx: (b.x1 + b.x2) / 2, cy: (b.y1 + b.y2) / 2 };
  });
  const centres = layeredRows(boxes);
  cy.batch(() => {
    list.forEach((n, i) => {
      const c = centres[i], b = boxes[i];
      if (!c || !b) return;
      const p = n.position();
      n.position({ x: c.x + p.x - b.cx, y: c.y + p.y - b.cy });
    });
  });
}
