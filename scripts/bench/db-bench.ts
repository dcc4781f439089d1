// Database benchmarks on a synthetic world in a fresh local Neo4j (or the
// Neo4j at --uri): batched loading against one transaction per row; the
// neighbour endpoint's p50/p99 against the raw driver running the same
// Cypher; full-text search against a CONTAINS scan.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { ArticleRepo } from '../../server/db/article-repo.ts';
import { CypherCatalog } from '../../server/db/cypher-files.ts';
import { createDriver } from '../../server/db/driver.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { searchQuery } from '../../server/graph/lucene-query.ts';
import { startServer } from '../../tests/support/run-server.ts';
import { closedLoop, summarise, type LatencyStats } from './stats.ts';
import { makeActors, makeArticles } from './world.ts';

export interface DbBenchOptions {
  readonly actors: number;
  readonly events: number;
  readonly seconds: number;
  readonly concurrency: readonly number[];
}

export interface DbBenchResult {
  readonly world: { actors: number; events: number };
  readonly load: { batchedPerSecond: number; perRowPerSecond: number; ratio: number; seconds: number };
  readonly neighbours: { concurrency: number; api: LatencyStats; raw: LatencyStats; p99Ratio: number }[];
  readonly search: { fulltextMs: number; containsMs: number; ratio: number; apiP50: number };
}

const cypher = new CypherCatalog(['actor-neighbours', 'actor-neighbours-count', 'bench-contains-search', 'bench-top-actors', 'bench-one-row', 'search-actors'] as const);

async function httpLatency(url: string, connections: number, seconds: number): Promise<LatencyStats> {
  const r = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx and ${r.errors} errors during the benchmark`);
  return { n: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average, perSecond: r.requests.average };
}

export async function dbBench(o: DbBenchOptions): Promise<DbBenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-'));
  const local = await startLocalNeo4j({ dataDir: path.join(dir, 'neo4j'), port: 0, logFile: path.join(dir, 'neo4j.log'), heap: '1g', pageCache: '512m' });
  const db = new GraphDb(createDriver({ uri: local.boltUri, user: 'neo4j', password: undefined }), 'neo4j');
  try {
    await applySchema(db);
    const world = { actors: o.actors, events: o.events, articles: Math.max(1, Math.ceil(o.events / 2_000)), seed: 7 };
    const actors = makeActors(world);
    const repo = new ArticleRepo(db);
    let t = performance.now();
    for (const x of makeArticles(world, actors)) await repo.write(x);
    const loadSeconds = (performance.now() - t) / 1000;
    const batchedPerSecond = o.events / loadSeconds;

    // Reference: one transaction per claim, on a sample.
    const sample = 300;
    t = performance.now();
    for (let i = 0; i < sample; i++) {
      const s = actors[i % actors.length]!;
      const d = actors[(i * 7 + 1) % actors.length]!;
      await db.writeTx((tx) => tx.run(cypher.get('bench-one-row'), { source: s.id, target: d.id, id: `row-${i}`, articleId: 'article:rows', evidence: 'x', when: '2020' }));
    }
    const perRowPerSecond = sample / ((performance.now() - t) / 1000);

    const top = await db.read(cypher.get('bench-top-actors'));
    const typical = String(top.records[Math.floor(top.records.length / 2)]?.get('id'));
    const server = await startServer({ NEO4J_URI: local.boltUri, LOG_LEVEL: 'silent', LOAD_SAMPLE: 'false', DATA_DIR: path.join(dir, 'app') });
    const neighbours: DbBenchResult['neighbours'] = [];
    try {
      for (const c of o.concurrency) {
        const api = await httpLatency(`${server.url}/api/actors/${encodeURIComponent(typical)}/neighbours?limit=25`, c, o.seconds);
        const params = { id: typical, types: ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED', 'PART_OF', 'LEADS', 'SPEAKS_FOR'], direction: 'both' };
        const raw = await closedLoop(
          () =>
            Promise.all([
              db.driver.executeQuery(cypher.get('actor-neighbours'), { ...params, skip: neo4j.int(0), limit: neo4j.int(25) }, { database: 'neo4j', routing: 'READ' }),
              db.driver.executeQuery(cypher.get('actor-neighbours-count'), params, { database: 'neo4j', routing: 'READ' }),
            ]),
          c,
          o.seconds,
        );
        neighbours.push({ concurrency: c, api, raw, p99Ratio: api.p99 / raw.p99 });
      }
      // NOTE: a term that names exactly one actor (its unique code alias), so that
      // neither query can stop early: the index seeks, the scan reads every actor.
      const name = (actors[actors.length - 1]?.aliases[1] ?? 'x').toLowerCase();
      const time = async (fn: () => Promise<unknown>, n: number): Promise<number> => {
        await fn();
        const lat: number[] = [];
        for (let i = 0; i < n; i++) {
          const s = performance.now();
          await fn();
          lat.push(performance.now() - s);
        }
        return summarise(lat, 1).p50;
      };
      const fulltextMs = await time(() => db.read(cypher.get('search-actors'), { q: searchQuery(name), limit: neo4j.int(10) }), 30);
      const containsMs = await time(() => db.read(cypher.get('bench-contains-search'), { q: name, limit: neo4j.int(10) }), 10);
      const api = await httpLatency(`${server.url}/api/search?q=${encodeURIComponent(name)}`, 1, Math.max(1, o.seconds / 2));
      return {
        world: { actors: o.actors, events: o.events },
        load: { batchedPerSecond, perRowPerSecond, ratio: batchedPerSecond / perRowPerSecond, seconds: loadSeconds },
        neighbours,
        search: { fulltextMs, containsMs, ratio: containsMs / fulltextMs, apiP50: api.p50 },
      };
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
