// Fetches graph elements by element id (for exporting a selection).
import type { GraphElement } from '../api/contract.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { recordsToElements } from './records-to-elements.ts';

export class ElementRepo {
  private readonly cypher = new CypherCatalog(['export-elements'] as const);

  constructor(private readonly db: GraphDb) {}

  async byIds(ids: readonly string[]): Promise<GraphElement[]> {
    const res = await this.db.read(this.cypher.get('export-elements'), { ids: [...new Set(ids)] });
    return recordsToElements(res.records);
  }
}
