// The plan check on plans shaped as Neo4j 5.26 returns them for EXPLAIN
// (operator types suffixed with the database, procedures in Details).
import { describe, expect, it } from 'vitest';
import { checkPlan, checkProcedureNames, type PlanLike } from '../../../server/db/plan-check.ts';

const op = (operatorType: string, details?: string, ...children: PlanLike[]): PlanLike => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const top = (...children: PlanLike[]): PlanLike => op('ProduceResults', 'n', ...children);
const components = op('ProcedureCall', 'dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)');

describe('checkPlan', () => {
  it.each([
    ['a label scan', 'r', top(op('NodeByLabelScan', 'n:Actor'))],
    ['an allowed procedure', 'r', top(op('ProcedureCall', 'db.labels() :: (label :: STRING)'))],
    ['dbms.components, which Neo4j reports as a schema query', 's', top(components)],
    ['dbms.components beside a read', 's', top(components, op('NodeByLabelScan', 'n:Actor'))],
  ])('accepts %s', (_what, queryType, plan) => {
    expect(checkPlan({ queryType, plan })).toEqual({ ok: true });
  });

  it.each([
    ['a write hidden behind dbms.components', 's', top(op('EmptyResult', undefined, op('Create', '(n:Evil)', components))), /Create/],
    ['a write the query type missed', 'r', top(op('SetProperty', 'n.x = 1'))],
    ['a procedure off the list', 'r', top(op('ProcedureCall', 'db.info() :: (id :: STRING)')), /db\.info is not on the allow-list/],
    ['a VOID procedure off the list', 'r', top(op('EmptyResult', undefined, op('ProcedureCall', 'db.awaitIndexes(1) :: ()'))), /allow-list/],
    ['a procedure whose name cannot be read', 'r', top(op('ProcedureCall', '`odd`() :: ()')), /\(unknown\)/],
    ['an administration command', 's', op('AdministrationCommand'), /AdministrationCommand/],
    ['SHOW TRANSACTIONS', 'r', top(op('ShowTransactions', 'defaultColumns'))],
    ['a schema query without a DBMS-mode read', 's', top(op('ProcedureCall', 'db.labels() :: (label :: STRING)')), /query type "s"/],
    ['a write query type', 'w', top(op('NodeByLabelScan', 'n:Actor')), /query type "w"/],
    ['a query that returns nothing', 'r', top(op('EmptyResult', undefined, op('AllNodesScan', 'n'))), /returns no rows/],
  ])('refuses %s', (_what, queryType, plan, reason: RegExp = /only reads/) => {
    const v = checkPlan({ queryType, plan });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.reason).toMatch(reason);
  });

  it('refuses a summary without a plan', () => {
    expect(checkPlan({ queryType: 'r', plan: false }).ok).toBe(false);
  });
});

describe('checkProcedureNames', () => {
  it('accepts names on the allow-list', () => {
    expect(checkProcedureNames(['db.labels', 'dbms.components'])).toEqual({ ok: true });
  });

  it.each(['apoc.cypher.runWrite', 'DB.LABELS', 'db.createLabel', 'dbms.killQuery', 'tx.setMetaData'])('refuses %s by name', (name) => {
    expect(checkProcedureNames(['db.labels', name])).toEqual({ ok: false, reason: `procedure ${name} is not on the allow-list` });
  });
});
