// Reads what /api/health reports: Neo4j's version and edition, and counts.
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

export interface DbHealth {
  readonly name: string;
  readonly version: string;
  readonly edition: string;
  readonly database: string;
  readonly nodes: number;
  readonly relationships: number;
}

export class HealthRepo {
  private readonly cypher = new CypherCatalog(['health-components', 'health-counts'] as const);

  constructor(private readonly db: GraphDb) {}

  async health(): Promise<DbHealth> {
    const components = await this.db.read(this.cypher.get('health-components'), {}, { timeoutMs: 3_000 });
    const counts = await this.db.read(this.cypher.get('health-counts'), {}, { timeoutMs: 3_000 });
    const c = components.records[0];
    const n = counts.records[0];
    return {
      name: String(c?.get('name') ?? 'Neo4j'),
      version: String(c?.get('version') ?? 'unknown'),
      edition: String(c?.get('edition') ?? 'unknown'),
      database: this.db.database,
      nodes: Number(toPlain(n?.get('nodes') ?? 0)),
      relationships: Number(toPlain(n?.get('relationships') ?? 0)),
    };
  }
}
