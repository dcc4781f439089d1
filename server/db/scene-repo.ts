// Scenes: named views of the explorer stored in Neo4j as Scene nodes (never
// :Actor, so no view, search or export of actors sees them). The state is one
// JSON text, validated on the way in and again on the way out (a scene written
// by another tool or an older version is refused with a clear error, not drawn
// half). Also the lookup of actors by key that opening a scene needs.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { ALL_EDGE_TYPES } from '../api/contract.ts';
import {
  SCENE_LIMITS,
  SceneStateSchema,
  type ActorLookupResponse,
  type SaveSceneBody,
  type SaveSceneResponse,
  type Scene,
  type SceneSummary,
} from '../api/contract-scenes.ts';
import { AppError } from '../errors.ts';
import { isConstraintViolation } from './neo4j-errors.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { collect, elementsOf, newCollector } from './records-to-elements.ts';
import { toPlain } from './values.ts';

const STATEMENTS = ['scene-list', 'scene-get', 'scene-create', 'scene-overwrite', 'scene-delete', 'actors-by-keys'] as const;

/** Claims one lookup returns at most (the scene's edge cap, with room for parallel claims). */
const LOOKUP_CLAIMS = 50_000;

const count = z.preprocess((v) => toPlain(v), z.number().nullable()).transform((n) => n ?? 0);
const SummaryRow = z.object({
  name: z.string(),
  title: z.string().nullable(),
  nodes: count,
  edges: count,
  hidden: count,
  pinned: count,
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
const StateRow = z.object({ state: z.string().nullable() });

/** A stored JSON text, or null when it is missing or broken (written by another tool). */
function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

const summaryOf = (record: { toObject(): unknown }): SceneSummary => {
  const row = SummaryRow.parse(record.toObject());
  return { ...row, title: row.title ?? row.name };
};

export class SceneRepo {
  private readonly cypher = new CypherCatalog(STATEMENTS);

  constructor(private readonly db: GraphDb) {}

  async list(): Promise<SceneSummary[]> {
    const res = await this.db.read(this.cypher.get('scene-list'));
    return res.records.map(summaryOf);
  }

  async get(name: string): Promise<Scene> {
    const res = await this.db.read(this.cypher.get('scene-get'), { name });
    const record = res.records[0];
    if (!record) throw new AppError('NOT_FOUND', `no scene named ${name}`);
    const { state } = StateRow.parse(record.toObject());
    const checked = SceneStateSchema.safeParse(parseJson(state));
    if (!checked.success) throw new AppError('BAD_REQUEST', `the scene ${name} is stored in a form this version cannot open: ${checked.error.issues[0]?.message ?? 'not JSON'}`);
    return { ...summaryOf(record), state: checked.data };
  }

  /** Creates a scene, or replaces one of the same name when `overwrite` is set (else a taken name is a CONFLICT). */
  async save(body: SaveSceneBody): Promise<SaveSceneResponse> {
    const state = JSON.stringify(body.state);
    if (state.length > SCENE_LIMITS.jsonChars) throw new AppError('PAYLOAD_TOO_LARGE', `the scene is ${state.length} characters as JSON; at most ${SCENE_LIMITS.jsonChars}`);
    const title = body.title ?? body.name;
    const counts = { nodes: body.state.nodes.length, edges: body.state.edges.length, hidden: body.state.hidden.length, pinned: body.state.pinned.length };
    const params = { name: body.name, title, state, nodes: neo4j.int(counts.nodes), edges: neo4j.int(counts.edges), hidden: neo4j.int(counts.hidden), pinned: neo4j.int(counts.pinned) };
    const statement = this.cypher.get(body.overwrite ? 'scene-overwrite' : 'scene-create');
    try {
      const res = await this.db.writeTx((tx) => tx.run(statement, params), 'save scene');
      const row = res.records[0];
      return {
        name: body.name,
        title,
        ...counts,
        createdAt: String(row?.get('createdAt') ?? ''),
        updatedAt: String(row?.get('updatedAt') ?? ''),
        created: row?.get('created') === true,
      };
    } catch (e) {
      if (isConstraintViolation(e)) throw new AppError('CONFLICT', `a scene named ${body.name} exists; save with overwrite to replace it`);
      throw e;
    }
  }

  async delete(name: string): Promise<void> {
    const res = await this.db.writeTx((tx) => tx.run(this.cypher.get('scene-delete'), { name }), 'delete scene');
    if (Number(toPlain(res.records[0]?.get('deleted') ?? 0)) === 0) throw new AppError('NOT_FOUND', `no scene named ${name}`);
  }

  /** Actors by key and the claims among them; the keys no actor has are `missing`. */
  async actorsByKeys(keys: readonly string[]): Promise<ActorLookupResponse> {
    const unique = [...new Set(keys)];
    const res = await this.db.read(this.cypher.get('actors-by-keys'), { keys: unique, types: [...ALL_EDGE_TYPES], limit: neo4j.int(LOOKUP_CLAIMS + 1) });
    const into = newCollector();
    const record = res.records[0];
    const rels = (record?.get('rels') ?? []) as unknown[];
    collect(record?.get('actors') ?? [], into);
    collect(rels.slice(0, LOOKUP_CLAIMS), into);
    const found = new Set([...into.nodes.values()].map((n) => String(n.data['key'])));
    return { elements: elementsOf(into), missing: unique.filter((k) => !found.has(k)), truncated: rels.length > LOOKUP_CLAIMS };
  }
}
