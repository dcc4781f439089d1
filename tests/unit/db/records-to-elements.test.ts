// Pure test of the records → Cytoscape elements function, on driver value
// objects built by hand (no database involved).
import neo4j, { Node, Path, PathSegment, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { recordsToElements } from '../../../server/db/records-to-elements.ts';

const int = neo4j.int;
const node = (eid: string, labels: string[], props: Record<string, unknown>): Node => new Node(int(0), labels, props, eid);
const rel = (eid: string, type: string, s: string, t: string, props: Record<string, unknown> = {}): Relationship =>
  new Relationship(int(0), int(0), int(0), type, props, eid, s, t);

const a = node('n:1', ['Actor', 'Country'], { id: 'country:ruritania', name: 'Ruritania', kind: 'Country', aliases: ['Strelsau'] });
const b = node('n:2', ['Actor', 'Country'], { id: 'country:freedonia', name: 'Freedonia', kind: 'Country' });
const r = rel('r:1', 'ATTACKED', 'n:1', 'n:2', { id: 'e1', start: int(3), when: '2020-01' });

describe('recordsToElements', () => {
  it('keys nodes and edges by elementId and keeps the property id as key', () => {
    const els = recordsToElements([new Neo4jRecord(['s', 'r', 't'], [a, r, b])]);
    expect(els.map((e) => e.data.id)).toEqual(['n:1', 'n:2', 'r:1']);
    const edge = els[2];
    expect(edge?.group).toBe('edges');
    expect(edge?.data).toMatchObject({ source: 'n:1', target: 'n:2', type: 'ATTACKED', key: 'e1', start: 3 });
    expect(els[0]?.data).toMatchObject({ label: 'Ruritania', key: 'country:ruritania', labels: ['Actor', 'Country'] });
  });

  it('finds graph values inside nested lists and maps and removes duplicates', () => {
    const rec = new Neo4jRecord(['x'], [{ list: [a, [b, a]], m: { rel: r, again: r } }]);
    const els = recordsToElements([rec, rec]);
    expect(els).toHaveLength(3);
  });

  it('unpacks paths into their nodes and relationships', () => {
    const p = new Path(a, b, [new PathSegment(a, r, b)]);
    const els = recordsToElements([new Neo4jRecord(['p'], [p])]);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(2);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(1);
  });

  it('drops edges whose end nodes are not in the result', () => {
    const els = recordsToElements([new Neo4jRecord(['s', 'r'], [a, r])]);
    expect(els.map((e) => e.data.id)).toEqual(['n:1']);
  });

  it('renames properties that Cytoscape reserves', () => {
    const odd = node('n:9', ['Thing'], { source: 'x', type: 'y', name: 'Odd' });
    const [el] = recordsToElements([new Neo4jRecord(['n'], [odd])]);
    expect(el?.data).toMatchObject({ _source: 'x', _type: 'y', label: 'Odd' });
  });

  it('converts integers beyond 2^53 to strings and temporals to ISO strings', () => {
    const big = node('n:8', ['Thing'], { n: int('9007199254740993'), d: new neo4j.types.Date(2022, 9, 10) });
    const [el] = recordsToElements([new Neo4jRecord(['n'], [big])]);
    expect(el?.data).toMatchObject({ n: '9007199254740993', d: '2022-09-10' });
  });
});
