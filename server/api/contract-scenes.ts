// The scenes part of the API contract: a scene is a saved view of the explorer
// (which actors where, which edges, hidden and pinned, zoom and pan, filters,
// layout, selection, the query behind it), stored by name in Neo4j. The state
// is versioned so that a later client can read (or refuse) an older scene.
import { z } from 'zod';
import { ALL_EDGE_TYPES, KINDS, ParamsValueSchema, PartialDate, GraphElementSchema } from './contract.ts';

/** Limits of one scene (the server refuses more; the client says so before saving). */
export const SCENE_LIMITS = {
  /** Actors in a scene. */
  nodes: 5_000,
  /** Merged edges (source, type, target) in a scene. */
  edges: 20_000,
  /** Characters of the state as JSON. */
  jsonChars: 2_000_000,
  /** Actor keys one lookup may ask for. */
  lookupKeys: 5_000,
} as const;

export const SCENE_STATE_VERSION = 1;

/** Kebab-case like saved queries: it is part of a URL (?scene=name). */
export const SceneName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be kebab-case, at most 80 characters');
const ActorKey = z.string().min(1).max(300);
/** An actor key, or an edge key (source>TYPE>target). */
const ElementKey = z.string().min(1).max(700);
/** A canvas coordinate: finite and not absurd (zod refuses NaN and Infinity). */
const Coordinate = z.number().min(-10_000_000).max(10_000_000);

export const ScenePositionSchema = z.object({ key: ActorKey, x: Coordinate, y: Coordinate });

export const SceneQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), name: SceneName, params: ParamsValueSchema.default({}) }),
  z.object({ kind: z.literal('cypher'), text: z.string().min(1).max(20_000), params: ParamsValueSchema.default({}) }),
]);

export const SceneFiltersSchema = z.object({
  types: z.array(z.enum(ALL_EDGE_TYPES)).max(ALL_EDGE_TYPES.length).nullable(),
  kinds: z.array(z.enum(KINDS)).max(KINDS.length).nullable(),
  articles: z.array(z.string().min(1).max(200)).max(10_000).nullable(),
  from: PartialDate.nullable(),
  to: PartialDate.nullable(),
  undated: z.boolean(),
  orphans: z.enum(['fade', 'hide']),
});

const unique = (xs: readonly string[]): boolean => new Set(xs).size === xs.length;

export const SceneStateSchema = z
  .object({
    version: z.literal(SCENE_STATE_VERSION),
    /** Every actor drawn, by its stable key, where it was. */
    nodes: z.array(ScenePositionSchema).max(SCENE_LIMITS.nodes),
    /** Every merged edge drawn, as source>TYPE>target of actor keys. */
    edges: z.array(ElementKey).max(SCENE_LIMITS.edges),
    /** Actor and edge keys hidden by the analyst. */
    hidden: z.array(ElementKey).max(SCENE_LIMITS.nodes + SCENE_LIMITS.edges),
    /** Actor keys pinned (locked in place). */
    pinned: z.array(ActorKey).max(SCENE_LIMITS.nodes),
    zoom: z.number().positive().max(1_000),
    pan: z.object({ x: Coordinate, y: Coordinate }),
    filters: SceneFiltersSchema,
    layout: z.string().min(1).max(40).nullable(),
    /** Actor and edge keys selected. */
    selection: z.array(ElementKey).max(SCENE_LIMITS.nodes + SCENE_LIMITS.edges),
    /** Actor keys whose neighbours were expanded, in order. */
    expanded: z.array(ActorKey).max(SCENE_LIMITS.nodes),
    query: SceneQuerySchema.nullable(),
  })
  .refine((s) => unique(s.nodes.map((n) => n.key)), { message: 'an actor is placed twice', path: ['nodes'] })
  .refine((s) => unique(s.edges), { message: 'an edge is listed twice', path: ['edges'] })
  .refine(
    (s) => {
      const placed = new Set(s.nodes.map((n) => n.key));
      return s.pinned.every((k) => placed.has(k));
    },
    { message: 'a pinned actor is not among the nodes', path: ['pinned'] },
  );
export type SceneState = z.infer<typeof SceneStateSchema>;

export const SaveSceneBodySchema = z.object({
  name: SceneName,
  title: z.string().trim().min(1).max(200).optional(),
  /** Replace a scene of the same name; without it, a taken name is a 409. */
  overwrite: z.boolean().default(false),
  state: SceneStateSchema,
});
export type SaveSceneBody = z.infer<typeof SaveSceneBodySchema>;

export const SceneSummarySchema = z.object({
  name: z.string(),
  title: z.string(),
  nodes: z.number(),
  edges: z.number(),
  hidden: z.number(),
  pinned: z.number(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SceneSummary = z.infer<typeof SceneSummarySchema>;
export const SceneSchema = SceneSummarySchema.extend({ state: SceneStateSchema });
export type Scene = z.infer<typeof SceneSchema>;
export const SceneListResponseSchema = z.object({ scenes: z.array(SceneSummarySchema) });
export type SceneListResponse = z.infer<typeof SceneListResponseSchema>;
export const SceneParamsSchema = z.object({ name: SceneName });
export const SaveSceneResponseSchema = SceneSummarySchema.extend({ created: z.boolean() });
export type SaveSceneResponse = z.infer<typeof SaveSceneResponseSchema>;

/** Actors by their stable keys, with the claims among them (what a scene or a link needs drawn). */
export const ActorLookupBodySchema = z.object({ keys: z.array(ActorKey).min(1).max(SCENE_LIMITS.lookupKeys) });
export const ActorLookupResponseSchema = z.object({
  elements: z.array(GraphElementSchema),
  /** Keys asked for that no actor has (deleted or merged since). */
  missing: z.array(z.string()),
  /** True when the cap on claims cut the result. */
  truncated: z.boolean(),
});
export type ActorLookupResponse = z.infer<typeof ActorLookupResponseSchema>;
