// Turns query records into Cytoscape elements: finds nodes, relationships and
// paths anywhere in the records (nested lists and maps too), removes
// duplicates, keys everything by elementId, and drops edges whose end nodes
// are not in the result (Cytoscape cannot draw them) unless asked to keep them.
import neo4j, { type Node, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import type { EdgeElement, GraphElement, NodeElement } from '../api/contract.ts';
import { propsToPlain, type Plain } from './values.ts';

/** Property names that Cytoscape reserves in `data`; such properties are kept under `_name`. */
const RESERVED = new Set(['source', 'target', 'parent', 'group', 'label', 'labels', 'type']);

function dataOf(props: Record<string, unknown>): Record<string, Plain> {
  const out: Record<string, Plain> = {};
  for (const [k, v] of Object.entries(propsToPlain(props))) {
    if (k === 'id') out['key'] = v;
    else out[RESERVED.has(k) ? `_${k}` : k] = v;
  }
  return out;
}

function nodeLabel(node: Node): string {
  const p = node.properties as Record<string, unknown>;
  for (const key of ['name', 'title', 'id']) {
    const v = p[key];
    if (typeof v === 'string' && v.length > 0) return v;
  }
  return node.labels[0] ?? node.elementId;
}

export function nodeElement(node: Node): NodeElement {
  const data = dataOf(node.properties);
  return { group: 'nodes', data: { ...data, id: node.elementId, label: nodeLabel(node), labels: [...node.labels] } };
}

export function edgeElement(rel: Relationship): EdgeElement {
  const data = dataOf(rel.properties);
  return { group: 'edges', data: { ...data, id: rel.elementId, source: rel.startNodeElementId, target: rel.endNodeElementId, type: rel.type } };
}

export interface ElementCollector {
  readonly nodes: Map<string, NodeElement>;
  readonly edges: Map<string, EdgeElement>;
}

export const newCollector = (): ElementCollector => ({ nodes: new Map(), edges: new Map() });

/** Walks one value and adds every graph value found in it to the collector. */
export function collect(value: unknown, into: ElementCollector, depth = 0): void {
  if (value === null || value === undefined || depth > 32) return;
  if (neo4j.isNode(value)) {
    if (!into.nodes.has(value.elementId)) into.nodes.set(value.elementId, nodeElement(value));
  } else if (neo4j.isRelationship(value)) {
    if (!into.edges.has(value.elementId)) into.edges.set(value.elementId, edgeElement(value));
  } else if (neo4j.isPath(value)) {
    const path = value;
    collect(path.start, into, depth + 1);
    for (const seg of path.segments) {
      collect(seg.end, into, depth + 1);
      collect(seg.relationship, into, depth + 1);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into, depth + 1);
  } else if (typeof value === 'object' && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value as Record<string, unknown>)) collect(v, into, depth + 1);
  }
}

/** The elements of a collector; edges whose ends are missing are dropped. */
export function elementsOf(c: ElementCollector): GraphElement[] {
  const edges = [...c.edges.values()].filter((e) => c.nodes.has(e.data.source) && c.nodes.has(e.data.target));
  return [...c.nodes.values(), ...edges];
}

export function recordsToElements(records: readonly Neo4jRecord[]): GraphElement[] {
  const c = newCollector();
  for (const r of records) for (const key of r.keys) collect(r.get(key), c);
  return elementsOf(c);
}
