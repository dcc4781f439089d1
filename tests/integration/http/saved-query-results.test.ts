// What the saved queries that relate claims to one another return, on a small
// hand-made graph: a denial beside the accusation it denies (made against a
// body of the denier), and a sanction that follows an attack (on a body of
// the attacker). These queries are anchored on one side so that they stay
// fast on large graphs; these tests keep what they find unchanged.
import request from 'supertest';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../server/db/graph-db.ts';
import type { ExtractedLink } from '../../../server/extract/types.ts';
import { actor, event, extraction } from '../../support/fixtures.ts';
import { appWith } from '../../support/test-app.ts';

const state = actor('country:ruritania', 'Ruritania', 'Country');
const agency = actor('body:ruritanian-intelligence', 'Ruritanian Intelligence', 'GovernmentBody');
const victim = actor('country:freedonia', 'Freedonia', 'Country');
const sanctioner = actor('country:sylvania', 'Sylvania', 'Country');
const bystander = actor('country:grand-fenwick', 'Grand Fenwick', 'Country');
const partOf: ExtractedLink = { id: 'l1', type: 'PART_OF', source: agency.id, target: state.id, evidence: 'Ruritanian Intelligence, part of Ruritania.', start: 0, end: 10 };
const x = extraction('article:saved', [state, agency, victim, sanctioner, bystander], [
  event('a1', 'ATTACKED', agency.id, victim.id),
  event('a2', 'ATTACKED', bystander.id, sanctioner.id),
  event('d1', 'DENIED', state.id, victim.id),
  event('s1', 'SANCTIONED', sanctioner.id, agency.id),
  event('s2', 'SANCTIONED', victim.id, bystander.id),
]);
const withLink = { ...x, relationships: [...x.relationships, partOf] };

interface Table { columns: string[]; rows: unknown[][] }
const column = (t: Table, name: string): unknown[] => t.rows.map((r) => r[t.columns.indexOf(name)]);

describe('saved queries that relate claims', () => {
  let db: GraphDb;
  let app: Express;
  beforeAll(async () => {
    ({ db, app } = await appWith([withLink]));
  });
  afterAll(async () => {
    await db.close();
  });

  it('denials-and-accusations finds the attack by a body of the denier', async () => {
    const res = await request(app).post('/api/queries/denials-and-accusations/run').send({ params: {} });
    expect(res.status).toBe(200);
    const t = res.body.table as Table;
    expect(column(t, 'denied_by')).toEqual(['Ruritania']);
    expect(column(t, 'accusation_count')).toEqual([1]);
  });

  it('sanctions-after-attacks finds the sanction on a body of the attacker, and no unrelated one', async () => {
    const res = await request(app).post('/api/queries/sanctions-after-attacks/run').send({ params: { victim: victim.id } });
    expect(res.status).toBe(200);
    const t = res.body.table as Table;
    expect(column(t, 'sanctioned_by')).toEqual(['Sylvania']);
    expect(column(t, 'sanctioned')).toEqual(['Ruritanian Intelligence']);
  });
});
