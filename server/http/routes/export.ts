// POST /api/export: a subgraph — given element ids, a saved query or ad-hoc
// read-only Cypher — as a JSON, CSV, GraphML, GEXF or Cypher-script download
// with a manifest of what produced it and when.
import { Router, type RequestHandler } from 'express';
import { ExportBodySchema, type GraphElement } from '../../api/contract.ts';
import type { CorrectionRepo } from '../../db/correction-repo.ts';
import type { ElementRepo } from '../../db/element-repo.ts';
import type { QueryLimits, QueryRunner } from '../../db/query-runner.ts';
import type { SavedQueryRepo } from '../../db/saved-query-repo.ts';
import { exportGraph } from '../../export/export-graph.ts';
import { parseBody } from '../validate.ts';

/** Caps of an exported query result: larger than the explorer's, still bounded. */
export const EXPORT_LIMITS: Partial<QueryLimits> = { maxRows: 10_000, maxElements: 50_000 };

export interface ExportRouteDeps {
  readonly elements: ElementRepo;
  readonly saved: SavedQueryRepo;
  readonly runner: QueryRunner;
  readonly limit: RequestHandler;
  readonly timeoutMs: number;
  readonly generator: string;
  readonly corrections: CorrectionRepo;
}

/** The actor ids and article ids of exported elements, for the corrections that concern them. */
function idsOf(elements: readonly GraphElement[]): { actors: string[]; articles: string[] } {
  const actors = new Set<string>();
  const articles = new Set<string>();
  for (const e of elements) {
    const key = e.data['key'];
    const article = e.data['articleId'];
    if (e.group === 'nodes' && typeof key === 'string' && e.data.labels.includes('Actor')) actors.add(key);
    if (e.group === 'nodes' && typeof key === 'string' && e.data.labels.includes('Article')) articles.add(key);
    if (e.group === 'edges' && typeof article === 'string') articles.add(article);
  }
  return { actors: [...actors], articles: [...articles] };
}

interface Source {
  readonly elements: readonly GraphElement[];
  readonly producedBy: string;
  readonly query?: string;
  readonly params?: Record<string, unknown>;
  readonly truncated: boolean;
}

export function exportRoutes(d: ExportRouteDeps): Router {
  const router = Router();
  const limits = { ...EXPORT_LIMITS, timeoutMs: d.timeoutMs };

  async function source(body: ReturnType<typeof ExportBodySchema.parse>): Promise<Source> {
    if (body.query) {
      const q = await d.saved.get(body.query.name);
      const r = await d.saved.run(body.query.name, body.query.params, limits);
      return { elements: r.elements, producedBy: `query:${q.name}`, query: q.cypher, params: body.query.params, truncated: r.truncated };
    }
    if (body.cypher) {
      const r = await d.runner.run(body.cypher.query, body.cypher.params, limits);
      return { elements: r.elements, producedBy: 'cypher', query: body.cypher.query, params: body.cypher.params, truncated: r.truncated };
    }
    return { elements: await d.elements.byIds(body.elementIds ?? []), producedBy: 'elements', truncated: false };
  }

  router.post('/export', d.limit, async (req, res) => {
    const body = parseBody(ExportBodySchema, req.body);
    const s = await source(body);
    const corrections = await d.corrections.concerning(idsOf(s.elements));
    const file = exportGraph(s.elements, body.format, {
      corrections,
      producedBy: s.producedBy,
      ...(s.query === undefined ? {} : { query: s.query }),
      ...(s.params === undefined ? {} : { params: s.params }),
      createdAt: new Date().toISOString(),
      generator: d.generator,
      truncated: s.truncated,
    });
    res.attachment(file.filename).type(file.contentType).send(file.body);
  });
  return router;
}
