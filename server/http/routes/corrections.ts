// Corrections: list (all, per actor, per article), make one, undo one. Making
// and undoing are writes (token when set; same-origin, as every write). And
// an article's stored text with its sentences and claims, which corrections
// (a claim added by hand) and the reader work from.
import { Router, type RequestHandler } from 'express';
import { ArticleParamsSchema, CorrectionInputSchema, CorrectionListQuerySchema, CorrectionParamsSchema, UndoBodySchema } from '../../api/contract.ts';
import type { ArticleTextRepo } from '../../db/article-text-repo.ts';
import type { CorrectionRepo } from '../../db/correction-repo.ts';
import { parseBody, parseParams, parseQuery } from '../validate.ts';

export interface CorrectionRouteDeps {
  readonly corrections: CorrectionRepo;
  readonly texts: ArticleTextRepo;
  readonly auth: RequestHandler;
  /** Who a correction is recorded as made by: the token's name when API_TOKEN is set, else "local". */
  readonly by: string;
}

export function correctionRoutes(d: CorrectionRouteDeps): Router {
  const router = Router();
  router.get('/corrections', async (req, res) => {
    const q = parseQuery(CorrectionListQuerySchema, req.query);
    res.json({ corrections: await d.corrections.list({ actor: q.actor, article: q.article, active: q.active === 'true', limit: q.limit }) });
  });
  router.post('/corrections', d.auth, async (req, res) => {
    res.status(201).json(await d.corrections.create(parseBody(CorrectionInputSchema, req.body), d.by));
  });
  router.post('/corrections/:id/undo', d.auth, async (req, res) => {
    const { id } = parseParams(CorrectionParamsSchema, req.params);
    const { reason } = parseBody(UndoBodySchema, req.body ?? {});
    res.json(await d.corrections.undo(id, d.by, reason));
  });
  router.get('/articles/:id/text', async (req, res) => {
    const { id } = parseParams(ArticleParamsSchema, req.params);
    res.json(await d.texts.get(id));
  });
  return router;
}
