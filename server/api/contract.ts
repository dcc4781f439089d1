// The API contract: zod schemas of every endpoint's request and response,
// the types inferred from them, and the error body. Validation at the edge
// and /api/openapi.json are generated from these same schemas. The client
// imports this file as types only.
import { z } from 'zod';

// ---------- shared pieces ----------

export const ApiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const RELATION_TYPES = ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED'] as const;
export const LINK_TYPES = ['PART_OF', 'LEADS', 'SPEAKS_FOR'] as const;
export const ALL_EDGE_TYPES = [...RELATION_TYPES, ...LINK_TYPES] as const;
export const KINDS = ['Country', 'GovernmentBody', 'Organization', 'Person', 'Group'] as const;

export const NodeElementSchema = z.object({
  group: z.literal('nodes'),
  data: z.looseObject({ id: z.string(), label: z.string(), labels: z.array(z.string()) }),
});
export const EdgeElementSchema = z.object({
  group: z.literal('edges'),
  data: z.looseObject({ id: z.string(), source: z.string(), target: z.string(), type: z.string() }),
});
export const GraphElementSchema = z.discriminatedUnion('group', [NodeElementSchema, EdgeElementSchema]);
export type NodeElement = z.infer<typeof NodeElementSchema>;
export type EdgeElement = z.infer<typeof EdgeElementSchema>;
export type GraphElement = z.infer<typeof GraphElementSchema>;

/** A comma-separated list in a query string ("ATTACKED,DENIED"), validated item by item. */
const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500)
    .transform((s) => s.split(',').map((x) => x.trim()).filter((x) => x.length > 0))
    .pipe(z.array(z.enum(values)).max(values.length * 2));

/** A day of the calendar (zod's ISO date knows month lengths and leap years). */
const CalendarDay = z.iso.date();

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real month (01–12) and a day that month has. */
const isCalendarDate = (s: string): boolean => s.length === 4 || (s.length === 7 ? /-(0[1-9]|1[0-2])$/.test(s) : CalendarDay.safeParse(s).success);

/** ISO date or partial date: 2022, 2022-07, 2022-07-15, each a real date of the calendar. */
export const PartialDate = z
  .string()
  // NOTE: abort: a string of the wrong shape is not also checked against the calendar.
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, 'is not a date of the calendar (month 01–12, a day that month has)');

const ActorIdParam = z.string().min(1).max(300);

// ---------- health ----------

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  neo4j: z.object({
    name: z.string(),
    version: z.string(),
    edition: z.string(),
    database: z.string(),
    nodes: z.number(),
    relationships: z.number(),
  }),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

// ---------- graph ----------

export const GraphQuerySchema = z.object({
  types: csvOf(ALL_EDGE_TYPES).optional(),
  kinds: csvOf(KINDS).optional(),
  article: z.string().max(200).optional(),
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
});
export type GraphQuery = z.infer<typeof GraphQuerySchema>;

export const GraphResponseSchema = z.object({
  elements: z.array(GraphElementSchema),
  /** True when a cap cut the result. */
  truncated: z.boolean(),
  /** Edges that match the filters, before the cap. */
  total: z.number(),
});
export type GraphResponse = z.infer<typeof GraphResponseSchema>;

// ---------- actors ----------

export const ActorParamsSchema = z.object({ id: ActorIdParam });

