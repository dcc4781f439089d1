// Articles: list, load (JSON text or a multipart upload; plain text or a saved
// web page), preview what would be extracted without writing, and delete.
// Loads and previews parse the text with the annotator they are given (the
// NLP sidecar).
import { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { ArticleInputSchema, ArticleParamsSchema, type PreviewResponse } from '../../api/contract.ts';
import type { ArticleRepo } from '../../db/article-repo.ts';
import { AppError } from '../../errors.ts';
import type { Extraction } from '../../extract/types.ts';
import { loadArticle, prepareArticle, type RawArticle } from '../../load/load-article.ts';
import type { Annotator } from '../../nlp/annotation.ts';
import { bodyProblem } from '../body-depth.ts';
import { uploadError } from '../error-middleware.ts';
import { parseBody, parseParams } from '../validate.ts';

export interface ArticleRouteOptions {
  /** Parses article text for the extractor. */
  readonly annotator: Annotator;
  readonly maxBytes: number;
  /** Guards the endpoints that write. */
  readonly auth: RequestHandler;
  /** Limits the endpoints that extract (a parse by the NLP sidecar) or write. */
  readonly limit: RequestHandler;
}

const MetaSchema = ArticleInputSchema.omit({ text: true });

/** The article of a request: a JSON body {text, …} or a multipart upload (`file` plus fields). */
function rawArticle(req: Request): RawArticle {
  if (req.file) {
    const meta = parseBody(MetaSchema, req.body ?? {});
    return { name: req.file.originalname || 'upload', content: req.file.buffer, contentType: req.file.mimetype, ...meta };
  }
  if (req.is('multipart/form-data')) throw new AppError('BAD_REQUEST', 'a multipart upload needs a `file` field');
  const body = parseBody(ArticleInputSchema, req.body);
  const { text, ...meta } = body;
  return { name: meta.title ?? 'request body', content: text, ...meta };
}

export function preview(x: Extraction): PreviewResponse {
  const nameOf = new Map(x.nodes.map((n) => [n.id, n.name]));
  return {
    article: { id: x.article.id, title: x.article.title, published: x.article.published },
    actors: x.nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, aliases: [...n.aliases] })),
    edges: x.relationships.map((r) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      sourceName: nameOf.get(r.source) ?? r.source,
      targetName: nameOf.get(r.target) ?? r.target,
      when: 'when' in r ? r.when : null,
      evidence: r.evidence,
      certainty: 'certainty' in r ? r.certainty : null,
      claimedBy: 'claimedBy' in r ? r.claimedBy : null,
    })),
  };
}

/**
 * Multer's parse of a multipart upload, whose every failure is a 4xx
 * (uploadError) and whose form fields are checked as a JSON body is.
 */
function multipartUpload(maxBytes: number): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 10 } }).single('file');
  return (req, res, next) => {
    upload(req, res, (err?: unknown) => {
      if (err !== undefined) return next(uploadError(err));
      next(req.is('multipart/form-data') ? bodyProblem(req.body) : undefined);
    });
  };
}

export function articleRoutes(repo: ArticleRepo, opts: ArticleRouteOptions): Router {
  const router = Router();
  const upload = multipartUpload(opts.maxBytes);

  router.get('/articles', async (_req, res) => {
    res.json({ articles: await repo.list() });
  });
  router.post('/articles/preview', opts.limit, upload, async (req, res) => {
    res.json(preview(await prepareArticle(rawArticle(req), opts)));
  });
  router.post('/articles', opts.auth, opts.limit, upload, async (req, res) => {
    const { extraction, ...loaded } = await loadArticle(repo, rawArticle(req), opts);
    res.status(201).json({ ...preview(extraction), loaded });
  });
  router.delete('/articles/:id', opts.auth, async (req, res) => {
    const { id } = parseParams(ArticleParamsSchema, req.params);
    res.json(await repo.delete(id));
  });
  return router;
}
