// Labels, relationship types and property keys of the database.
import type { SchemaInfoResponse } from '../api/contract.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').sort() : []);

export class SchemaInfoRepo {
  private readonly cypher = new CypherCatalog(['schema-info'] as const);

  constructor(private readonly db: GraphDb) {}

  async info(): Promise<SchemaInfoResponse> {
    const res = await this.db.read(this.cypher.get('schema-info'));
    const r = res.records[0];
    return {
      labels: strings(toPlain(r?.get('labels'))),
      relationshipTypes: strings(toPlain(r?.get('relationshipTypes'))),
      propertyKeys: strings(toPlain(r?.get('propertyKeys'))),
    };
  }
}
