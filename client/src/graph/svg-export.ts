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
  readonly label: string;
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
}

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

export function nodeShape(s: SvgNode): string {
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

function label(text: string, at: Point, size: number, color: string, background: boolean): string {
  if (text === '') return '';
  const halo = background ? ` stroke="#ffffff" stroke-width="${n(size / 3)}" paint-order="stroke" stroke-linejoin="round"` : '';
  return `<text x="${n(at.x)}" y="${n(at.y)}" font-size="${n(size)}" fill="${xmlEscape(color)}" text-anchor="middle" dominant-baseline="middle"${halo}>${xmlEscape(text)}</text>`;
}

function bounds(p: SvgPicture): { x: number; y: number; w: number; h: number } {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const s of p.nodes) {
    x1 = Math.min(x1, s.x - s.w / 2 - 60);
    x2 = Math.max(x2, s.x + s.w / 2 + 60);
    y1 = Math.min(y1, s.y - s.h / 2);
    y2 = Math.max(y2, s.y + s.h / 2 + s.fontSize * 2);
  }
  for (const e of p.edges) {
    for (const q of e.points) {
      x1 = Math.min(x1, q.x);
      x2 = Math.max(x2, q.x);
      y1 = Math.min(y1, q.y);
      y2 = Math.max(y2, q.y);
    }
  }
  if (!Number.isFinite(x1)) return { x: 0, y: 0, w: 100, h: 100 };
  return { x: x1 - p.padding, y: y1 - p.padding, w: x2 - x1 + 2 * p.padding, h: y2 - y1 + 2 * p.padding };
}

export function serializeSvg(p: SvgPicture): string {
  const b = bounds(p);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(b.x)} ${n(b.y)} ${n(b.w)} ${n(b.h)}" width="${n(b.w)}" height="${n(b.h)}" font-family="system-ui, sans-serif">`,
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
        label(e.label, e.labelAt, e.fontSize, e.color, true) +
        '</g>',
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const s of p.nodes) {
    out.push(`<g opacity="${n(s.opacity)}">${nodeShape(s)}${label(s.label, { x: s.x, y: s.y + s.h / 2 + s.fontSize }, s.fontSize, '#1d2433', true)}</g>`);
  }
  out.push('</g>', '</svg>');
  return out.join('\n');
}
