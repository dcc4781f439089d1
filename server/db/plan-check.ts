// The plan check of ad-hoc Cypher: EXPLAIN the query (nothing runs) and
// reject anything that is not a pure read — the query type Neo4j reports,
// every operator of the plan, and every procedure against an allow-list.
import type { ResultSummary } from 'neo4j-driver';

/** Procedures a read query may call: read-only introspection and search. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'dbms.components',
]);

/** Operators that write, change schema, administer or read files. */
const DENIED_OPERATOR = /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|LoadCSV|EmptyResult|TransactionApply|TransactionForeach|Show|Terminate|Drop|Alter|Grant|Revoke|Deny|Start|Stop|Enable|Rename|Assert|DoNothingIfExists|LockingMerge|SystemProcedureCall)/;

interface PlanLike {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanLike[];
}

export type PlanVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function procedureName(details: unknown): string | undefined {
  if (typeof details !== 'string') return undefined;
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1];
}

function checkOperator(op: PlanLike): PlanVerdict {
  const type = op.operatorType.replace(/@.*$/, '');
  if (DENIED_OPERATOR.test(type)) return { ok: false, reason: `the plan contains ${type}: only reads are allowed` };
  if (/ProcedureCall/.test(type)) {
    const name = procedureName(op.arguments['Details']);
    if (name === undefined || !ALLOWED_PROCEDURES.has(name)) return { ok: false, reason: `procedure ${name ?? '(unknown)'} is not on the allow-list` };
  }
  for (const child of op.children) {
    const v = checkOperator(child);
    if (!v.ok) return v;
  }
  return { ok: true };
}

export function checkPlan(summary: ResultSummary): PlanVerdict {
  if (summary.queryType !== 'r') return { ok: false, reason: `query type "${summary.queryType}" is not read-only` };
  const plan = summary.plan;
  if (plan === false || plan === undefined) return { ok: false, reason: 'Neo4j returned no plan for the query' };
  // NOTE: the driver types `plan` loosely; operators have this shape.
  return checkOperator(plan);
}
