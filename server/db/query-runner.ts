// Runs read-only Cypher for the API in layers: a textual pre-check (with the
// procedures it names against the allow-list), a plan check (EXPLAIN: nothing
// runs), then the query in a READ transaction with a timeout, streaming
// records and stopping at the row cap. Results come back as graph elements
// (found anywhere in the records) plus a table.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { QueryResult } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { calledProcedures, checkQueryText } from '../graph/cypher-text.ts';
import { toAppError } from './neo4j-errors.ts';
import { checkPlan, checkProcedureNames } from './plan-check.ts';
import { collect, elementsOf, newCollector } from './records-to-elements.ts';
import { CypherCatalog } from './cypher-files.ts';
import { toPlain } from './values.ts';

/** Limits of one run; every option has a default. */
export const QUERY_LIMITS = {
  /** Transaction timeout in milliseconds (the driver's unit). */
  timeoutMs: 5_000,
  /** Rows read before the stream is stopped. */
  maxRows: 1_000,
  /** Graph elements (nodes + edges) collected before the rest are dropped. */
  maxElements: 5_000,
};
export type QueryLimits = typeof QUERY_LIMITS;

/** JSON numbers that are whole become Cypher integers (LIMIT $n needs one); everything else as is. */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

const EXPLAIN = 'EXPLAIN ';

/**
 * Neo4j's positions in an error about the checked text (the query behind a
 * prefix such as `EXPLAIN `) moved back onto the user's query: the column on
 * line 1 and every offset shift by the prefix's length.
 */
export function positionsInQuery(message: string, prefixLength: number): string {
  return message.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_all, line: string, column: string, offset: string) => {
    const l = Number(line);
    const c = l === 1 ? Math.max(1, Number(column) - prefixLength) : Number(column);
    return `(line ${l}, column ${c} (offset: ${Math.max(0, Number(offset) - prefixLength)}))`;
  });
}

export class QueryRunner {
  private readonly cypher = new CypherCatalog(['nodes-by-element-id'] as const);

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly defaults: QueryLimits = QUERY_LIMITS,
  ) {}

  /** Rejects the query (QUERY_REJECTED) unless it is a pure read; runs nothing. */
  async check(query: string, params: Record<string, unknown>): Promise<void> {
    const text = checkQueryText(query);
    if (!text.ok) throw new AppError('QUERY_REJECTED', text.reason);
    // NOTE: before EXPLAIN, so that a procedure that is not installed (apoc.*) is refused by the allow-list, not by "no such procedure".
    const named = checkProcedureNames(calledProcedures(query));
    if (!named.ok) throw new AppError('QUERY_REJECTED', named.reason);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const summary = await session.executeRead((tx) => tx.run(`${EXPLAIN}${query}`, params).summary(), { timeout: 5_000 });
      const plan = checkPlan(summary);
      if (!plan.ok) throw new AppError('QUERY_REJECTED', plan.reason);
    } catch (e) {
      const mapped = toAppError(e, 'query');
      const err = mapped.code === 'QUERY_FAILED' ? new AppError('QUERY_FAILED', positionsInQuery(mapped.message, EXPLAIN.length), { cause: e }) : mapped;
      // NOTE: a query Neo4j refuses to plan (syntax, admin command on this database) is not run either.
      throw err.code === 'QUERY_FAILED' && /AccessMode|not allowed|administration|system/i.test(err.message) ? new AppError('QUERY_REJECTED', err.message, { cause: e }) : err;
    } finally {
      await session.close();
    }
  }

  async run(query: string, rawParams: Record<string, unknown>, limits: Partial<QueryLimits> = {}): Promise<QueryResult> {
    const lim = { ...this.defaults, ...limits };
    const params = toCypherParams(rawParams) as Record<string, unknown>;
    const started = performance.now();
    await this.check(query, params);
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    const tx = session.beginTransaction({ timeout: lim.timeoutMs });
    const rows: Neo4jRecord[] = [];
    let truncated = false;
    let columns: string[] = [];
    try {
      const result = tx.run(query, params);
      columns = [...(await result.keys())];
      for await (const record of result) {
        if (rows.length >= lim.maxRows) {
          truncated = true;
          break;
        }
        rows.push(record);
      }
    } catch (e) {
      throw toAppError(e, 'query');
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
    }
    const c = newCollector();
    for (const r of rows) for (const k of r.keys) collect(r.get(k), c);
    await this.addMissingEnds(c, lim.timeoutMs);
    let elements = elementsOf(c);
    if (elements.length > lim.maxElements) {
      truncated = true;
      elements = elements.slice(0, lim.maxElements);
      const nodes = new Set(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id));
      elements = elements.filter((e) => e.group === 'nodes' || (nodes.has(e.data.source) && nodes.has(e.data.target)));
    }
    const table = { columns, rows: rows.map((r) => columns.map((k) => toPlain(r.get(k)))) };
    return { elements, table, truncated, rowCount: rows.length, elapsedMs: Math.round(performance.now() - started) };
  }

  /** Fetches the end nodes of returned relationships that came without them (`RETURN r`). */
  private async addMissingEnds(c: ReturnType<typeof newCollector>, timeoutMs: number): Promise<void> {
    const missing = new Set<string>();
    for (const e of c.edges.values()) for (const end of [e.data.source, e.data.target]) if (!c.nodes.has(end)) missing.add(end);
    if (missing.size === 0) return;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const res = await session.executeRead((tx) => tx.run(this.cypher.get('nodes-by-element-id'), { ids: [...missing] }), { timeout: timeoutMs });
      for (const r of res.records) collect(r.get('n'), c);
    } catch (e) {
      throw toAppError(e, 'query');
    } finally {
      await session.close();
    }
  }
}
