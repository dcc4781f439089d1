// GEXF export: valid GEXF 1.3 that graphology-gexf parses back into a
// multigraph with parallel edges, typed attributes, evidence intact and the
// manifest in <meta>.
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import type { GraphElement } from '../../../server/api/contract.ts';
import { exportGraph } from '../../../server/export/export-graph.ts';
import { ELEMENTS, MANIFEST, NASTY, attack1, freedonia, ruritania } from './fixtures.ts';
import { attr, child, children, parseXml } from './xml.ts';

const gexf = (elements: readonly GraphElement[] = ELEMENTS): string => String(exportGraph(elements, 'gexf', MANIFEST).body);

/**
 * NOTE: graphology-gexf's parser guesses the graph type from the first edge
 * and says 'mixed' when there is none, which a MultiDirectedGraph refuses;
 * `respectInputGraphType` keeps the constructor's type.
 */
const parseBack = (text: string): MultiDirectedGraph => parseGexf(MultiDirectedGraph, text, { respectInputGraphType: true });

describe('GEXF export', () => {
  const root = child(parseXml(gexf()), 'gexf');

  it('is GEXF 1.3 with a directed graph and the manifest in <meta>', () => {
    expect(attr(root, 'version')).toBe('1.3');
    expect(attr(child(root, 'graph'), 'defaultedgetype')).toBe('directed');
    const meta = child(root, 'meta');
    expect(meta['creator']).toBe('Actorgraph 0.1.0');
    expect(JSON.parse(typeof meta['description'] === 'string' ? meta['description'] : '')).toMatchObject({ producedBy: 'query:who-attacked-whom', nodeCount: 3, edgeCount: 4 });
  });

  it('keeps node and edge counts, parallel edges included', () => {
    const graph = child(root, 'graph');
    expect(children(child(graph, 'nodes'), 'node')).toHaveLength(3);
    expect(children(child(graph, 'edges'), 'edge')).toHaveLength(4);
  });

  it('declares typed edge attributes', () => {
    const edgeAttrs = children(child(root, 'graph'), 'attributes').find((a) => attr(a, 'class') === 'edge');
    const types = Object.fromEntries(children(edgeAttrs ?? {}, 'attribute').map((a) => [attr(a, 'title'), attr(a, 'type')]));
    expect(types).toMatchObject({ type: 'string', evidence: 'string', articleId: 'string', when: 'string', start: 'integer', certainty: 'string' });
  });

  it('round-trips through graphology-gexf into a multigraph', () => {
    const g = parseBack(gexf());
    expect([g.order, g.size]).toEqual([3, 4]);
    expect(g.outEdges('4:db:1', '4:db:2')).toHaveLength(2);
    expect(g.getNodeAttributes('4:db:1')).toMatchObject({ label: 'Ruritania', kind: 'Country', aliases: ['Strelsau', 'the Kingdom'], labels: ['Actor', 'Country'] });
    expect(g.getEdgeAttributes('5:db:10')).toMatchObject({ label: 'ATTACKED', type: 'ATTACKED', evidence: NASTY, articleId: 'article:one', when: '2031-07', start: 0 });
    expect(g.getEdgeAttributes('5:db:12')).toMatchObject({ denies: 'ATTACKED', certainty: 'stated' });
    expect(g.getAttribute('creator')).toBe('Actorgraph 0.1.0');
  });

  it('keeps node properties named like Gephi viz settings as data', () => {
    const sized: GraphElement = { group: 'nodes', data: { ...ruritania.data, size: 7, color: 'red' } };
    const g = parseBack(gexf([sized]));
    expect(g.getNodeAttributes('4:db:1')).toMatchObject({ size: 7, color: 'red' });
  });

  it('writes lists with commas or quotes as JSON text so that they come back whole', () => {
    const odd: GraphElement = { group: 'nodes', data: { ...ruritania.data, aliases: ['Strelsau, capital', "the 'Kingdom'"] } };
    const g = parseBack(gexf([odd, freedonia]));
    expect(JSON.parse(String(g.getNodeAttribute('4:db:1', 'aliases')))).toEqual(['Strelsau, capital', "the 'Kingdom'"]);
    expect(JSON.parse(String(g.getNodeAttribute('4:db:2', 'aliases')))).toEqual([]);
  });

  it('replaces characters XML cannot hold', () => {
    const bad: GraphElement = { group: 'edges', data: { ...attack1.data, evidence: 'a\u0001b' } };
    const g = parseBack(gexf([ruritania, freedonia, bad]));
    expect(g.getEdgeAttribute('5:db:10', 'evidence')).toBe('a\uFFFDb');
  });
});
