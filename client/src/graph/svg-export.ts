// Our own small SVG serializer: positions, shapes, colours, dash patterns,
// arrows and labels of the drawn graph as an SVG document. Pure: it takes a
// description of the picture (see svg-from-cy.ts), so it can be tested in Node.
// NOTE: written by hand because cytoscape-svg is GPL-3.0 and we are Apache-2.0.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface SvgNode {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly shape: string;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  /** The label as wrapped on the canvas (label-wrap.ts), one string a line. */
  readonly lines: readonly string[];
  /** Pixels across the widest line. */
  readonly labelWidth: number;
  readonly fontSize: number;
  readonly opacity: number;
}

export interface SvgEdge {
  /** Source endpoint, then control points (quadratic Bézier, as Cytoscape draws them), then the target endpoint. */
  readonly points: readonly Point[];
  readonly color: string;
  readonly width: number;
  readonly dash: readonly number[];
  readonly arrow: string;
  readonly arrowScale: number;
  readonly label: string;
  readonly labelAt: Point;
  /** Pixels across the label. */
  readonly labelWidth: number;
  readonly fontSize: number;
  readonly opacity: number;
}

export interface SvgPicture {
  readonly nodes: readonly SvgNode[];
  readonly edges: readonly SvgEdge[];
  readonly background: string;
  /** Pixels of margin around the bounding box. */
  readonly padding: number;
  readonly title: string;
  /** The canvas's label font, so that wrapped lines keep their widths. */
  readonly fontFamily: string;
}

/** Line height of a wrapped label, in font sizes (the style's `line-height`). */
export const LINE_HEIGHT = 1.15;
/** Pixels between a node's body and its label (the style's `text-margin-y`). */
const LABEL_MARGIN = 4;
/** Pixels of the white halo around a label's letters, in font sizes. */
const HALO = 1 / 3;

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const xmlEscape = (s: string): string =>
  // Characters XML 1.0 forbids are dropped, the five special ones escaped.
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

const n = (v: number): string => (Math.round(v * 100) / 100).toString();
const pts = (ps: readonly Point[]): string => ps.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');

function polygon(x: number, y: number, w: number, h: number, unit: readonly (readonly [number, number])[]): Point[] {
  return unit.map(([ux, uy]) => ({ x: x + (ux * w) / 2, y: y + (uy * h) / 2 }));
}

const HEXAGON = [[-1, 0], [-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1]] as const;
const DIAMOND = [[0, -1], [1, 0], [0, 1], [-1, 0]] as const;
const TRIANGLE = [[0, -1], [1, 1], [-1, 1]] as const;

/** What a node's shape needs of it (the legend draws shapes without labels). */
export type SvgShape = Pick<SvgNode, 'x' | 'y' | 'w' | 'h' | 'shape' | 'fill' | 'stroke' | 'strokeWidth'>;

