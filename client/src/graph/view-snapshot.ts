// What the canvas shows, as plain data (which actors where, which merged edges
// with which claims, hidden and pinned ones), so that undo and redo can put a
// view back by diffing it against the canvas instead of replaying steps.
import type { Core, Position } from 'cytoscape';

export interface ViewSnapshot {
  readonly nodes: ReadonlyMap<string, Position>;
  readonly edges: ReadonlyMap<string, readonly string[]>;
  readonly hidden: ReadonlySet<string>;
  readonly pinned: ReadonlySet<string>;
}

export function takeSnapshot(cy: Core): ViewSnapshot {
  const nodes = new Map<string, Position>();
  const hidden = new Set<string>();
  const pinned = new Set<string>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    nodes.set(n.id(), { x: p.x, y: p.y });
    if (n.hasClass('hidden')) hidden.add(n.id());
    if (n.hasClass('pinned')) pinned.add(n.id());
  });
  const edges = new Map<string, readonly string[]>();
  cy.edges().forEach((e) => {
    edges.set(e.id(), [...(e.data('claims') as string[])]);
    if (e.hasClass('hidden')) hidden.add(e.id());
  });
  return { nodes, edges, hidden, pinned };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

export function sameSnapshot(a: ViewSnapshot, b: ViewSnapshot): boolean {
  if (a.nodes.size !== b.nodes.size || a.edges.size !== b.edges.size) return false;
  for (const [id, p] of a.nodes) {
    const q = b.nodes.get(id);
    if (!q || Math.abs(q.x - p.x) > 0.5 || Math.abs(q.y - p.y) > 0.5) return false;
  }
  for (const [id, c] of a.edges) {
    const d = b.edges.get(id);
    if (!d || d.length !== c.length || d.some((x, i) => x !== c[i])) return false;
  }
  return sameSet(a.hidden, b.hidden) && sameSet(a.pinned, b.pinned);
}
