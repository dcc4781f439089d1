// Saved queries (list, run, save, delete), ad-hoc read-only Cypher, and the
// schema facts the Cypher editor completes from.
import { Router, type RequestHandler } from 'express';
import { CreateQueryBodySchema, CypherBodySchema, QueryNameParamsSchema, RunQueryBodySchema, type CreateQueryBody } from '../../api/contract.ts';
import type { QueryRunner } from '../../db/query-runner.ts';
import type { SavedQueryRepo } from '../../db/saved-query-repo.ts';
import type { SchemaInfoRepo } from '../../db/schema-info-repo.ts';
import { AppError } from '../../errors.ts';
import { validateParams } from '../../graph/query-header.ts';
import { parseBody, parseParams } from '../validate.ts';

export interface QueryRouteDeps {
  readonly saved: SavedQueryRepo;
  readonly runner: QueryRunner;
  readonly schema: SchemaInfoRepo;
  readonly auth: RequestHandler;
  readonly limit: RequestHandler;
  /** Default timeout of ad-hoc queries, in milliseconds. */
  readonly timeoutMs: number;
}

/** The body of a query to save, refused when a parameter's default is not a value of its type (a date of 2021-02-30). */
function queryToSave(input: unknown): CreateQueryBody {
  const body = parseBody(CreateQueryBodySchema, input);
  // NOTE: a null default is no default (the editor saves a parameter whose value is null so).
  const checked = validateParams(body.params.filter((p) => p.default !== undefined && p.default !== null), {});
  if (!checked.ok) {
    const summary = checked.problems.map((p) => `${p.name}: ${p.message}`).join('; ');
    throw new AppError('VALIDATION_FAILED', `invalid request body: a default is not of its parameter's type: ${summary}`, { details: checked.problems });
  }
  return body;
}

export function queryRoutes(d: QueryRouteDeps): Router {
  const router = Router();
  router.get('/queries', async (_req, res) => {
    res.json({ queries: await d.saved.list() });
  });
  router.post('/queries/:name/run', d.limit, async (req, res) => {
    const { name } = parseParams(QueryNameParamsSchema, req.params);
    const body = parseBody(RunQueryBodySchema, req.body ?? {});
    res.json(await d.saved.run(name, body.params, { timeoutMs: d.timeoutMs }));
  });
  router.post('/queries', d.auth, d.limit, async (req, res) => {
    res.status(201).json(await d.saved.create(queryToSave(req.body)));
  });
  router.delete('/queries/:name', d.auth, async (req, res) => {
    const { name } = parseParams(QueryNameParamsSchema, req.params);
    await d.saved.delete(name);
    res.json({ deleted: name });
  });
  router.post('/cypher', d.limit, async (req, res) => {
    const body = parseBody(CypherBodySchema, req.body);
    res.json(
      await d.runner.run(body.query, body.params, {
        timeoutMs: body.timeoutMs ?? d.timeoutMs,
        ...(body.maxRows === undefined ? {} : { maxRows: body.maxRows }),
      }),
    );
  });
  router.get('/schema-info', async (_req, res) => {
    res.json(await d.schema.info());
  });
  return router;
}
