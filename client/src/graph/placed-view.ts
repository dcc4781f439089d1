// Where everything was: each actor's position (by its stable key), the hidden
// and pinned actors and edges, zoom and pan — what a layout cannot give back.
// Read from the canvas, written compactly into a URL, and read back from one
// (untrusted text: a malformed entry is dropped, a malformed whole is null).
import type { Core, Position, SingularElementArgument } from 'cytoscape';

export interface PlacedView {
  /** Actor key → model position. */
  readonly nodes: ReadonlyMap<string, Position>;
  /** Edge keys (source>TYPE>target) drawn, or null for "what the query and expansions draw" (a link). */
  readonly edges: readonly string[] | null;
  /** Actor and edge keys hidden by the analyst. */
  readonly hidden: readonly string[];
  /** Actor keys pinned. */
  readonly pinned: readonly string[];
  readonly zoom: number;
  readonly pan: Position;
}

/** Past this many characters of positions, a link keeps no positions (save a scene instead). */
export const MAX_PLACED_URL_CHARS = 6_000;
/** Coordinates beyond this are no canvas's (and no link's). */
const MAX_COORD = 10_000_000;
const MAX_KEY = 700;

/** The URL key of an element: the actor's key, or source>TYPE>target for an edge. */
export function elementKey(ele: SingularElementArgument): string {
  if (ele.isNode()) return String(ele.data('key'));
  return `${String(ele.source().data('key'))}>${String(ele.data('type'))}>${String(ele.target().data('key'))}`;
}

/** The placed view of what is drawn; `withEdges` false leaves out the edge list (a link does not carry it). */
export function placedOf(cy: Core, withEdges = true): PlacedView {
  const nodes = new Map<string, Position>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    nodes.set(String(n.data('key')), { x: p.x, y: p.y });
  });
  return {
    nodes,
    edges: withEdges ? cy.edges().map(elementKey) : null,
    hidden: cy.elements('.hidden').map(elementKey),
    pinned: cy.nodes('.pinned').map(elementKey),
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
  };
}

const round = (v: number, digits: number): string => String(Math.round(v * 10 ** digits) / 10 ** digits);

/** URL parameters of a placed view (positions to whole units, zoom to 4 decimals): pos, view, hide, pin. */
export function encodePlaced(p: PlacedView): [string, string][] {
  const out: [string, string][] = [['pos', [...p.nodes].map(([k, q]) => `${k}~${round(q.x, 0)}~${round(q.y, 0)}`).join(',')]];
  out.push(['view', `${round(p.zoom, 4)}~${round(p.pan.x, 0)}~${round(p.pan.y, 0)}`]);
  if (p.hidden.length > 0) out.push(['hide', p.hidden.join(',')]);
  if (p.pinned.length > 0) out.push(['pin', p.pinned.join(',')]);
  return out;
}

/** A number of a URL: finite, within the canvas's range; else null. */
function coord(s: string | undefined): number | null {
  if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) && Math.abs(v) <= MAX_COORD ? v : null;
}

const okKey = (k: string): boolean => k.length > 0 && k.length <= MAX_KEY;

/** The placed view of URL parameters, or null when there are no positions or the view (zoom, pan) is malformed. */
export function decodePlaced(q: URLSearchParams): PlacedView | null {
  const pos = q.get('pos');
  const view = q.get('view')?.split('~') ?? [];
  if (pos === null || view.length !== 3) return null;
  const [zoom, px, py] = view.map(coord);
  if (zoom === null || zoom === undefined || zoom <= 0 || zoom > 1_000 || px === null || px === undefined || py === null || py === undefined) return null;
  const nodes = new Map<string, Position>();
  for (const entry of pos.split(',')) {
    const parts = entry.split('~');
    if (parts.length < 3) continue;
    const y = coord(parts.pop());
    const x = coord(parts.pop());
    const key = parts.join('~');
    if (x !== null && y !== null && okKey(key) && !nodes.has(key)) nodes.set(key, { x, y });
  }
  if (nodes.size === 0) return null;
  const keys = (name: string): string[] => (q.get(name) ?? '').split(',').filter(okKey);
  return { nodes, edges: null, hidden: keys('hide'), pinned: keys('pin').filter((k) => nodes.has(k)), zoom, pan: { x: px, y: py } };
}