export function nodeShape(s: SvgShape): string {
  const paint = `fill="${xmlEscape(s.fill)}" stroke="${xmlEscape(s.stroke)}" stroke-width="${n(s.strokeWidth)}"`;
  const { x, y, w, h } = s;
  switch (s.shape) {
    case 'rectangle':
      return `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" ${paint}/>`;
    case 'round-rectangle':
    case 'roundrectangle':
      return `<rect x="${n(x - w / 2)}" y="${n(y - h / 2)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(w, h) / 4)}" ${paint}/>`;
    case 'hexagon':
      return `<polygon points="${pts(polygon(x, y, w, h, HEXAGON))}" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${pts(polygon(x, y, w, h, DIAMOND))}" ${paint}/>`;
    case 'triangle':
      return `<polygon points="${pts(polygon(x, y, w, h, TRIANGLE))}" ${paint}/>`;
    case 'barrel': {
      // Straight top and bottom, bulging sides.
      const l = x - w / 2, r = x + w / 2, t = y - h / 2, b = y + h / 2, k = w * 0.12;
      return `<path d="M${n(l + k)},${n(t)} L${n(r - k)},${n(t)} Q${n(r + k)},${n(y)} ${n(r - k)},${n(b)} L${n(l + k)},${n(b)} Q${n(l - k)},${n(y)} ${n(l + k)},${n(t)} Z" ${paint}/>`;
    }
    default:
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${paint}/>`;
  }
}

/** The path of an edge: a line, or quadratic Béziers through the control points' midpoints. */
export function edgePath(points: readonly Point[]): string {
  const [start, ...rest] = points;
  if (!start || rest.length === 0) return '';
  const end = rest.pop() as Point;
  let d = `M${n(start.x)},${n(start.y)}`;
  if (rest.length === 0) return `${d} L${n(end.x)},${n(end.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const cp = rest[i] as Point;
    const next = rest[i + 1];
    const to = next ? { x: (cp.x + next.x) / 2, y: (cp.y + next.y) / 2 } : end;
    d += ` Q${n(cp.x)},${n(cp.y)} ${n(to.x)},${n(to.y)}`;
  }
  return d;
}

/** An arrow head at `tip`, pointing along the angle (radians), sized by the edge width. */
export function arrowHead(shape: string, tip: Point, angle: number, size: number, color: string): string {
  if (shape === 'none') return '';
  const c = Math.cos(angle), s = Math.sin(angle);
  // Local coordinates: x along the edge (tip at 0, back is negative), y across.
  const at = (lx: number, ly: number): Point => ({ x: tip.x + (lx * c - ly * s) * size, y: tip.y + (lx * s + ly * c) * size });
  const fill = `fill="${xmlEscape(color)}"`;
  switch (shape) {
    case 'tee':
      return `<polygon points="${pts([at(-0.35, -1), at(0, -1), at(0, 1), at(-0.35, 1)])}" ${fill}/>`;
    case 'vee':
      return `<polygon points="${pts([at(0, 0), at(-1.6, -0.9), at(-1.1, 0), at(-1.6, 0.9)])}" ${fill}/>`;
    case 'chevron':
      return `<polygon points="${pts([at(0, 0), at(-1, -0.9), at(-1.4, -0.9), at(-0.4, 0), at(-1.4, 0.9), at(-1, 0.9)])}" ${fill}/>`;
    case 'square':
      return `<polygon points="${pts([at(0, -0.7), at(0, 0.7), at(-1.4, 0.7), at(-1.4, -0.7)])}" ${fill}/>`;
    case 'diamond':
      return `<polygon points="${pts([at(0, 0), at(-0.9, -0.8), at(-1.8, 0), at(-0.9, 0.8)])}" ${fill}/>`;
    case 'circle': {
      const m = at(-0.75, 0);
      return `<circle cx="${n(m.x)}" cy="${n(m.y)}" r="${n(0.75 * size)}" ${fill}/>`;
    }
    default:
      return `<polygon points="${pts([at(0, 0), at(-1.6, -0.85), at(-1.6, 0.85)])}" ${fill}/>`;
  }
}

const haloAttrs = (size: number): string => ` stroke="#ffffff" stroke-width="${n(size * HALO)}" paint-order="stroke" stroke-linejoin="round"`;

/** A node's label: its wrapped lines centred under the body. */
function nodeLabel(s: SvgNode): string {
  if (s.lines.length === 0) return '';
  const lh = s.fontSize * LINE_HEIGHT;
  const top = s.y + s.h / 2 + LABEL_MARGIN;
  const spans = s.lines.map((l, i) => `<tspan x="${n(s.x)}" y="${n(top + lh * (i + 0.5))}">${xmlEscape(l)}</tspan>`).join('');
  return `<text font-size="${n(s.fontSize)}" fill="#1d2433" text-anchor="middle" dominant-baseline="central"${haloAttrs(s.fontSize)}>${spans}</text>`;
}

/**
 * The angle (degrees) of an edge's label, as Cytoscape's `text-rotation:
 * autorotate` draws it: along the edge at its midpoint (for one quadratic
 * Bézier, the direction from source to target), turned so it never reads
 * upside down.
 */
export function labelAngle(points: readonly Point[]): number {
  const a = points[0];
  const b = points[points.length - 1];
  if (!a || !b || (a.x === b.x && a.y === b.y)) return 0;
  let deg = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  if (deg > 90) deg -= 180;
  else if (deg < -90) deg += 180;
  return deg;
}

function edgeLabel(e: SvgEdge): string {
  if (e.label === '') return '';
  const deg = labelAngle(e.points);
  const turn = Math.abs(deg) > 0.5 ? ` transform="rotate(${n(deg)} ${n(e.labelAt.x)} ${n(e.labelAt.y)})"` : '';
  return `<text x="${n(e.labelAt.x)}" y="${n(e.labelAt.y)}" font-size="${n(e.fontSize)}" fill="${xmlEscape(e.color)}" text-anchor="middle" dominant-baseline="central"${turn}${haloAttrs(e.fontSize)}>${xmlEscape(e.label)}</text>`;
}

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const grow = (b: Extent, x1: number, y1: number, x2: number, y2: number): void => {
  b.x1 = Math.min(b.x1, x1);
  b.y1 = Math.min(b.y1, y1);
  b.x2 = Math.max(b.x2, x2);
  b.y2 = Math.max(b.y2, y2);
};

/** The picture's box: every body, line and label (with its halo) inside, plus the padding. */
export function bounds(p: SvgPicture): { x: number; y: number; w: number; h: number } {
  const b: Extent = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const s of p.nodes) {
    const halo = s.fontSize * HALO;
    const half = Math.max(s.w, s.labelWidth + 2 * halo) / 2;
    const below = s.lines.length > 0 ? LABEL_MARGIN + s.lines.length * s.fontSize * LINE_HEIGHT + halo : 0;
    grow(b, s.x - half, s.y - s.h / 2, s.x + half, s.y + s.h / 2 + below);
  }
  for (const e of p.edges) {
    for (const q of e.points) grow(b, q.x, q.y, q.x, q.y);
    if (e.label === '') continue;
    // NOTE: a turned label reaches at most half its diagonal from its centre, whatever the angle.
    const r = Math.hypot(e.labelWidth / 2 + e.fontSize * HALO, e.fontSize * (0.5 + HALO));
    grow(b, e.labelAt.x - r, e.labelAt.y - r, e.labelAt.x + r, e.labelAt.y + r);
  }
  if (!Number.isFinite(b.x1)) return { x: 0, y: 0, w: 100, h: 100 };
  return { x: b.x1 - p.padding, y: b.y1 - p.padding, w: b.x2 - b.x1 + 2 * p.padding, h: b.y2 - b.y1 + 2 * p.padding };
}

export function serializeSvg(p: SvgPicture): string {
  const b = bounds(p);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(b.x)} ${n(b.y)} ${n(b.w)} ${n(b.h)}" width="${n(b.w)}" height="${n(b.h)}" font-family="${xmlEscape(p.fontFamily)}">`,
    `<title>${xmlEscape(p.title)}</title>`,
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" fill="${xmlEscape(p.background)}"/>`,
    '<g class="edges">',
  ];
  for (const e of p.edges) {
    const d = edgePath(e.points);
    if (d === '') continue;
    const dash = e.dash.length > 0 ? ` stroke-dasharray="${e.dash.map(n).join(' ')}"` : '';
    const tip = e.points[e.points.length - 1] as Point;
    const prev = e.points[e.points.length - 2] as Point;
    const angle = Math.atan2(tip.y - prev.y, tip.x - prev.x);
    out.push(
      `<g opacity="${n(e.opacity)}"><path d="${d}" fill="none" stroke="${xmlEscape(e.color)}" stroke-width="${n(e.width)}"${dash}/>` +
        arrowHead(e.arrow, tip, angle, Math.max(4, e.width * 2.2) * e.arrowScale, e.color) +
        edgeLabel(e) +
        '</g>',
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const s of p.nodes) {
    out.push(`<g opacity="${n(s.opacity)}">${nodeShape(s)}${nodeLabel(s)}</g>`);
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
