// Reads the event graph as Cytoscape elements.
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { recordsToElements } from './records-to-elements.ts';
import type { GraphResponse } from '../api/contract.ts';
import neo4j from 'neo4j-driver';

export class GraphRepo {
  private readonly cypher = new CypherCatalog(['graph-overview'] as const);

  constructor(private readonly db: GraphDb) {}

  async overview(limit: number): Promise<GraphResponse> {
    const result = await this.db.read(this.cypher.get('graph-overview'), { limit: neo4j.int(limit + 1) });
    const truncated = result.records.length > limit;
    const elements = recordsToElements(result.records.slice(0, limit));
    return { elements, truncated, total: Math.min(result.records.length, limit) };
  }
}
