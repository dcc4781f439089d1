// Reads the drawn graph out of Cytoscape (model positions, computed styles,
// edge endpoints and control points) into the picture svg-export.ts writes.
import type { CollectionReturnValue, EdgeSingular, NodeSingular } from 'cytoscape';
import { widestLine, wrapLabel, type MeasureText } from './label-wrap.ts';
import { typeStyle } from './style.ts';
import type { Point, SvgEdge, SvgNode, SvgPicture } from './svg-export.ts';

/** Cytoscape's default label font, when a style gives none. */
const DEFAULT_FONT = 'Helvetica Neue, Helvetica, sans-serif';

/** Widths of texts in a font, measured on a canvas as Cytoscape measures its labels (labels.mjs: whole pixels). */
function measurer(family: string): (size: number, weight: string, style?: string) => MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  return (size, weight, style = 'normal') => (text) => {
    // NOTE: without a 2D context (never in a browser), a mean glyph width is close enough for a bounding box.
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${style} ${weight} ${size}px ${family}`;
    return Math.ceil(ctx.measureText(text).width);
  };
}

const num = (v: unknown, fallback: number): number => {
  const x = typeof v === 'number' ? v : parseFloat(String(v));
  return Number.isFinite(x) ? x : fallback;
};

function svgNode(n: NodeSingular, measure: ReturnType<typeof measurer>): SvgNode {
  const p = n.position();
  const fontSize = num(n.style('font-size'), 12);
  const m = measure(fontSize, String(n.style('font-weight') ?? 'normal'), String(n.style('font-style') ?? 'normal'));
  const label = String(n.data('label') ?? '');
  // The label's lines as the canvas draws them: wrapped at text-max-width, or one line.
  const lines = String(n.style('text-wrap')) === 'wrap' ? wrapLabel(label, num(n.style('text-max-width'), Infinity), m) : label === '' ? [] : [label];
  return {
    x: p.x,
    y: p.y,
    w: n.width(),
    h: n.height(),
    shape: String(n.style('shape')),
    fill: String(n.style('background-color')),
    stroke: String(n.style('border-color')),
    strokeWidth: num(n.style('border-width'), 0),
    lines,
    labelWidth: widestLine(lines, m),
    fontSize,
    opacity: num(n.style('opacity'), 1),
  };
}

function svgEdge(e: EdgeSingular, measure: ReturnType<typeof measurer>): SvgEdge {
  const type = String(e.data('type'));
  // NOTE: controlPoints() is undefined for straight edges (not an empty array).
  const cps = (e.controlPoints() as Point[] | undefined) ?? [];
  const points: Point[] = [e.sourceEndpoint(), ...cps, e.targetEndpoint()];
  const label = String(e.data('label') ?? '');
  const fontSize = num(e.style('font-size'), 10);
  return {
    points,
    color: String(e.style('line-color')),
    width: num(e.style('width'), 2),
    dash: typeStyle(type).dash,
    arrow: String(e.style('target-arrow-shape')),
    arrowScale: num(e.style('arrow-scale'), 1),
    label,
    labelAt: e.midpoint(),
    labelWidth: measure(fontSize, String(e.style('font-weight') ?? 'normal'))(label),
    fontSize,
    opacity: num(e.style('opacity'), 1),
  };
}

export function pictureOf(eles: CollectionReturnValue, title: string): SvgPicture {
  const first = eles.nodes().first();
  const fontFamily = first.nonempty() ? String(first.style('font-family') ?? DEFAULT_FONT) : DEFAULT_FONT;
  const measure = measurer(fontFamily);
  const edge = (e: EdgeSingular): SvgEdge => svgEdge(e, measure);
  return {
    nodes: eles.nodes().map((n) => svgNode(n, measure)),
    edges: eles.edges().filter((e) => eles.contains(e.source()) && eles.contains(e.target())).map(edge),
    background: '#ffffff',
    padding: 20,
    title,
    fontFamily,
  };
}
