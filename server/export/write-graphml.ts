// GraphML export, built with xmlbuilder2: one <key> per node and edge property
// with its attr.type, element ids as node and edge ids, edgedefault directed,
// and the manifest as graph-level <data> (plus a one-line <desc>).
//
// NOTE: lists and maps are written as JSON text (attr.type string): GraphML
// has no list type, and JSON keeps values with '|' or ',' unambiguous. Node
// labels are written ':Actor:Country', the form Neo4j's APOC GraphML uses.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { valueText, type GraphParts, type PropertyColumn, type ValueKind } from './graph-parts.ts';
import type { ExportManifest } from './types.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

type AttrType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const ATTR_TYPE: Readonly<Record<ValueKind, AttrType>> = {
  boolean: 'boolean',
  int: 'int',
  long: 'long',
  double: 'double',
  string: 'string',
  list: 'string',
  json: 'string',
};

/** A declared attribute: its GraphML key id and the value getter. */
interface KeyDef {
  readonly id: string;
  readonly name: string;
  readonly type: AttrType;
}

function declare(root: XMLBuilder, domain: 'graph' | 'node' | 'edge', prefix: string, defs: readonly { name: string; type: AttrType }[]): KeyDef[] {
  return defs.map((d, i) => {
    const id = `${prefix}${i}`;
    root.ele('key', { id, for: domain, 'attr.name': d.name, 'attr.type': d.type }).up();
    return { id, name: d.name, type: d.type };
  });
}

const propertyDefs = (columns: readonly PropertyColumn[]): { name: string; type: AttrType }[] =>
  columns.map((c) => ({ name: c.name, type: ATTR_TYPE[c.kind] }));

/** Writes one <data> per key whose value is present. */
function writeData(el: XMLBuilder, keys: readonly KeyDef[], values: Readonly<Record<string, unknown>>): void {
  for (const k of keys) {
    const text = valueText(values[k.name]);
    if (text !== '') el.ele('data', { key: k.id }).txt(text).up();
  }
}

function manifestValues(m: ExportManifest): Record<string, unknown> {
  return { ...m, params: m.params === undefined ? undefined : JSON.stringify(m.params), corrections: m.corrections === undefined ? undefined : JSON.stringify(m.corrections) };
}

const MANIFEST_KEYS: readonly { name: keyof ExportManifest; type: AttrType }[] = [
  { name: 'producedBy', type: 'string' },
  { name: 'query', type: 'string' },
  { name: 'params', type: 'string' },
  { name: 'createdAt', type: 'string' },
  { name: 'generator', type: 'string' },
  { name: 'nodeCount', type: 'int' },
  { name: 'edgeCount', type: 'int' },
  { name: 'truncated', type: 'boolean' },
  { name: 'corrections', type: 'string' },
];

export function writeGraphml(parts: GraphParts, manifest: ExportManifest): string {
  // NOTE: characters XML 1.0 cannot hold (NUL, most C0 controls, lone
  // surrogates) become U+FFFD instead of making the file unreadable.
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
  const root = doc.ele(GRAPHML_NS, 'graphml', { 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': SCHEMA });

  const graphKeys = declare(root, 'graph', 'g', MANIFEST_KEYS);
  const nodeKeys = declare(root, 'node', 'n', [{ name: 'labels', type: 'string' }, { name: 'label', type: 'string' }, ...propertyDefs(parts.nodeColumns)]);
  const edgeKeys = declare(root, 'edge', 'e', [{ name: 'type', type: 'string' }, ...propertyDefs(parts.edgeColumns)]);

  const graph = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  graph.ele('desc').txt(`${manifest.generator} export (${manifest.producedBy}), ${manifest.createdAt}`).up();
  writeData(graph, graphKeys, manifestValues(manifest));

  for (const n of parts.nodes) {
    const el = graph.ele('node', { id: n.data.id });
    const labels = n.data.labels.length > 0 ? `:${n.data.labels.join(':')}` : '';
    writeData(el, nodeKeys, { ...n.data, labels });
    el.up();
  }
  for (const e of parts.edges) {
    const el = graph.ele('edge', { id: e.data.id, source: e.data.source, target: e.data.target });
    writeData(el, edgeKeys, e.data);
    el.up();
  }
  return `${doc.end({ prettyPrint: true })}\n`;
}