export const ClaimSchema = z.object({
  id: z.string(),
  type: z.string(),
  direction: z.enum(['out', 'in']),
  other: z.object({ id: z.string(), name: z.string(), kind: z.string().nullable() }),
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
  when: z.string().nullable(),
  evidence: z.string().nullable(),
  certainty: z.string().nullable(),
  claimedBy: z.string().nullable(),
  denies: z.string().nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ActorSummarySchema = z.object({
  id: z.string(),
  elementId: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  aliases: z.array(z.string()),
});
export type ActorSummary = z.infer<typeof ActorSummarySchema>;

export const ActorResponseSchema = z.object({
  actor: ActorSummarySchema,
  articles: z.array(z.object({ id: z.string(), title: z.string().nullable(), published: z.string().nullable(), mentions: z.number() })),
  claims: z.array(ClaimSchema),
  /** The id asked for, when it was merged into this actor (a correction). */
  redirectedFrom: z.string().optional(),
});
export type ActorResponse = z.infer<typeof ActorResponseSchema>;

export const NeighboursQuerySchema = z.object({
  types: csvOf(ALL_EDGE_TYPES).optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  limit: z.coerce.number().int().min(1).max(500).default(25),
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type NeighboursQuery = z.infer<typeof NeighboursQuerySchema>;

export const NeighboursResponseSchema = z.object({
  elements: z.array(GraphElementSchema),
  /** Neighbours in all (by the filters). */
  total: z.number(),
  /** The `skip` that fetches the rest, or null when there is no more. */
  next: z.number().nullable(),
});
export type NeighboursResponse = z.infer<typeof NeighboursResponseSchema>;

export const NeighbourCountSchema = z.object({
  type: z.string(),
  /** 'out': the actor is the source of these claims; 'in': the target. */
  direction: z.enum(['out', 'in']),
  /** Distinct actors joined to it by this type in this direction. */
  neighbours: z.number(),
  claims: z.number(),
});
export type NeighbourCount = z.infer<typeof NeighbourCountSchema>;
export const NeighbourCountsResponseSchema = z.object({ counts: z.array(NeighbourCountSchema) });
export type NeighbourCountsResponse = z.infer<typeof NeighbourCountsResponseSchema>;

export const PathsQuerySchema = z.object({
  from: ActorIdParam,
  to: ActorIdParam,
  maxLength: z.coerce.number().int().min(1).max(8).default(6),
  types: csvOf(ALL_EDGE_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(25).default(5),
});
export type PathsQuery = z.infer<typeof PathsQuerySchema>;

export const PathsResponseSchema = z.object({ elements: z.array(GraphElementSchema), paths: z.number() });
export type PathsResponse = z.infer<typeof PathsResponseSchema>;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  /** Most claims whose sentence matches (the claim_evidence index); 0, the default, searches actors only. */
  claims: z.coerce.number().int().min(0).max(50).default(0),
});
/** A claim whose sentence matches a search, with what draws it: its two actors and its relationship as Cytoscape elements. */
export const ClaimHitSchema = z.object({
  /** The claim's `id` property. */
  id: z.string(),
  /** Neo4j elementId of the relationship (the claim's id on the canvas). */
  elementId: z.string(),
  type: z.string(),
  source: z.string(),
  sourceName: z.string(),
  target: z.string(),
  targetName: z.string(),
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
  evidence: z.string().nullable(),
  when: z.string().nullable(),
  score: z.number(),
  elements: z.array(GraphElementSchema),
});
export type ClaimHit = z.infer<typeof ClaimHitSchema>;
export const SearchResponseSchema = z.object({ results: z.array(ActorSummarySchema.extend({ score: z.number() })), claims: z.array(ClaimHitSchema) });
export type SearchResponse = z.infer<typeof SearchResponseSchema>;

// ---------- queries and Cypher ----------

export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'actor', 'relationTypes'] as const;

/** Names that are properties of every JS object: a parameter so named would read Object.prototype's. */
const OBJECT_BUILTINS = new Set(['__proto__', 'constructor', 'prototype']);

export const QueryParamSpecSchema = z.object({
  name: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
    .refine((n) => !OBJECT_BUILTINS.has(n), 'must not be __proto__, constructor or prototype'),
  type: z.enum(PARAM_TYPES),
  default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]).optional(),
  description: z.string().optional(),
});
export type QueryParamSpec = z.infer<typeof QueryParamSpecSchema>;

export const SavedQuerySchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  cypher: z.string(),
  params: z.array(QueryParamSpecSchema),
  /** 'builtin' (a file in cypher/queries/) or 'user' (a SavedQuery node). */
  origin: z.enum(['builtin', 'user']),
  createdAt: z.string().nullable(),
});
export type SavedQuery = z.infer<typeof SavedQuerySchema>;
export const QueryListResponseSchema = z.object({ queries: z.array(SavedQuerySchema) });
export type QueryListResponse = z.infer<typeof QueryListResponseSchema>;

