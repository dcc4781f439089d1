// GET /api/graph: the event graph as Cytoscape elements, capped.
import { Router } from 'express';
import { z } from 'zod';
import type { GraphRepo } from '../../db/graph-repo.ts';
import { parseQuery } from '../validate.ts';

const GraphQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
});

export function graphRoutes(repo: GraphRepo): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    const q = parseQuery(GraphQuery, req.query);
    res.json(await repo.overview(q.limit));
  });
  return router;
}
