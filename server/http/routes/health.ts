// GET /api/health: Neo4j's version, edition, database and counts; 503 when unreachable.
import { Router } from 'express';
import type { HealthResponse } from '../../api/contract.ts';
import type { HealthRepo } from '../../db/health-repo.ts';

export function healthRoutes(repo: HealthRepo): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const neo4j = await repo.health();
    const body: HealthResponse = { status: 'ok', neo4j };
    res.json(body);
  });
  return router;
}
