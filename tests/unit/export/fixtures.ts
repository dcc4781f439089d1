// Shared invented subgraph for the export tests: two countries, a person with
// no `id` property, parallel ATTACKED edges and evidence full of characters
// that markup, CSV and Cypher must escape.
import type { EdgeElement, GraphElement, NodeElement } from '../../../server/api/contract.ts';
import type { ExportManifest } from '../../../server/export/export-graph.ts';

export const NASTY = `Ruritania said "no" & <b>'yes'</b> \\ */ \`tick\` —\nZürich 🚀\ttab; =HYPERLINK("x")`;

const node = (id: string, labels: string[], data: Record<string, unknown>): NodeElement => ({
  group: 'nodes',
  data: { id, label: typeof data['name'] === 'string' ? data['name'] : id, labels, ...data },
});

const edge = (id: string, type: string, source: string, target: string, data: Record<string, unknown>): EdgeElement => ({
  group: 'edges',
  data: { id, source, target, type, ...data },
});

export const ruritania = node('4:db:1', ['Actor', 'Country'], {
  key: 'country:ruritania',
  name: 'Ruritania',
  kind: 'Country',
  aliases: ['Strelsau', 'the Kingdom'],
});
export const freedonia = node('4:db:2', ['Actor', 'Country'], { key: 'country:freedonia', name: 'Freedonia', kind: 'Country', aliases: [] });
export const minister = node('4:db:3', ['Actor', 'Person'], { name: 'Rufus T. Firefly', kind: 'Person', _type: 'minister', score: 0.5 });

export const attack1 = edge('5:db:10', 'ATTACKED', '4:db:1', '4:db:2', {
  key: 'rel:a1',
  articleId: 'article:one',
  when: '2031-07',
  evidence: NASTY,
  start: 0,
  end: 120,
  certainty: 'stated',
});
export const attack2 = edge('5:db:11', 'ATTACKED', '4:db:1', '4:db:2', {
  key: 'rel:a2',
  articleId: 'article:two',
  when: '2031-07-02',
  evidence: 'Ruritanian drones struck Freedonia.',
  start: 5,
  end: 40,
  certainty: 'reported',
  claimedBy: 'Rufus T. Firefly',
});
export const denial = edge('5:db:12', 'DENIED', '4:db:2', '4:db:1', {
  key: 'rel:d1',
  articleId: 'article:two',
  evidence: 'Freedonia denied it.',
  start: 41,
  end: 61,
  certainty: 'stated',
  denies: 'ATTACKED',
});
export const partOf = edge('5:db:13', 'PART_OF', '4:db:3', '4:db:2', { articleId: 'article:two', evidence: 'Firefly of Freedonia' });

export const ELEMENTS: readonly GraphElement[] = [ruritania, freedonia, minister, attack1, attack2, denial, partOf];

export const MANIFEST: Omit<ExportManifest, 'nodeCount' | 'edgeCount'> = {
  producedBy: 'query:who-attacked-whom',
  query: 'MATCH (a)-[r:ATTACKED]->(b)\nWHERE a.name = $name\nRETURN a, r, b',
  params: { name: 'Ruritania' },
  createdAt: '2031-07-03T04:05:06.789Z',
  generator: 'Actorgraph 0.1.0',
  truncated: false,
};
