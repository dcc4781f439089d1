// Node size by weight: an actor is drawn larger the more claims its drawn
// edges carry (square root, so that a hub of a hundred claims is not a
// hundred times larger), between a minimum that keeps the kind's shape
// recognisable and a maximum that keeps hubs from covering their neighbours.
// canvas.ts writes the size into each node's data (`size`) whenever what is
// drawn or counted changes; the style reads it.
import type { NodeCollection } from 'cytoscape';

export const NODE_SIZE = {
  /** Pixels across an actor with one claim (or none). */
  min: 26,
  /** Pixels across the busiest actors. */
  max: 64,
  /** Pixels added per square root of a claim beyond the first. */
  perSqrtClaim: 6,
} as const;

/** The size of a node whose drawn edges carry `claims` claims. */
export function nodeSize(claims: number): number {
  const extra = NODE_SIZE.perSqrtClaim * Math.sqrt(Math.max(0, claims - 1));
  return Math.round(Math.min(NODE_SIZE.max, NODE_SIZE.min + extra));
}

/** Sets each node's `size` from the claims its drawn edges count (their `count`). */
export function sizeNodes(nodes: NodeCollection): void {
  nodes.forEach((n) => {
    const claims = n.connectedEdges().reduce((sum, e) => sum + Number(e.data('count') ?? 1), 0);
    const size = nodeSize(claims);
    if (n.data('size') !== size) n.data('size', size);
  });
}
