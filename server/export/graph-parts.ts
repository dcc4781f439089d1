// Splits Cytoscape elements into the nodes and edges every writer needs, and
// lists their property columns with one value type each, so that typed formats
// (GraphML keys, GEXF attributes, CSV headers) agree on names and order.
import type { EdgeElement, GraphElement, NodeElement } from '../api/contract.ts';

/** A column's type: numbers widen int → long → double; mixed types become string. */
export type ValueKind = 'boolean' | 'int' | 'long' | 'double' | 'string' | 'list' | 'json';

export interface PropertyColumn {
  /** The key in the element's `data`. */
  readonly name: string;
  readonly kind: ValueKind;
}

export interface GraphParts {
  readonly nodes: readonly NodeElement[];
  readonly edges: readonly EdgeElement[];
  readonly nodeColumns: readonly PropertyColumn[];
  readonly edgeColumns: readonly PropertyColumn[];
}

/** Cytoscape's own fields; every other `data` key is a property of the entity. */
export const NODE_FIELDS: ReadonlySet<string> = new Set(['id', 'label', 'labels']);
export const EDGE_FIELDS: ReadonlySet<string> = new Set(['id', 'source', 'target', 'type']);

/** Columns of the graph model first, in DESIGN.md's order; the rest by name. */
const NODE_ORDER = ['key', 'name', 'kind', 'aliases'];
const EDGE_ORDER = ['key', 'articleId', 'when', 'evidence', 'start', 'end', 'certainty', 'claimedBy', 'denies'];

const INT32 = 0x7fffffff;

export function kindOf(v: unknown): ValueKind | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return 'string';
    if (Number.isSafeInteger(v)) return Math.abs(v) <= INT32 ? 'int' : 'long';
    return 'double';
  }
  if (typeof v === 'string') return 'string';
  return Array.isArray(v) ? 'list' : 'json';
}

const NUMERIC: readonly ValueKind[] = ['int', 'long', 'double'];

function widen(a: ValueKind, b: ValueKind): ValueKind {
  if (a === b) return a;
  const ia = NUMERIC.indexOf(a);
  const ib = NUMERIC.indexOf(b);
  if (ia >= 0 && ib >= 0) return NUMERIC[Math.max(ia, ib)] ?? 'double';
  return 'string';
}

function columnsOf(datas: readonly Readonly<Record<string, unknown>>[], fields: ReadonlySet<string>, order: readonly string[]): PropertyColumn[] {
  const kinds = new Map<string, ValueKind>();
  for (const data of datas) {
    for (const [name, value] of Object.entries(data)) {
      const kind = kindOf(value);
      if (fields.has(name) || kind === undefined) continue;
      const seen = kinds.get(name);
      kinds.set(name, seen === undefined ? kind : widen(seen, kind));
    }
  }
  const rank = (n: string): number => (order.includes(n) ? order.indexOf(n) : order.length);
  const names = [...kinds.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => ({ name, kind: kinds.get(name) ?? 'string' }));
}

/**
 * Nodes and edges of `elements`, first occurrence of an id winning. NOTE: edges
 * whose ends are not among the nodes are dropped, as records-to-elements does:
 * GEXF, GraphML and Cytoscape all reject them, and every format must agree.
 */
export function graphParts(elements: readonly GraphElement[]): GraphParts {
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  for (const el of elements) {
    if (el.group === 'nodes' && !nodes.has(el.data.id)) nodes.set(el.data.id, el);
  }
  for (const el of elements) {
    if (el.group !== 'edges' || edges.has(el.data.id)) continue;
    if (nodes.has(el.data.source) && nodes.has(el.data.target)) edges.set(el.data.id, el);
  }
  const n = [...nodes.values()];
  const e = [...edges.values()];
  return {
    nodes: n,
    edges: e,
    nodeColumns: columnsOf(n.map((x) => x.data), NODE_FIELDS, NODE_ORDER),
    edgeColumns: columnsOf(e.map((x) => x.data), EDGE_FIELDS, EDGE_ORDER),
  };
}

const isScalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

/**
 * A property value as text: lists of scalars joined by `listSeparator` (or as
 * JSON when `listSeparator` is undefined), maps as JSON, nothing as ''.
 */
export function valueText(v: unknown, listSeparator?: string): string {
  if (v === null || v === undefined) return '';
  if (isScalar(v)) return String(v);
  if (Array.isArray(v) && listSeparator !== undefined && v.every(isScalar)) return v.map(String).join(listSeparator);
  return JSON.stringify(v);
}
