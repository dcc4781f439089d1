// A fingerprint of the whole database: every node and relationship with its
// properties, every index and constraint, hashed. Equal fingerprints mean
// nothing was written.
import { createHash } from 'node:crypto';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { toPlain } from '../../server/db/values.ts';

export async function fingerprint(db: GraphDb): Promise<string> {
  const h = createHash('sha256');
  const parts = [
    'MATCH (n) RETURN elementId(n) AS id, labels(n) AS l, properties(n) AS p ORDER BY id',
    'MATCH ()-[r]->() RETURN elementId(r) AS id, type(r) AS t, properties(r) AS p ORDER BY id',
    'SHOW INDEXES YIELD name, type, properties RETURN name, type, properties ORDER BY name',
    'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name',
  ];
  for (const q of parts) {
    const res = await db.read(q);
    for (const r of res.records) h.update(JSON.stringify(toPlain(r.toObject())));
  }
  return h.digest('hex');
}
