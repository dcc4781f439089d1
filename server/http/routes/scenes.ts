// Scenes (list, open, save, delete) and the lookup of actors by key that
// opening a scene or a link with positions needs. Writes take the API token
// like every write; same-origin writes are enforced app-wide (security.ts).
import { Router, type RequestHandler } from 'express';
import { ActorLookupBodySchema, SaveSceneBodySchema, SceneParamsSchema } from '../../api/contract-scenes.ts';
import type { SceneRepo } from '../../db/scene-repo.ts';
import { parseBody, parseParams } from '../validate.ts';

export interface SceneRouteDeps {
  readonly scenes: SceneRepo;
  readonly auth: RequestHandler;
  /** Rate limit of writes and of the lookup (a read of up to thousands of actors). */
  readonly limit: RequestHandler;
}

export function sceneRoutes(d: SceneRouteDeps): Router {
  const router = Router();
  router.get('/scenes', async (_req, res) => {
    res.json({ scenes: await d.scenes.list() });
  });
  router.get('/scenes/:name', async (req, res) => {
    const { name } = parseParams(SceneParamsSchema, req.params);
    res.json(await d.scenes.get(name));
  });
  router.post('/scenes', d.auth, d.limit, async (req, res) => {
    const saved = await d.scenes.save(parseBody(SaveSceneBodySchema, req.body));
    res.status(saved.created ? 201 : 200).json(saved);
  });
  router.delete('/scenes/:name', d.auth, d.limit, async (req, res) => {
    const { name } = parseParams(SceneParamsSchema, req.params);
    await d.scenes.delete(name);
    res.json({ deleted: name });
  });
  router.post('/actors/lookup', d.limit, async (req, res) => {
    const { keys } = parseBody(ActorLookupBodySchema, req.body);
    res.json(await d.scenes.actorsByKeys(keys));
  });
  return router;
}