export const QueryNameParamsSchema = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be kebab-case, at most 80 characters') });

export const ParamsValueSchema = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown());
export const RunQueryBodySchema = z.object({ params: ParamsValueSchema.default({}) });

export const CreateQueryBodySchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be kebab-case, at most 80 characters'),
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(2_000).default(''),
  cypher: z.string().min(1).max(20_000),
  params: z.array(QueryParamSpecSchema).max(20).default([]),
});
export type CreateQueryBody = z.infer<typeof CreateQueryBodySchema>;

export const CypherBodySchema = z.object({
  query: z.string().min(1).max(20_000),
  params: ParamsValueSchema.default({}),
  /** Cap on rows read (the graph elements are capped separately). */
  maxRows: z.number().int().min(1).max(10_000).optional(),
  timeoutMs: z.number().int().min(100).max(30_000).optional(),
});
export type CypherBody = z.infer<typeof CypherBodySchema>;

export const QueryResultSchema = z.object({
  elements: z.array(GraphElementSchema),
  table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) }),
  /** True when the row or element cap cut the result. */
  truncated: z.boolean(),
  rowCount: z.number(),
  elapsedMs: z.number(),
});
export type QueryResult = z.infer<typeof QueryResultSchema>;

export const SchemaInfoResponseSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});
export type SchemaInfoResponse = z.infer<typeof SchemaInfoResponseSchema>;

// ---------- export ----------

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf', 'cypher'] as const;
export const ExportBodySchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    elementIds: z.array(z.string().max(200)).max(20_000).optional(),
    query: z.object({ name: z.string().max(80), params: ParamsValueSchema.default({}) }).optional(),
    cypher: z.object({ query: z.string().min(1).max(20_000), params: ParamsValueSchema.default({}) }).optional(),
  })
  .refine((b) => [b.elementIds, b.query, b.cypher].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of elementIds, query or cypher',
  });
export type ExportBody = z.infer<typeof ExportBodySchema>;

// ---------- articles ----------

export const ArticleInputSchema = z.object({
  text: z.string().min(1).max(5_000_000),
  title: z.string().max(500).optional(),
  published: z.iso.date().optional(),
  source: z.string().max(200).optional(),
  // NOTE: the client links to it; only a web address (http or https) is safe to follow.
  url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).max(2_000).optional(),
});
export type ArticleInputBody = z.infer<typeof ArticleInputSchema>;

export const ArticleSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string().nullable(),
  loadedAt: z.string().nullable(),
  actors: z.number(),
  claims: z.number(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export const ArticleListResponseSchema = z.object({ articles: z.array(ArticleSummarySchema) });
export type ArticleListResponse = z.infer<typeof ArticleListResponseSchema>;

export const ArticleParamsSchema = z.object({ id: z.string().min(1).max(200) });

export const PreviewEdgeSchema = z.object({
  type: z.string(),
  source: z.string(),
  target: z.string(),
  sourceName: z.string(),
  targetName: z.string(),
  when: z.string().nullable(),
  evidence: z.string(),
  certainty: z.string().nullable(),
  claimedBy: z.string().nullable(),
});
export const PreviewResponseSchema = z.object({
  article: z.object({ id: z.string(), title: z.string(), published: z.string().nullable() }),
  actors: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), aliases: z.array(z.string()) })),
  edges: z.array(PreviewEdgeSchema),
});
export type PreviewResponse = z.infer<typeof PreviewResponseSchema>;

export const LoadResponseSchema = PreviewResponseSchema.extend({
  /** What the load did (server/db/article-repo.ts WriteSummary). */
  loaded: z.object({
    articleId: z.string(),
    /** Actors the article mentions: new to the graph, or already in it (matched by id or alias). */
    actors: z.number(),
    actorsNew: z.number(),
    actorsKnown: z.number(),
    /** Claims the article has now; of an earlier load, those added and those no longer made (removed). */
    relations: z.number(),
    claimsAdded: z.number(),
    claimsReplaced: z.number(),
    /** Analyst corrections re-applied to the article's claims. */
    correctionsReapplied: z.number(),
    /** Same as actorsKnown. */
    reused: z.number(),
  }),
});
export type LoadResponse = z.infer<typeof LoadResponseSchema>;

