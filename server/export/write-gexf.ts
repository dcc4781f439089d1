// GEXF 1.3 export through graphology and graphology-gexf's writer, for Gephi.
// A MultiDirectedGraph keeps parallel edges (two articles reporting one attack
// are two edges). Node label is the actor's display name, edge label its
// relation type; every property becomes a typed GEXF attribute, and the
// manifest goes into <meta> (creator, description as manifest JSON, keywords).
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import { valueText, type GraphParts, type PropertyColumn } from './graph-parts.ts';
import type { ExportManifest } from './types.ts';
import { xmlSafe } from './xml-text.ts';

/**
 * NOTE: graphology-gexf writes a GEXF 1.3 liststring item bare unless it holds
 * a quote, so an alias like 'Washington, D.C.' would come back as two items.
 * A list column is written as liststring only when every item is plain;
 * otherwise each value is JSON text in a string attribute.
 */
const PLAIN_ITEM = /^[^,[\]'"\\\s](?:[^,[\]'"\\]*[^,[\]'"\\\s])?$/;

export const isPlainList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' && PLAIN_ITEM.test(x));

function listColumns(datas: readonly Readonly<Record<string, unknown>>[], columns: readonly PropertyColumn[]): Set<string> {
  const names = columns.filter((c) => c.kind === 'list').map((c) => c.name);
  return new Set(names.filter((n) => datas.every((d) => d[n] === undefined || d[n] === null || isPlainList(d[n]))));
}

/**
 * A value as graphology-gexf should type it. NOTE: the writer infers GEXF
 * types from JS values and prints objects as "[object Object]", so maps and
 * lists that are not plain become JSON text here. Strings pass through
 * xmlSafe, which the writer does not do.
 */
function gexfValue(v: unknown, column: PropertyColumn, lists: ReadonlySet<string>): unknown {
  if (v === null || v === undefined) return undefined;
  if (lists.has(column.name) && isPlainList(v)) return v.map(xmlSafe);
  if (column.kind === 'string' || column.kind === 'list' || column.kind === 'json') return xmlSafe(valueText(v));
  return v;
}

/**
 * Attribute titles that readers take for their own: networkx's read_gexf
 * passes edge attributes to MultiDiGraph.add_edge(u, v, key=…, **attrs), so
 * an edge attribute `key` (the claim id) fails there; it is written `claimKey`.
 */
const EDGE_TITLES: Readonly<Record<string, string>> = { key: 'claimKey' };

function attributesOf(data: Readonly<Record<string, unknown>>, columns: readonly PropertyColumn[], lists: ReadonlySet<string>, extra: Attributes, titles: Readonly<Record<string, string>> = {}): Attributes {
  const out: Attributes = { ...extra };
  for (const c of columns) {
    const v = gexfValue(data[c.name], c, lists);
    if (v !== undefined) out[titles[c.name] ?? c.name] = v;
  }
  return out;
}

interface Labelled extends Attributes {
  readonly label: string;
}

export function writeGexf(parts: GraphParts, manifest: ExportManifest): string {
  const graph = new MultiDirectedGraph<Labelled, Labelled>();
  graph.replaceAttributes({
    creator: xmlSafe(manifest.generator),
    description: xmlSafe(JSON.stringify(manifest)),
    keywords: xmlSafe(`actorgraph, ${manifest.producedBy}`),
    lastModifiedDate: manifest.createdAt.slice(0, 10),
  });
  const nodeLists = listColumns(parts.nodes.map((n) => n.data), parts.nodeColumns);
  const edgeLists = listColumns(parts.edges.map((e) => e.data), parts.edgeColumns);
  const labelsAsList = parts.nodes.every((n) => isPlainList(n.data.labels));
  for (const n of parts.nodes) {
    const labels = labelsAsList ? n.data.labels.map(xmlSafe) : xmlSafe(JSON.stringify(n.data.labels));
    const attrs = attributesOf(n.data, parts.nodeColumns, nodeLists, { labels });
    graph.addNode(n.data.id, { ...attrs, label: xmlSafe(n.data.label) });
  }
  for (const e of parts.edges) {
    const attrs = attributesOf(e.data, parts.edgeColumns, edgeLists, { type: xmlSafe(e.data.type) }, EDGE_TITLES);
    graph.addEdgeWithKey(e.data.id, e.data.source, e.data.target, { ...attrs, label: xmlSafe(e.data.type) });
  }
  // NOTE: custom formatters because the default one reads some names
  // (size, color, x, y, kind, weight...) as Gephi viz settings; ours are data.
  return write(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (_key, { label, ...attributes }) => ({ label, attributes }),
    formatEdge: (_key, { label, ...attributes }) => ({ label, attributes }),
  });
}
