// Database benchmarks on a synthetic world in a fresh local Neo4j, each
// figure beside its reference measured in the same run:
// - load: the bulk writer's relations/s as the graph grows to each scale,
//   against one transaction per row; a sweep of rows per transaction; the
//   Node process's peak RSS while loading;
// - read: neighbours, actor details, search and the saved queries through
//   the real server (autocannon) against the raw driver running the same
//   Cypher, at several concurrencies; the server's peak RSS under that load;
// - search: the full-text index against a CONTAINS scan over every name.
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
import { passwordFile } from '../../server/db/neo4j-password.ts';
import { toCypherParams } from '../../server/db/query-runner.ts';
import { loadBuiltinQueries } from '../../server/db/saved-query-repo.ts';
import { applySchema } from '../../server/db/schema.ts';
import { ALL_EDGE_TYPES } from '../../server/api/contract.ts';
import { searchQuery } from '../../server/graph/lucene-query.ts';
import { validateParams } from '../../server/graph/query-header.ts';
import type { Extraction } from '../../server/extract/types.ts';
import { startServer } from '../../tests/support/run-server.ts';
import { closedLoop, summarise, type LatencyStats } from './stats.ts';
import { fmt, peakRssMiB, row, yesNo, type Row } from './table.ts';
import { makeActors, makeArticles, type WorldOptions } from './world.ts';

export interface DbBenchOptions {
  readonly actors: number;
  /** Graph sizes (relations) at which the load rate is reported, ascending. */
  readonly scales: readonly number[];
  /** Rows per transaction to compare, each on `sweepEvents` new relations. */
  readonly sweep: readonly number[];
  readonly sweepEvents: number;
  readonly seconds: number;
  readonly concurrency: readonly number[];
  readonly heap: string;
  readonly pageCache: string;
  /** Extractions to load for the extract-then-load figure (made by the caller). */
  readonly extracted?: { readonly extractions: readonly Extraction[]; readonly extractSeconds: number; readonly concurrency: number };
  /** More environment for the server of the read benchmarks (e.g. the NLP sidecar to reuse). */
  readonly serverEnv?: Readonly<Record<string, string>>;
}

/** The extract-then-load target: 1,000 synthetic articles within 5 minutes on 2 cores. */
const EXTRACT_LOAD_TARGET = { articles: 1_000, seconds: 300 };

const cypher = new CypherCatalog(['actor-neighbours', 'actor-neighbours-count', 'actor-details', 'bench-contains-search', 'bench-top-actors', 'bench-one-row', 'search-actors'] as const);
const EVENTS_PER_ARTICLE = 50;

async function httpLatency(url: string, connections: number, seconds: number, body?: unknown): Promise<LatencyStats> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    ...(body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx and ${r.errors} errors during the benchmark`);
  return { n: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.average, perSecond: r.requests.average };
}

/** Samples this process's RSS while `work` runs; returns its result and the peak in MiB. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  try {
    const result = await work();
    return { result, peakMiB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const started = performance.now();
/** Progress on stderr, so that a long run shows where it is. */
const note = (what: string): void => {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${what}\n`);
};

