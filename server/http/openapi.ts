// /api/openapi.json, generated from the contract's zod schemas: the same
// schemas that validate requests at the edge.
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import * as C from '../api/contract.ts';
import * as S from '../api/contract-scenes.ts';

type Method = RouteConfig['method'];

interface Route {
  readonly method: Method;
  readonly path: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  readonly write?: boolean;
  /** Parses an article with the NLP sidecar: 413 ARTICLE_TOO_LONG, 422 NO_ACTORS or NO_ARTICLE_CONTENT (a web page without a story), 502 NLP_FAILED, 504 NLP_TIMEOUT besides the rest. */
  readonly parses?: boolean;
}

const ROUTES: readonly Route[] = [
  { method: 'get', path: '/api/health', summary: "Neo4j's version, edition, database and counts; 503 when unreachable", response: C.HealthResponseSchema },
  { method: 'get', path: '/api/graph', summary: 'The event graph, filtered and capped, as Cytoscape elements', query: C.GraphQuerySchema, response: C.GraphResponseSchema },
  { method: 'get', path: '/api/actors/{id}', summary: 'One actor with aliases, articles and every claim about it', params: C.ActorParamsSchema, response: C.ActorResponseSchema },
  { method: 'get', path: '/api/actors/{id}/neighbours', summary: "An actor's neighbours, one page at a time", params: C.ActorParamsSchema, query: C.NeighboursQuerySchema, response: C.NeighboursResponseSchema },
  { method: 'get', path: '/api/actors/{id}/neighbour-counts', summary: "An actor's neighbours and claims per relation type and direction (what Expand offers)", params: C.ActorParamsSchema, response: C.NeighbourCountsResponseSchema },
  { method: 'get', path: '/api/paths', summary: 'Shortest paths between two actors', query: C.PathsQuerySchema, response: C.PathsResponseSchema },
  { method: 'get', path: '/api/search', summary: 'Full-text search over actor names and aliases and, with `claims` > 0, over claim sentences (quoted phrases, the last word as a prefix)', query: C.SearchQuerySchema, response: C.SearchResponseSchema },
  { method: 'get', path: '/api/queries', summary: 'Saved queries (built-in and user-saved) with their parameters', response: C.QueryListResponseSchema },
  { method: 'post', path: '/api/queries/{name}/run', summary: 'Run a saved query with validated parameters', params: C.QueryNameParamsSchema, body: C.RunQueryBodySchema, response: C.QueryResultSchema },
  { method: 'post', path: '/api/queries', summary: 'Save a read-only query (stored in Neo4j)', body: C.CreateQueryBodySchema, response: C.SavedQuerySchema, write: true },
  { method: 'delete', path: '/api/queries/{name}', summary: 'Delete a user-saved query', params: C.QueryNameParamsSchema, response: z.object({ deleted: z.string() }), write: true },
  { method: 'post', path: '/api/cypher', summary: 'Run ad-hoc read-only Cypher with parameters (plan-checked, timed out, capped)', body: C.CypherBodySchema, response: C.QueryResultSchema },
  { method: 'get', path: '/api/schema-info', summary: 'Labels, relationship types and property keys (for editor completion)', response: C.SchemaInfoResponseSchema },
  { method: 'post', path: '/api/export', summary: 'Export a subgraph as JSON, CSV, GraphML, GEXF or a Cypher script (a file download)', body: C.ExportBodySchema, response: z.string() },
  { method: 'get', path: '/api/articles', summary: 'Loaded articles', response: C.ArticleListResponseSchema },
  { method: 'post', path: '/api/articles', summary: 'Load an article (JSON {text, …} or multipart upload `file`; plain text or a saved web page)', body: C.ArticleInputSchema, response: C.LoadResponseSchema, write: true, parses: true },
  { method: 'post', path: '/api/articles/preview', summary: 'Extract an article without writing', body: C.ArticleInputSchema, response: C.PreviewResponseSchema, parses: true },
  { method: 'get', path: '/api/scenes', summary: 'Saved scenes (views of the explorer) with their counts and dates', response: S.SceneListResponseSchema },
  { method: 'get', path: '/api/scenes/{name}', summary: 'One saved scene with its state (actors and positions, hidden, pinned, zoom, pan, filters, query)', params: S.SceneParamsSchema, response: S.SceneSchema },
  { method: 'post', path: '/api/scenes', summary: 'Save a scene (409 when the name is taken, unless overwrite)', body: S.SaveSceneBodySchema, response: S.SaveSceneResponseSchema, write: true },
  { method: 'delete', path: '/api/scenes/{name}', summary: 'Delete a saved scene', params: S.SceneParamsSchema, response: z.object({ deleted: z.string() }), write: true },
  { method: 'post', path: '/api/actors/lookup', summary: 'Actors by their stable keys, with the claims among them (what a scene draws)', body: S.ActorLookupBodySchema, response: S.ActorLookupResponseSchema },
  { method: 'delete', path: '/api/articles/{id}', summary: 'Delete an article, its claims and actors no other article mentions', params: C.ArticleParamsSchema, response: C.DeleteArticleResponseSchema, write: true },
];

export function openApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'API_TOKEN, when the server has one' });
  const error = { description: 'Error', content: { 'application/json': { schema: C.ApiErrorSchema } } };
  for (const r of ROUTES) {
    registry.registerPath({
      method: r.method,
      path: r.path,
      summary: r.summary,
      ...(r.write ? { security: [{ [bearer.name]: [] }] } : {}),
      request: {
        ...(r.params ? { params: r.params } : {}),
        ...(r.query ? { query: r.query } : {}),
        ...(r.body ? { body: { content: { 'application/json': { schema: r.body } } } } : {}),
      },
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: r.response } } },
        400: error,
        ...(r.write ? { 401: error } : {}),
        ...(r.parses ? { 413: error, 422: error, 502: error } : {}),
        503: error,
        ...(r.parses ? { 504: error } : {}),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Actorgraph API', version: '0.1.0', description: 'Actors and events extracted from news, in Neo4j.' },
  });
}
