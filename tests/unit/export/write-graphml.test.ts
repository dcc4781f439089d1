// GraphML export: valid XML with typed <key> declarations, parsed back both by
// a generic XML parser and by graphology-graphml, parallel edges and evidence
// with markup characters, quotes, unicode and newlines intact.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import type { GraphElement } from '../../../server/api/contract.ts';
import { exportGraph } from '../../../server/export/export-graph.ts';
import { ELEMENTS, MANIFEST, NASTY, attack1, freedonia, ruritania } from './fixtures.ts';
import { attr, child, children, parseXml, text, type XmlNode } from './xml.ts';

const graphml = (elements: readonly GraphElement[] = ELEMENTS): string => String(exportGraph(elements, 'graphml', MANIFEST).body);

/** `attr.name` → key element, for one domain. */
function keysFor(root: XmlNode, domain: string): Map<string, XmlNode> {
  return new Map(children(root, 'key').filter((k) => attr(k, 'for') === domain).map((k) => [attr(k, 'attr.name'), k]));
}

function dataOf(el: XmlNode, keys: Map<string, XmlNode>): Record<string, string> {
  const byId = new Map([...keys].map(([name, k]) => [attr(k, 'id'), name]));
  return Object.fromEntries(children(el, 'data').map((d) => [byId.get(attr(d, 'key')) ?? '?', text(d)]));
}

describe('GraphML export', () => {
  const root = child(parseXml(graphml()), 'graphml');
  const graph = child(root, 'graph');

  it('is a directed graph in the GraphML namespace', () => {
    expect(attr(root, 'xmlns')).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(attr(graph, 'edgedefault')).toBe('directed');
  });

  it('keeps node and edge counts, parallel edges included, with element ids as ids', () => {
    expect(children(graph, 'node').map((n) => attr(n, 'id'))).toEqual(['4:db:1', '4:db:2', '4:db:3']);
    const edges = children(graph, 'edge');
    expect(edges).toHaveLength(4);
    expect(edges.filter((e) => attr(e, 'source') === '4:db:1' && attr(e, 'target') === '4:db:2')).toHaveLength(2);
  });

  it.each([
    ['node', 'labels', 'string'],
    ['node', 'aliases', 'string'],
    ['node', 'score', 'double'],
    ['edge', 'type', 'string'],
    ['edge', 'evidence', 'string'],
    ['edge', 'start', 'int'],
    ['edge', 'when', 'string'],
    ['graph', 'nodeCount', 'int'],
    ['graph', 'truncated', 'boolean'],
  ])('declares the %s attribute %s as %s', (domain, name, type) => {
    expect(attr(keysFor(root, domain).get(name) ?? {}, 'attr.type')).toBe(type);
  });

  it('keeps evidence, articleId and when on every edge', () => {
    const keys = keysFor(root, 'edge');
    const [first] = children(graph, 'edge');
    expect(dataOf(first ?? {}, keys)).toMatchObject({ type: 'ATTACKED', evidence: NASTY, articleId: 'article:one', when: '2031-07', start: '0' });
  });

  it('writes labels Neo4j-style and lists as JSON', () => {
    const [first] = children(graph, 'node');
    expect(dataOf(first ?? {}, keysFor(root, 'node'))).toMatchObject({ labels: ':Actor:Country', aliases: '["Strelsau","the Kingdom"]' });
  });

  it('carries the manifest as graph data', () => {
    expect(dataOf(graph, keysFor(root, 'graph'))).toEqual({
      producedBy: 'query:who-attacked-whom',
      query: MANIFEST.query,
      params: '{"name":"Ruritania"}',
      createdAt: MANIFEST.createdAt,
      generator: 'Actorgraph 0.1.0',
      nodeCount: '3',
      edgeCount: '4',
      truncated: 'false',
    });
  });

  it('round-trips through graphology-graphml into a multigraph', () => {
    const g = parseGraphml(MultiDirectedGraph, graphml());
    expect([g.order, g.size]).toEqual([3, 4]);
    expect(g.outEdges('4:db:1', '4:db:2')).toHaveLength(2);
    expect(g.getEdgeAttribute('5:db:10', 'evidence')).toBe(NASTY);
    expect(g.getEdgeAttribute('5:db:10', 'start')).toBe(0);
    expect(g.getNodeAttribute('4:db:1', 'name')).toBe('Ruritania');
  });

  it('replaces characters XML cannot hold instead of writing an unreadable file', () => {
    const bad: GraphElement = { group: 'edges', data: { ...attack1.data, evidence: 'a\u0000b\u0007c\uD800d' } };
    const g = parseGraphml(MultiDirectedGraph, graphml([ruritania, freedonia, bad]));
    expect(g.getEdgeAttribute('5:db:10', 'evidence')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
  });
});
