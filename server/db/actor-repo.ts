// One actor with its aliases, the articles that mention it and every claim
// it takes part in. An id merged into another actor (a correction) answers
// with that actor, saying so (`redirectedFrom`).
import { ALL_EDGE_TYPES, ClaimSchema, type ActorResponse } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { actorSummary } from './actor-summary.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';
import { z } from 'zod';

const ArticleRef = z.object({ id: z.string(), title: z.string().nullable(), published: z.string().nullable(), mentions: z.number() });

export class ActorRepo {
  private readonly cypher = new CypherCatalog(['actor-details', 'actor-redirect'] as const);

  constructor(private readonly db: GraphDb) {}

  async details(id: string): Promise<ActorResponse> {
    const res = await this.db.read(this.cypher.get('actor-details'), { id, types: [...ALL_EDGE_TYPES] });
    const rec = res.records[0];
    if (!rec) {
      const to = (await this.db.read(this.cypher.get('actor-redirect'), { id })).records[0]?.get('id') as unknown;
      if (typeof to === 'string' && to !== id) return { ...(await this.details(to)), redirectedFrom: id };
      throw new AppError('NOT_FOUND', `no actor with id ${id}`);
    }
    // NOTE: parsed with the contract's schemas so that a property of an
    // unexpected type (written by another tool) fails loudly here.
    return {
      actor: actorSummary(rec.get('a')),
      articles: z.array(ArticleRef).parse(toPlain(rec.get('articles'))),
      claims: z.array(ClaimSchema).parse(toPlain(rec.get('claims'))),
    };
  }
}
