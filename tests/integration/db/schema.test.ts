// The schema applies idempotently and creates what the graph model needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import { applySchema } from '../../../server/db/schema.ts';
import { openTestDb } from '../../support/test-db.ts';

describe('applySchema', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('can run twice without error and leaves the constraints and the full-text index', async () => {
    await applySchema(db);
    const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0]?.get('names')).toEqual(expect.arrayContaining(['actor_id', 'article_id']));
    const ft = await db.read("SHOW FULLTEXT INDEXES YIELD name, properties, state RETURN name, properties, state");
    const idx = ft.records.find((r) => r.get('name') === 'actor_names');
    expect(idx?.get('properties')).toEqual(['name', 'aliases']);
    expect(idx?.get('state')).toBe('ONLINE');
  });
});
