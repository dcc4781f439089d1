// Saved queries: the built-in `.cypher` files of cypher/queries/ (parsed at
// start-up, failing fast on a bad header) and the analyst's own, stored in
// Neo4j as SavedQuery nodes so that they survive a browser change. Every run
// goes through the read-only QueryRunner with validated parameters.
import { z } from 'zod';
import { QueryParamSpecSchema, type CreateQueryBody, type QueryResult, type SavedQuery } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { isConstraintViolation } from './neo4j-errors.ts';
import { parseQueryHeader, validateParams } from '../graph/query-header.ts';
import { CypherCatalog, loadCypherFolder, stripComments } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import type { QueryLimits, QueryRunner } from './query-runner.ts';
import { toPlain } from './values.ts';

const UserRow = z.object({
  name: z.string(),
  title: z.string().nullable(),
  description: z.string().nullable(),
  cypher: z.string(),
  params: z.string().nullable(),
  createdAt: z.string().nullable(),
});

/** A stored JSON text, or [] when it is missing or broken (written by another tool). */
function parseJson(text: string | null): unknown {
  try {
    return text === null ? [] : JSON.parse(text);
  } catch {
    return [];
  }
}

export function loadBuiltinQueries(folder = 'queries'): ReadonlyMap<string, SavedQuery> {
  const out = new Map<string, SavedQuery>();
  for (const [name, text] of loadCypherFolder(folder)) {
    const header = parseQueryHeader(text, `${name}.cypher`);
    out.set(name, { name, title: header.title, description: header.description, cypher: stripComments(text), params: [...header.params], origin: 'builtin', createdAt: null });
  }
  return out;
}

export class SavedQueryRepo {
  private readonly cypher = new CypherCatalog(['saved-query-list', 'saved-query-create', 'saved-query-delete'] as const);

  constructor(
    private readonly db: GraphDb,
    private readonly runner: QueryRunner,
    private readonly builtins: ReadonlyMap<string, SavedQuery> = loadBuiltinQueries(),
  ) {}

  async list(): Promise<SavedQuery[]> {
    return [...this.builtins.values(), ...(await this.userQueries())];
  }

  async get(name: string): Promise<SavedQuery> {
    const q = this.builtins.get(name) ?? (await this.userQueries()).find((u) => u.name === name);
    if (!q) throw new AppError('NOT_FOUND', `no saved query named ${name}`);
    return q;
  }

  async run(name: string, given: Record<string, unknown>, limits: Partial<QueryLimits> = {}): Promise<QueryResult> {
    const q = await this.get(name);
    const checked = validateParams(q.params, given);
    if (!checked.ok) {
      const summary = checked.problems.map((p) => `${p.name}: ${p.message}`).join('; ');
      throw new AppError('VALIDATION_FAILED', `invalid parameters for ${name}: ${summary}`, { details: checked.problems });
    }
    return this.runner.run(q.cypher, checked.values, limits);
  }

  async create(body: CreateQueryBody): Promise<SavedQuery> {
    if (this.builtins.has(body.name)) throw new AppError('CONFLICT', `${body.name} is a built-in query`);
    const defaults = validateParams(body.params, {});
    const sample = defaults.ok ? defaults.values : Object.fromEntries(body.params.map((p) => [p.name, null]));
    await this.runner.check(body.cypher, sample);
    const title = body.title ?? body.name;
    try {
      const res = await this.db.writeTx(
        (tx) => tx.run(this.cypher.get('saved-query-create'), { name: body.name, title, description: body.description, cypher: body.cypher, params: JSON.stringify(body.params) }),
        'save query',
      );
      const createdAt = String(res.records[0]?.get('createdAt') ?? '');
      return { name: body.name, title, description: body.description, cypher: body.cypher, params: body.params, origin: 'user', createdAt };
    } catch (e) {
      if (isConstraintViolation(e)) throw new AppError('CONFLICT', `a saved query named ${body.name} exists`);
      throw e;
    }
  }

  async delete(name: string): Promise<void> {
    if (this.builtins.has(name)) throw new AppError('BAD_REQUEST', `${name} is a built-in query and cannot be deleted`);
    const res = await this.db.writeTx((tx) => tx.run(this.cypher.get('saved-query-delete'), { name }), 'delete query');
    if (Number(toPlain(res.records[0]?.get('deleted') ?? 0)) === 0) throw new AppError('NOT_FOUND', `no saved query named ${name}`);
  }

  private async userQueries(): Promise<SavedQuery[]> {
    const res = await this.db.read(this.cypher.get('saved-query-list'));
    return res.records.map((r) => {
      const row = UserRow.parse(r.toObject());
      const params = z.array(QueryParamSpecSchema).catch([]).parse(parseJson(row.params));
      return { name: row.name, title: row.title ?? row.name, description: row.description ?? '', cypher: row.cypher, params, origin: 'user' as const, createdAt: row.createdAt };
    });
  }
}
