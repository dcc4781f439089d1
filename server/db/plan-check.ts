// The plan check of ad-hoc Cypher: EXPLAIN the query (nothing runs) and
// reject anything that is not a pure read — every procedure against an
// allow-list, every operator of the plan, and the query type Neo4j reports.

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

/**
 * Allowed procedures that Neo4j runs in DBMS mode: it reports any query that
 * calls one as query type "s" (schema) although it only reads — even with a
 * CREATE beside it — so for these "s" is accepted and the operators decide.
 */
const DBMS_MODE_READS: ReadonlySet<string> = new Set(['dbms.components']);

/** Operators that write, change schema, administer or read files. */
const DENIED_OPERATOR =
  /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|LoadCSV|TransactionApply|TransactionForeach|Show|Terminate|Drop|Alter|Grant|Revoke|Deny|Start|Stop|Enable|Rename|Assert|DoNothingIfExists|LockingMerge|SystemProcedureCall|AdministrationCommand)/;

/** The shape of the driver's plan operators that the check reads. */
export interface PlanLike {
  readonly operatorType: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly children: readonly PlanLike[];
}

/** The part of the driver's ResultSummary the check reads (a ResultSummary is one). */
export interface PlanSummary {
  readonly queryType: string;
  readonly plan: PlanLike | false | undefined;
}

export type PlanVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const notAllowed = (name: string): PlanVerdict => ({ ok: false, reason: `procedure ${name} is not on the allow-list` });

/** Refuses the first name off the allow-list (the names `calledProcedures` reads from the query text). */
export function checkProcedureNames(names: readonly string[]): PlanVerdict {
  const off = names.find((n) => !ALLOWED_PROCEDURES.has(n));
  return off === undefined ? { ok: true } : notAllowed(off);
}

function procedureName(details: unknown): string | undefined {
  if (typeof details !== 'string') return undefined;
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(details)?.[1];
}

function operators(op: PlanLike): PlanLike[] {
  return [op, ...op.children.flatMap(operators)];
}

// NOTE: the driver suffixes operator types with the database (`Create@neo4j`).
const typeOf = (op: PlanLike): string => op.operatorType.replace(/@.*$/, '');

export function checkPlan(summary: PlanSummary): PlanVerdict {
  const plan = summary.plan;
  if (plan === false || plan === undefined) return { ok: false, reason: 'Neo4j returned no plan for the query' };
  const ops = operators(plan);
  const called: string[] = [];
  for (const op of ops.filter((o) => /ProcedureCall/.test(typeOf(o)))) {
    const name = procedureName(op.arguments['Details']);
    if (name === undefined || !ALLOWED_PROCEDURES.has(name)) return notAllowed(name ?? '(unknown)');
    called.push(name);
  }
  const denied = ops.map(typeOf).find((t) => DENIED_OPERATOR.test(t));
  if (denied !== undefined) return { ok: false, reason: `the plan contains ${denied}: only reads are allowed` };
  // NOTE: checked after the writes, which have no RETURN either: their operator is the better reason.
  if (ops.some((o) => typeOf(o) === 'EmptyResult')) return { ok: false, reason: 'the query returns no rows (no RETURN, or FINISH): only reads that RETURN are run' };
  const dbmsRead = summary.queryType === 's' && called.some((n) => DBMS_MODE_READS.has(n));
  if (summary.queryType !== 'r' && !dbmsRead) return { ok: false, reason: `query type "${summary.queryType}" is not read-only` };
  return { ok: true };
}
