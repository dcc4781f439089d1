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

/**
 * Label tiers of a crowded view (more than `crowdedFrom` actors drawn): from
 * node size `fromSize` on, a larger font and wrap width. A fitted graph of
 * hundreds of actors is drawn at zoom ≈ 0.2–0.25, where the default 12 px labels
 * fall below the legible size and are not drawn; the top tier's stay. In a
 * small view every label is legible anyway, and larger ones only crowd it.
 */
export const LABEL_TIERS: readonly { readonly fromSize: number; readonly fontSize: number; readonly maxWidth: number }[] = [
  { fromSize: 44, fontSize: 18, maxWidth: 190 },
  { fromSize: 56, fontSize: 36, maxWidth: 340 },
];

/** Actors drawn above which a view is crowded (label tiers apply). */
export const CROWDED_FROM = 120;

/** The label tier (0: none) of a node of `size` in a view that is crowded or not. */
export function labelTier(size: number, crowded: boolean): number {
  if (!crowded) return 0;
  let tier = 0;
  LABEL_TIERS.forEach((t, i) => {
    if (size >= t.fromSize) tier = i + 1;
  });
  return tier;
}

/** The size of a node whose drawn edges carry `claims` claims. */
export function nodeSize(claims: number): number {
  const extra = NODE_SIZE.perSqrtClaim * Math.sqrt(Math.max(0, claims - 1));
  return Math.round(Math.min(NODE_SIZE.max, NODE_SIZE.min + extra));
}

/** Sets each node's `size` from the claims its drawn edges count (their `count`), and its label `tier`. */
export function sizeNodes(nodes: NodeCollection): void {
  const crowded = nodes.not('.hidden, .filtered').length > CROWDED_FROM;
  nodes.forEach((n) => {
    const claims = n.connectedEdges().reduce((sum, e) => sum + Number(e.data('count') ?? 1), 0);
    const size = nodeSize(claims);
    if (n.data('size') !== size) n.data('size', size);
    const tier = labelTier(size, crowded);
    if (n.data('tier') !== tier) n.data('tier', tier);
  });
}