export const DeleteArticleResponseSchema = z.object({ deleted: z.string(), claimsRemoved: z.number(), actorsRemoved: z.number() });
export type DeleteArticleResponse = z.infer<typeof DeleteArticleResponseSchema>;

// Corrections: an analyst's fixes of the graph, stored as records of their own,
// each undoable, re-applied when an article is loaded again.
export const CORRECTION_KINDS = ['merge', 'split', 'rename', 'kind', 'reject', 'add'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
const Reason = z.string().trim().max(2_000).default('');
export const CorrectionInputSchema = z.discriminatedUnion('kind', [
  /** Merge `absorbed` into `survivor`: names and aliases join, claims move, the absorbed id redirects. */
  z.object({ kind: z.literal('merge'), survivor: ActorIdParam, absorbed: ActorIdParam, reason: Reason }),
  /** Split an alias off an actor into a new actor; the claims whose sentence uses the alias follow it. */
  z.object({ kind: z.literal('split'), actor: ActorIdParam, alias: z.string().trim().min(1).max(300), reason: Reason }),
  z.object({ kind: z.literal('rename'), actor: ActorIdParam, name: z.string().trim().min(1).max(300), reason: Reason }),
  z.object({ kind: z.literal('kind'), actor: ActorIdParam, to: z.enum(KINDS), reason: Reason }),
  /** Reject a claim: it leaves the graph, kept in the correction with its reason. */
  z.object({ kind: z.literal('reject'), article: z.string().min(1).max(200), claim: z.string().min(1).max(300), reason: z.string().trim().min(1, 'say why the claim is wrong').max(2_000) }),
  /** Add a claim by hand from a sentence of a loaded article (its offsets in the stored text). */
  z.object({
    kind: z.literal('add'),
    article: z.string().min(1).max(200),
    type: z.enum(RELATION_TYPES),
    source: ActorIdParam,
    target: ActorIdParam,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    when: PartialDate.nullable().default(null),
    reason: Reason,
  }),
]);
export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;
export const CorrectionSchema = z.object({
  id: z.string(),
  kind: z.enum(CORRECTION_KINDS),
  /** What it did, kind by kind (what is needed to undo and re-apply it). */
  payload: z.record(z.string(), z.unknown()),
  /** "local", or the token's name when API_TOKEN is set. */
  by: z.string(),
  reason: z.string(),
  actors: z.array(z.string()),
  articles: z.array(z.string()),
  at: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
  undoReason: z.string().nullable(),
});
export type Correction = z.infer<typeof CorrectionSchema>;
export const CorrectionListQuerySchema = z.object({
  actor: ActorIdParam.optional(),
  article: z.string().min(1).max(200).optional(),
  /** true: only those in force (not undone). */
  active: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});
export const CorrectionListResponseSchema = z.object({ corrections: z.array(CorrectionSchema) });
export const CorrectionParamsSchema = z.object({ id: z.string().regex(/^correction:[0-9a-f-]{36}$/, 'not a correction id') });
export const UndoBodySchema = z.object({ reason: Reason });

export const ArticleTextResponseSchema = z.object({
  article: z.object({ id: z.string(), title: z.string().nullable(), published: z.string().nullable(), source: z.string().nullable(), url: z.string().nullable() }),
  /** The cleaned text the claims' offsets index into; null for an article loaded before texts were kept. */
  text: z.string().nullable(),
  /** Sentence spans of the text (what a claim added by hand must be one of). */
  sentences: z.array(z.object({ start: z.number(), end: z.number() })),
  claims: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      source: z.string(),
      sourceName: z.string(),
      target: z.string(),
      targetName: z.string(),
      start: z.number().nullable(),
      end: z.number().nullable(),
      evidence: z.string().nullable(),
      manual: z.boolean(),
    }),
  ),
});
export type ArticleTextResponse = z.infer<typeof ArticleTextResponseSchema>;
