// Reads the drawn graph out of Cytoscape (model positions, computed styles,
// edge endpoints and control points) into the picture svg-export.ts writes.
import type { CollectionReturnValue, EdgeSingular, NodeSingular } from 'cytoscape';
import { typeStyle } from './style.ts';
import type { Point, SvgEdge, SvgNode, SvgPicture } from './svg-export.ts';

const num = (v: unknown, fallback: number): number => {
  const x = typeof v === 'number' ? v : parseFloat(String(v));
  return Number.isFinite(x) ? x : fallback;
};

function svgNode(n: NodeSingular): SvgNode {
  const p = n.position();
  return {
    x: p.x,
    y: p.y,
    w: n.width(),
    h: n.height(),
    shape: String(n.style('shape')),
    fill: String(n.style('background-color')),
    stroke: String(n.style('border-color')),
    strokeWidth: num(n.style('border-width'), 0),
    label: String(n.data('label') ?? ''),
    fontSize: num(n.style('font-size'), 12),
    opacity: num(n.style('opacity'), 1),
  };
}

function svgEdge(e: EdgeSingular): SvgEdge {
  const type = String(e.data('type'));
  // NOTE: controlPoints() is undefined for straight edges (not an empty array).
  const cps = (e.controlPoints() as Point[] | undefined) ?? [];
  const points: Point[] = [e.sourceEndpoint(), ...cps, e.targetEndpoint()];
  return {
    points,
    color: String(e.style('line-color')),
    width: num(e.style('width'), 2),
    dash: typeStyle(type).dash,
    arrow: String(e.style('target-arrow-shape')),
    arrowScale: num(e.style('arrow-scale'), 1),
    label: String(e.data('label') ?? ''),
    labelAt: e.midpoint(),
    fontSize: num(e.style('font-size'), 10),
    opacity: num(e.style('opacity'), 1),
  };
}

export function pictureOf(eles: CollectionReturnValue, title: string): SvgPicture {
  return {
    nodes: eles.nodes().map(svgNode),
    edges: eles.edges().filter((e) => eles.contains(e.source()) && eles.contains(e.target())).map(svgEdge),
    background: '#ffffff',
    padding: 20,
    title,
  };
}
