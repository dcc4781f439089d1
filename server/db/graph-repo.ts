// Reads the graph for the explorer: the filtered event graph, an actor's
// neighbours page by page, shortest paths, full-text search (actors, claims).
import neo4j from 'neo4j-driver';
import {
  ALL_EDGE_TYPES,
  RELATION_TYPES,
  type GraphQuery,
  type GraphResponse,
  type NeighbourCountsResponse,
  type NeighboursQuery,
  type NeighboursResponse,
  type PathsQuery,
  type PathsResponse,
  type SearchResponse,
} from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { evidenceQuery, searchQuery } from '../graph/lucene-query.ts';
import { claimHit } from './claim-hit.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { actorSummary } from './actor-summary.ts';
import { collect, elementsOf, newCollector, recordsToElements } from './records-to-elements.ts';
import { toPlain } from './values.ts';

const STATEMENTS = ['graph-filtered', 'graph-filtered-count', 'actor-neighbours', 'actor-neighbours-count', 'actor-neighbour-counts', 'shortest-paths', 'search-actors', 'search-claims', 'actor-exists'] as const;

export class GraphRepo {
  private readonly cypher = new CypherCatalog(STATEMENTS);

  constructor(private readonly db: GraphDb) {}

  async graph(q: GraphQuery): Promise<GraphResponse> {
    const params = {
      types: q.types ?? [...RELATION_TYPES],
      kinds: q.kinds ?? null,
      article: q.article ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
    };
    const [rows, count] = await Promise.all([
      this.db.read(this.cypher.get('graph-filtered'), { ...params, limit: neo4j.int(q.limit) }),
      this.db.read(this.cypher.get('graph-filtered-count'), params),
    ]);
    const total = Number(toPlain(count.records[0]?.get('total') ?? 0));
    return { elements: recordsToElements(rows.records), truncated: total > rows.records.length, total };
  }

  async neighbours(id: string, q: NeighboursQuery): Promise<NeighboursResponse> {
    const params = { id, types: q.types ?? [...ALL_EDGE_TYPES], direction: q.direction };
    const [rows, count] = await Promise.all([
      this.db.read(this.cypher.get('actor-neighbours'), { ...params, skip: neo4j.int(q.skip), limit: neo4j.int(q.limit) }),
      this.db.read(this.cypher.get('actor-neighbours-count'), params),
    ]);
    const total = Number(toPlain(count.records[0]?.get('total') ?? 0));
    if (rows.records.length === 0 && total === 0) await this.assertActor(id);
    const seen = q.skip + rows.records.length;
    return { elements: recordsToElements(rows.records), total, next: seen < total ? seen : null };
  }

  /** Neighbours and claims per relation type and direction (404 for an unknown actor). */
  async neighbourCounts(id: string): Promise<NeighbourCountsResponse> {
    const res = await this.db.read(this.cypher.get('actor-neighbour-counts'), { id, types: [...ALL_EDGE_TYPES] });
    if (res.records.length === 0) await this.assertActor(id);
    return {
      counts: res.records.map((r) => ({
        type: String(r.get('type')),
        direction: r.get('direction') === 'out' ? 'out' : 'in',
        neighbours: Number(toPlain(r.get('neighbours'))),
        claims: Number(toPlain(r.get('claims'))),
      })),
    };
  }

  async paths(q: PathsQuery): Promise<PathsResponse> {
    await Promise.all([this.assertActor(q.from), this.assertActor(q.to)]);
    if (q.from === q.to) throw new AppError('BAD_REQUEST', 'from and to are the same actor');
    const res = await this.db.read(this.cypher.get('shortest-paths'), {
      from: q.from,
      to: q.to,
      maxLength: neo4j.int(q.maxLength),
      types: q.types ?? [...ALL_EDGE_TYPES],
      limit: neo4j.int(q.limit),
    });
    const c = newCollector();
    for (const r of res.records) collect(r.get('p'), c);
    return { elements: elementsOf(c), paths: res.records.length };
  }

  /** Actors by name or alias and, when `claimLimit` > 0, claims by their sentence. */
  async search(text: string, limit: number, claimLimit = 0): Promise<SearchResponse> {
    const [results, claims] = await Promise.all([this.searchActors(text, limit), this.searchClaims(text, claimLimit)]);
    return { results, claims };
  }

  private async searchActors(text: string, limit: number): Promise<SearchResponse['results']> {
    const q = searchQuery(text);
    if (q === '') return [];
    const res = await this.db.read(this.cypher.get('search-actors'), { q, limit: neo4j.int(limit) });
    return res.records.map((r) => ({ ...actorSummary(r.get('node')), score: Number(r.get('score')) }));
  }

  private async searchClaims(text: string, limit: number): Promise<SearchResponse['claims']> {
    const q = evidenceQuery(text);
    if (q === '' || limit === 0) return [];
    const res = await this.db.read(this.cypher.get('search-claims'), { q, limit: neo4j.int(limit) });
    return res.records.map(claimHit);
  }

  private async assertActor(id: string): Promise<void> {
    const res = await this.db.read(this.cypher.get('actor-exists'), { id });
    if (Number(toPlain(res.records[0]?.get('n') ?? 0)) === 0) throw new AppError('NOT_FOUND', `no actor with id ${id}`);
  }
}
