// Cypher export: a script that recreates the subgraph in another Neo4j. One
// statement per line, each ending with ';' — nodes first (MERGE on their `id`
// property, or on `_exportId`, the source elementId, when they have none),
// then relationships (MATCH both ends, MERGE on the relationship's `id` or
// `_exportId`), then `SET += {properties}`. Header comments carry the manifest.
import type { EdgeElement, NodeElement } from '../api/contract.ts';
import { commentText, cypherMap, cypherName, cypherValue } from './cypher-literals.ts';
import type { GraphParts, PropertyColumn } from './graph-parts.ts';
import type { ExportManifest } from './types.ts';

/**
 * NOTE: the reverse of records-to-elements' renaming (`id` → `key`, Cytoscape's
 * reserved names → `_name`), repeated here because that module imports
 * neo4j-driver, which this pure module must not.
 */
const RESERVED = new Set(['source', 'target', 'parent', 'group', 'label', 'labels', 'type']);

export function propertyName(dataKey: string): string {
  if (dataKey === 'key') return 'id';
  return dataKey.startsWith('_') && RESERVED.has(dataKey.slice(1)) ? dataKey.slice(1) : dataKey;
}

/** The identity map of an entity: its `id` property, else `_exportId`. */
function identity(data: Readonly<Record<string, unknown>>): string {
  const key = data['key'];
  if (typeof key === 'string' || typeof key === 'number') return `{id: ${cypherValue(key)}}`;
  return `{_exportId: ${cypherValue(data['id'])}}`;
}

const labelsOf = (n: NodeElement): string => n.data.labels.map((l) => `:${cypherName(l)}`).join('');

function setClause(variable: string, data: Readonly<Record<string, unknown>>, columns: readonly PropertyColumn[]): string {
  const entries = columns.filter((c) => c.name !== 'key').map((c) => [propertyName(c.name), data[c.name]] as const);
  const map = cypherMap(entries);
  return map === '{}' ? '' : ` SET ${variable} += ${map}`;
}

export function nodeStatement(n: NodeElement, columns: readonly PropertyColumn[]): string {
  return `MERGE (n${labelsOf(n)} ${identity(n.data)})${setClause('n', n.data, columns)};`;
}

export function edgeStatement(e: EdgeElement, ends: ReadonlyMap<string, NodeElement>, columns: readonly PropertyColumn[]): string {
  const a = ends.get(e.data.source);
  const b = ends.get(e.data.target);
  if (a === undefined || b === undefined) throw new Error(`export/cypher: edge ${e.data.id} has an end outside the export`);
  const match = `MATCH (a${labelsOf(a)} ${identity(a.data)}), (b${labelsOf(b)} ${identity(b.data)})`;
  return `${match} MERGE (a)-[r:${cypherName(e.data.type)} ${identity(e.data)}]->(b)${setClause('r', e.data, columns)};`;
}

function header(m: ExportManifest): string[] {
  const lines = [
    `${m.generator}: Cypher script that recreates an exported subgraph.`,
    `producedBy: ${m.producedBy}`,
    `createdAt: ${m.createdAt}`,
    `nodes: ${m.nodeCount}, relationships: ${m.edgeCount}, truncated: ${m.truncated}`,
  ];
  if (m.params !== undefined) lines.push(`params: ${JSON.stringify(m.params)}`);
  if (m.corrections !== undefined && m.corrections.length > 0) lines.push(`corrections in force (made by hand): ${JSON.stringify(m.corrections)}`);
  if (m.query !== undefined) lines.push('query:', ...m.query.split(/\r\n|[\n\r\u0085\u2028\u2029]/).map((l) => `  ${l}`));
  lines.push(
    "One statement per line, each ending with ';'. Nodes are merged on their `id`",
    'property, or on `_exportId` (their elementId in the source database).',
  );
  return lines.map((l) => `// ${commentText(l)}`.trimEnd());
}

export function writeCypher(parts: GraphParts, manifest: ExportManifest): string {
  const ends = new Map(parts.nodes.map((n) => [n.data.id, n]));
  const lines = [
    ...header(manifest),
    ...parts.nodes.map((n) => nodeStatement(n, parts.nodeColumns)),
    ...parts.edges.map((e) => edgeStatement(e, ends, parts.edgeColumns)),
  ];
  return `${lines.join('\n')}\n`;
}
