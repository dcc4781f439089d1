// The layouts the analyst can pick: a registry of {name, label, options(n)}
// where n is the number of nodes laid out, so that big graphs get cheaper
// settings. One comment per option.
import type { LayoutOptions } from 'cytoscape';
import { config } from '../config.ts';

export interface LayoutSpec {
  readonly name: string;
  readonly label: string;
  readonly options: (nodes: number) => Record<string, unknown> & { name: string };
  /**
   * What runs after the layout: 'spread' moves nodes apart until no two
   * labels overlap (spread-labels.ts); 'fold' folds wide levels into rows
   * (fold-levels.ts); 'none' keeps the layout's own positions.
   */
  readonly after: 'spread' | 'fold' | 'none';
}

/** Pixels around a fitted graph. */
export const LAYOUT_PADDING = 40;

const common = {
  /** Fit the viewport to the result. */
  fit: true,
  /** Pixels around the fitted graph. */
  padding: LAYOUT_PADDING,
  /** Animating a thousand nodes costs more than it tells. */
  animate: false,
  /** Lay out each node as the box of its body and its (wrapped) label, so labels get room. */
  nodeDimensionsIncludeLabels: true,
};

export const LAYOUTS: readonly LayoutSpec[] = [
  {
    name: 'fcose',
    label: 'Force (fCoSE)',
    options: (n) => ({
      ...common,
      name: 'fcose',
      /** 'draft' skips the polishing CoSE pass: seconds saved on big graphs. */
      quality: n > config.draftLayoutNodes ? 'draft' : 'default',
      /** Start from random positions (a fresh layout, not a refinement). */
      randomize: true,
      /**
       * Repulsion between nodes, growing with the graph: crowded centres need
       * more push. Modest, since the layout sees each label's box and the
       * spread pass separates what still overlaps; more only loosens the picture.
       */
      nodeRepulsion: 4_500 + 15 * Math.min(n, 2_000),
      /** Preferred edge length in pixels, between boxes: a little longer in bigger graphs. */
      idealEdgeLength: Math.round(40 + 5 * Math.log2(Math.max(2, n))),
      /** Keeps disconnected parts close instead of drifting away. */
      packComponents: true,
      /** Fewer iterations on big graphs; the spectral start is already good. */
      numIter: n > 2_000 ? 1_000 : 2_500,
      /** Pixels kept between nodes. */
      nodeSeparation: 90,
      /** The drawing is fitted after the spread pass moved it (after-layout.ts), not twice. */
      fit: false,
    }),
    after: 'spread',
  },
  {
    name: 'concentric',
    label: 'Concentric (by degree)',
    options: (n) => ({
      ...common,
      name: 'concentric',
      /** Most-connected actors in the middle. */
      concentric: (node: { degree: (loops: boolean) => number }) => node.degree(false),
      /** Rings hold nodes of similar degree: about √n rings, not one per degree. */
      levelWidth: (nodes: { maxDegree: (loops: boolean) => number }) => Math.max(1, nodes.maxDegree(false) / Math.max(2, Math.sqrt(n) / 2)),
      /** Room for labels: rings and neighbours on a ring are spaced by the largest label box. */
      avoidOverlap: true,
      /** Pixels between label boxes. */
      minNodeSpacing: 12,
    }),
    after: 'none',
  },
  {
    name: 'breadthfirst',
    label: 'Hierarchical',
    options: () => ({
      ...common,
      name: 'breadthfirst',
      /** Follow edge direction: who acts on whom, top to bottom. */
      directed: true,
      /** Only the levels and their order are kept: fold-levels.ts places the nodes, label boxes side by side. */
      nodeDimensionsIncludeLabels: false,
      /** The drawing is fitted after the fold. */
      fit: false,
    }),
    after: 'fold',
  },
  {
    name: 'circle',
    label: 'Circle',
    options: () => ({
      ...common,
      name: 'circle',
      /** Room for labels: the ring grows until the label boxes fit around it. */
      avoidOverlap: true,
      /** Neighbours near each other on the ring. */
      sort: (a: { degree: (l: boolean) => number }, b: { degree: (l: boolean) => number }) => b.degree(false) - a.degree(false),
    }),
    after: 'none',
  },
  {
    name: 'grid',
    label: 'Grid',
    options: () => ({
      ...common,
      name: 'grid',
      /** Room for labels: cells as large as the largest label box. */
      avoidOverlap: true,
      /** Extra spacing per cell, in node widths. */
      spacingFactor: 1.1,
    }),
    after: 'none',
  },
];

export const DEFAULT_LAYOUT = 'fcose';

export const layoutSpec = (name: string | null | undefined): LayoutSpec => LAYOUTS.find((l) => l.name === name) ?? (LAYOUTS[0] as LayoutSpec);

/** The options of a layout for n nodes, with overrides. */
export function layoutOptions(name: string, nodes: number, overrides: Record<string, unknown> = {}): LayoutOptions {
  // NOTE: cytoscape's LayoutOptions union does not know extension layouts
  // (fcose); the options above are each layout's documented ones.
  return { ...layoutSpec(name).options(nodes), ...overrides };
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Positions for n new nodes around a centre, in rings that leave room for
 * labels and that turn away from the existing neighbours' side when it can
 * (`away`, an angle in radians), so an expansion does not redraw the graph.
 */
export function ringAround(centre: Point, n: number, away: number | null = null, spacing = 70): Point[] {
  const out: Point[] = [];
  let ring = 1;
  let placed = 0;
  while (placed < n) {
    const radius = 90 + (ring - 1) * spacing;
    const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / spacing));
    const count = Math.min(capacity, n - placed);
    // Half a circle facing away from the rest when few nodes; a full one when many.
    const arc = away !== null && count <= capacity / 2 ? Math.PI : 2 * Math.PI;
    const start = away !== null && arc < 2 * Math.PI ? away - arc / 2 : 0;
    for (let i = 0; i < count; i++) {
      const t = arc < 2 * Math.PI ? start + (arc * (i + 0.5)) / count : (2 * Math.PI * i) / count;
      out.push({ x: centre.x + radius * Math.cos(t), y: centre.y + radius * Math.sin(t) });
    }
    placed += count;
    ring++;
  }
  return out;
}
