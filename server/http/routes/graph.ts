// Graph reads: the filtered graph, one actor, its neighbours, paths, search.
import { Router } from 'express';
import { ActorParamsSchema, GraphQuerySchema, NeighboursQuerySchema, PathsQuerySchema, SearchQuerySchema } from '../../api/contract.ts';
import type { ActorRepo } from '../../db/actor-repo.ts';
import type { GraphRepo } from '../../db/graph-repo.ts';
import { parseParams, parseQuery } from '../validate.ts';

export function graphRoutes(graph: GraphRepo, actors: ActorRepo): Router {
  const router = Router();
  router.get('/graph', async (req, res) => {
    res.json(await graph.graph(parseQuery(GraphQuerySchema, req.query)));
  });
  router.get('/actors/:id', async (req, res) => {
    const { id } = parseParams(ActorParamsSchema, req.params);
    res.json(await actors.details(id));
  });
  router.get('/actors/:id/neighbours', async (req, res) => {
    const { id } = parseParams(ActorParamsSchema, req.params);
    res.json(await graph.neighbours(id, parseQuery(NeighboursQuerySchema, req.query)));
  });
  router.get('/actors/:id/neighbour-counts', async (req, res) => {
    const { id } = parseParams(ActorParamsSchema, req.params);
    res.json(await graph.neighbourCounts(id));
  });
  router.get('/paths', async (req, res) => {
    res.json(await graph.paths(parseQuery(PathsQuerySchema, req.query)));
  });
  router.get('/search', async (req, res) => {
    const q = parseQuery(SearchQuerySchema, req.query);
    res.json(await graph.search(q.q, q.limit, q.claims));
  });
  return router;
}