export async function dbBench(o: DbBenchOptions): Promise<{ rows: Row[]; raw: Record<string, unknown> }> {
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-'));
  const local = await startLocalNeo4j({ dataDir: path.join(dir, 'neo4j'), port: 0, logFile: path.join(dir, 'neo4j.log'), heap: o.heap, pageCache: o.pageCache });
  const db = new GraphDb(createDriver({ uri: local.boltUri, user: local.user, password: local.password }), 'neo4j');
  try {
    await applySchema(db);
    const base: WorldOptions = { actors: o.actors, events: 0, articles: 0, seed: 7 };
    const actors = makeActors(base);
    const repo = new ArticleRepo(db);
    let seed = 100;
    /** Loads `events` new relations among the world's actors; seconds and peak RSS. */
    const load = async (events: number, batchRows?: number): Promise<{ seconds: number; peakMiB: number }> => {
      const world = { ...base, events, articles: Math.ceil(events / EVENTS_PER_ARTICLE), seed: seed++ };
      const t = performance.now();
      const { result, peakMiB } = await withPeakRss(() => repo.writeMany(makeArticles(world, actors), batchRows === undefined ? {} : { batchRows }));
      if (result.failed.length > 0) throw new Error(`load failed for ${result.failed.length} article(s): ${result.failed[0]?.message}`);
      return { seconds: (performance.now() - t) / 1000, peakMiB };
    };

    // Load: the graph grows to each scale; the first step also creates the actors.
    let size = 0;
    let perRow = NaN;
    let peakLoadMiB = 0;
    const loadRates: { scale: number; perSecond: number }[] = [];
    for (const scale of o.scales) {
      const add = scale - size;
      note(`loading ${add} relations (graph to ${scale})`);
      const r = await load(add);
      size = scale;
      peakLoadMiB = Math.max(peakLoadMiB, r.peakMiB);
      loadRates.push({ scale, perSecond: add / r.seconds });
      if (Number.isNaN(perRow)) {
        // Reference: the same write, one transaction per relation, on a sample.
        note('one transaction per row');
        const sample = [...makeArticles({ ...base, events: 300, articles: 1, seed: 99 }, actors)][0]?.relationships ?? [];
        const t = performance.now();
        for (const e of sample)
          await db.writeTx((tx) =>
            tx.run(cypher.get('bench-one-row'), { ...e, articleId: 'article:rows', start: neo4j.int(e.start), end: neo4j.int(e.end), when: 'when' in e ? e.when : null, certainty: 'certainty' in e ? e.certainty : null, claimedBy: null, denies: null }),
          );
        perRow = sample.length / ((performance.now() - t) / 1000);
        size += sample.length;
      }
    }
    // Batch size, on the full graph: each setting loads the same number of new relations.
    for (const b of o.sweep) {
      note(`batch-size sweep: ${b} rows per transaction`);
      const s = await load(o.sweepEvents, b);
      size += o.sweepEvents;
      rows.push(row({ section: 'load', figure: `${b.toLocaleString('en')} rows per transaction: relations/s`, value: fmt(o.sweepEvents / s.seconds, 0), reference: `one tx per row ${fmt(perRow, 0)}/s`, ratio: `${fmt(o.sweepEvents / s.seconds / perRow, 0)}×` }));
    }
    for (const l of loadRates) {
      const ratio = l.perSecond / perRow;
      rows.push(row({ section: 'load', figure: `bulk load to ${l.scale.toLocaleString('en')} relations: relations/s`, value: fmt(l.perSecond, 0), reference: `one tx per row ${fmt(perRow, 0)}/s`, ratio: `${fmt(ratio, 0)}×`, target: '≥ 100× and ≥ 20,000/s', met: yesNo(ratio >= 100 && l.perSecond >= 20_000) }));
    }
    const maxScale = o.scales[o.scales.length - 1] ?? 0;
    rows.push(row({ section: 'memory', figure: `Node peak RSS MiB during the load to ${maxScale.toLocaleString('en')} relations`, value: fmt(peakLoadMiB, 0), target: '< 1024', met: yesNo(peakLoadMiB < 1024) }));
    raw.load = { loadRates, perRow, peakLoadMiB, relations: size };

    // Extract then load: the caller extracted the articles; where the time goes.
    if (o.extracted) {
      note(`writing ${o.extracted.extractions.length} extracted articles`);
      const t = performance.now();
      const s = await repo.writeMany(o.extracted.extractions);
      const writeSeconds = (performance.now() - t) / 1000;
      const total = o.extracted.extractSeconds + writeSeconds;
      const n = o.extracted.extractions.length;
      // NOTE: a smaller load (quick mode) is judged by its time scaled to 1,000 articles.
      const projected = (total * EXTRACT_LOAD_TARGET.articles) / Math.max(1, n);
      rows.push(
        row({
          section: 'load',
          figure: `extract then load ${n} articles: seconds`,
          value: fmt(total, 1),
          reference: `extract ${fmt(o.extracted.extractSeconds, 1)} s (NLP sidecar, ${o.extracted.concurrency} in flight) + write ${fmt(writeSeconds, 1)} s (${s.relations} relations)`,
          ratio: `${fmt((100 * o.extracted.extractSeconds) / total, 0)}% extract`,
          target: `≤ ${EXTRACT_LOAD_TARGET.seconds} s per ${EXTRACT_LOAD_TARGET.articles.toLocaleString('en')}${n === EXTRACT_LOAD_TARGET.articles ? '' : ` (scaled: ${fmt(projected, 0)} s)`}`,
          met: yesNo(projected <= EXTRACT_LOAD_TARGET.seconds),
        }),
      );
      raw.extractThenLoad = { extractSeconds: o.extracted.extractSeconds, writeSeconds, relations: s.relations, failed: s.failed.length };
    }

    // Read: the real server against the raw driver running the same Cypher.
    const top = await db.read(cypher.get('bench-top-actors'));
    const typical = String(top.records[Math.floor(top.records.length / 2)]?.get('id'));
    const hub = String(top.records[0]?.get('id'));
    const server = await startServer({ NEO4J_URI: local.boltUri, NEO4J_PASSWORD_FILE: passwordFile(path.join(dir, 'neo4j')), LOG_LEVEL: 'silent', LOAD_SAMPLE: 'false', DATA_DIR: path.join(dir, 'app'), CYPHER_RATE_PER_MINUTE: '1000000', READ_RATE_PER_MINUTE: '100000000', QUERY_TIMEOUT_MS: '60000', ...o.serverEnv });
    const q = (text: string, params: Record<string, unknown>) => db.driver.executeQuery(text, params, { database: 'neo4j', routing: 'READ', transactionConfig: { timeout: 60_000 } });
    const types = [...ALL_EDGE_TYPES];
    // NOTE: a term that names exactly one actor (its unique code alias), so that
    // neither query can stop early: the index seeks, the scan reads every actor.
    const term = (actors[actors.length - 1]?.aliases[1] ?? 'x').toLowerCase();
    const reads: { name: string; path: string; raw: () => Promise<unknown>; target?: boolean }[] = [
      {
        name: 'neighbours (median-degree actor)',
        path: `/api/actors/${encodeURIComponent(typical)}/neighbours?limit=25`,
        raw: () => Promise.all([q(cypher.get('actor-neighbours'), { id: typical, types, direction: 'both', skip: neo4j.int(0), limit: neo4j.int(25) }), q(cypher.get('actor-neighbours-count'), { id: typical, types, direction: 'both' })]),
        target: true,
      },
      { name: 'actor details (median-degree actor)', path: `/api/actors/${encodeURIComponent(typical)}`, raw: () => q(cypher.get('actor-details'), { id: typical, types }) },
      { name: 'search (one match)', path: `/api/search?q=${encodeURIComponent(term)}`, raw: () => q(cypher.get('search-actors'), { q: searchQuery(term), limit: neo4j.int(20) }) },
    ];
    const readStats: unknown[] = [];
    try {
      for (const r of reads)
        for (const c of o.concurrency) {
          note(`read: ${r.name}, ${c} client(s)`);
          // Warm-up: the first calls plan the Cypher and JIT both code paths.
          for (let i = 0; i < 20; i++) {
            await fetch(`${server.url}${r.path}`).then((res) => res.arrayBuffer());
            await r.raw();
          }
          const api = await httpLatency(`${server.url}${r.path}`, c, o.seconds);
          const ref = await closedLoop(r.raw, c, o.seconds);
          const ratio = api.p99 / ref.p99;
          readStats.push({ read: r.name, concurrency: c, api, raw: ref });
          const target = r.target ? (c === 10 ? 'p99 ≤ 1.2× raw, < 20 ms' : 'p99 ≤ 1.2× raw') : '';
          rows.push(row({ section: 'read', figure: `${r.name} p50/p99 ms, ${c} client(s)`, value: `${fmt(api.p50)} / ${fmt(api.p99)}`, reference: `raw driver ${fmt(ref.p50)} / ${fmt(ref.p99)}`, ratio: `p99 ${fmt(ratio, 2)}×`, target, met: r.target ? yesNo(ratio <= 1.2 && (c !== 10 || api.p99 < 20)) : '' }));
        }
      // The saved queries with their default parameters (an actor parameter
      // gets the hub), one client each; a query over the server's timeout is
      // reported as such, not measured.
      for (const saved of loadBuiltinQueries().values()) {
        const given: Record<string, unknown> = {};
        for (const p of saved.params) if (p.name === 'actor' || p.name === 'victim') given[p.name] = hub;
        const checked = validateParams(saved.params, given);
        if (!checked.ok) continue;
        const params = toCypherParams(checked.values) as Record<string, unknown>;
        const seconds = Math.max(1, o.seconds / 2);
        note(`saved query ${saved.name}`);
        const url = `${server.url}/api/queries/${saved.name}/run`;
        const probe = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ params: given }) });
        if (!probe.ok) {
          rows.push(row({ section: 'read', figure: `saved query ${saved.name} p50/p99 ms`, value: `HTTP ${probe.status}`, reference: (await probe.text()).slice(0, 80), met: 'no' }));
          continue;
        }
        // NOTE: a closed loop of whole responses, not autocannon, which drops a
        // request still running when its time is up (several of these take seconds).
        const body = JSON.stringify({ params: given });
        const api = await closedLoop(() => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((res) => res.arrayBuffer()), 1, seconds);
        const ref = await closedLoop(() => q(saved.cypher, params), 1, seconds);
        readStats.push({ read: `saved ${saved.name}`, concurrency: 1, api, raw: ref });
        rows.push(row({ section: 'read', figure: `saved query ${saved.name} p50/p99 ms`, value: `${fmt(api.p50)} / ${fmt(api.p99)}`, reference: `raw driver ${fmt(ref.p50)} / ${fmt(ref.p99)}`, ratio: `p99 ${fmt(api.p99 / ref.p99, 2)}×` }));
      }
      const serverPid = server.child.pid;
      const serverPeak = serverPid === undefined ? NaN : peakRssMiB(serverPid);
      rows.push(row({ section: 'memory', figure: 'server peak RSS MiB after the read benchmarks', value: fmt(serverPeak, 0), target: '< 1024', met: yesNo(serverPeak < 1024) }));
      raw.reads = readStats;

      // Search: full-text index against a CONTAINS scan over every name.
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
      note('search: full-text against CONTAINS');
      const fulltextMs = await time(() => db.read(cypher.get('search-actors'), { q: searchQuery(term), limit: neo4j.int(10) }), 30);
      const containsMs = await time(() => db.read(cypher.get('bench-contains-search'), { q: term, limit: neo4j.int(10) }), 5);
      const names = actors.reduce((n, a) => n + 1 + a.aliases.length, 0);
      rows.push(row({ section: 'read', figure: `full-text search p50 ms (${names.toLocaleString('en')} names)`, value: fmt(fulltextMs, 2), reference: `CONTAINS scan ${fmt(containsMs, 1)} ms`, ratio: `${fmt(containsMs / fulltextMs, 0)}×`, target: '≥ 100× faster at 1M names', met: yesNo(containsMs / fulltextMs >= 100 && names >= 1_000_000) }));
      raw.search = { fulltextMs, containsMs, names };
    } finally {
      await server.stop();
    }
    return { rows, raw };
  } finally {
    await db.close();
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
