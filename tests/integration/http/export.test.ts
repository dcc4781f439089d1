// POST /api/export on the real Neo4j: GraphML and GEXF parse with a real XML
// parser and keep node and edge counts (parallel edges too); the Cypher
// script, run on an emptied database, recreates the same subgraph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';
import { emptyDb } from '../../support/test-db.ts';
import { parseXml } from '../../unit/export/xml.ts';

const rur = actor('country:ruritania', 'Ruritania', 'Country', ['Strelsau']);
const fre = actor('country:freedonia', 'Freedonia', 'Country');
const spy = actor('person:rudolf-rassendyll', 'Rudolf Rassendyll', 'Person');
const nasty = 'He said: "it\'s <over> & done" \\ `tick`\nnew line';

/** Everything in the database that the script should recreate, as comparable text. */
async function snapshot(db: GraphDb): Promise<string[]> {
  const res = await db.read(
    "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id + ' ' + a.name + ' -' + type(r) + '-> ' + b.id + ' | ' + coalesce(r.evidence, '') + ' | ' + coalesce(r.when, '') AS line ORDER BY line",
  );
  return res.records.map((r) => String(r.get('line')));
}

describe('POST /api/export', () => {
  let db: GraphDb;
  let app: Express;

  beforeAll(async () => {
    ({ db, app } = await appWith([
      extraction('article:x1', [rur, fre, spy], [event('x1', 'ATTACKED', rur.id, fre.id, nasty), event('x2', 'SANCTIONED', fre.id, spy.id)]),
      extraction('article:x2', [rur, fre], [event('x3', 'ATTACKED', rur.id, fre.id, 'Ruritania attacked Freedonia again.')]),
    ]));
  });

  afterAll(async () => {
    await db.close();
  });

  const body = { format: 'graphml', query: { name: 'timeline', params: {} } };

  it('exports a saved query as GraphML that parses and keeps counts and evidence', async () => {
    const res = await request(app).post('/api/export').send(body).buffer(true).parse((r, cb) => {
      let t = '';
      r.on('data', (c: Buffer) => (t += c.toString()));
      r.on('end', () => cb(null, t));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="?actorgraph-.*\.graphml/);
    const xml = parseXml(res.body as string);
    const text = JSON.stringify(xml);
    expect((text.match(/"@source"/g) ?? []).length).toBe(3);
    expect(text).toContain('Ruritania attacked Freedonia again.');
    expect(res.body as string).toContain('&lt;over&gt; &amp; done');
  });

  it.each(['json', 'gexf', 'csv', 'cypher'] as const)('exports %s as a download', async (format) => {
    const res = await request(app).post('/api/export').send({ ...body, format });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
  });

  it('exports GEXF with parallel edges kept', async () => {
    const res = await request(app).post('/api/export').send({ ...body, format: 'gexf' }).buffer(true).parse((r, cb) => {
      let t = '';
      r.on('data', (c: Buffer) => (t += c.toString()));
      r.on('end', () => cb(null, t));
    });
    const xml = parseXml(res.body as string);
    const text = JSON.stringify(xml);
    expect((text.match(/"@source"/g) ?? []).length).toBe(3);
    expect((text.match(/"@label":"(Ruritania|Freedonia|Rudolf Rassendyll)"/g) ?? []).length).toBe(3);
  });

  it('exports selected element ids with the end nodes of selected edges', async () => {
    const g = await request(app).get('/api/graph?types=SANCTIONED');
    const edge = g.body.elements.find((e: { group: string }) => e.group === 'edges');
    const res = await request(app).post('/api/export').send({ format: 'json', elementIds: [edge.data.id] });
    const parsed = JSON.parse(res.text) as { manifest: { nodeCount: number; edgeCount: number; producedBy: string }; elements: unknown[] };
    expect(parsed.manifest).toMatchObject({ nodeCount: 2, edgeCount: 1, producedBy: 'elements' });
  });

  it('writes a Cypher script that recreates the subgraph in an empty database', async () => {
    const before = await snapshot(db);
    const res = await request(app).post('/api/export').send({ format: 'cypher', cypher: { query: 'MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b', params: {} } });
    expect(res.status).toBe(200);
    const script = res.text;
    await emptyDb(db);
    const statements = script.split('\n').filter((l) => l.trim().length > 0 && !l.trim().startsWith('//'));
    await db.runAutoCommit(statements, 'replay');
    expect(await snapshot(db)).toEqual(before);
  });

  // Real readers: networkx (Python) reads GraphML and GEXF with every node and edge, parallel edges included.
  it.each(['graphml', 'gexf'] as const)('%s is read by networkx with the counts of the manifest', async (format) => {
    const res = await request(app).post('/api/export').send({ format, cypher: { query: 'MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b' } }).buffer(true).parse((r, done) => {
      let body = '';
      r.on('data', (c: Buffer) => (body += c.toString()));
      r.on('end', () => done(null, body));
    });
    expect(res.status).toBe(200);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nx-'));
    try {
      const file = path.join(dir, `export.${format}`);
      writeFileSync(file, res.body as string);
      const read = format === 'gexf' ? 'read_gexf' : 'read_graphml';
      const py = spawnSync('python3', ['-c', `import sys, networkx as nx\ng = nx.${read}(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges(), g.is_multigraph())`, file], { encoding: 'utf8' });
      expect(py.stderr).toBe('');
      expect(py.status).toBe(0);
      const nodes = (res.body as string).match(/<node\b/g)?.length ?? 0;
      const edges = (res.body as string).match(/<edge\b/g)?.length ?? 0;
      expect(py.stdout.trim()).toBe(`${nodes} ${edges} True`);
      expect(edges).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
