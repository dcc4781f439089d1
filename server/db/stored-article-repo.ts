// An article as it stands in the graph, not as it was extracted: the graph's
// actors its claims point at, with every name the graph has for them. What
// the graph-level evaluation scores (scripts/eval/graph-eval.ts).
import { AppError } from '../errors.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

export interface StoredActor {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly aliases: readonly string[];
}

export interface StoredClaim {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
}

export interface StoredArticle {
  /** The actors the article mentions. */
  readonly nodes: readonly StoredActor[];
  /** Its event claims (ATTACKED, SANCTIONED, EXPELLED, DENIED). */
  readonly relationships: readonly StoredClaim[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export class StoredArticleRepo {
  private readonly cypher = new CypherCatalog(['article-as-stored'] as const);

  constructor(private readonly db: GraphDb) {}

  async article(id: string): Promise<StoredArticle> {
    const rec = (await this.db.read(this.cypher.get('article-as-stored'), { id })).records[0];
    if (!rec) throw new AppError('NOT_FOUND', `no article with id ${id}`);
    // NOTE: toPlain turns lists of maps into arrays of plain objects.
    const actors = toPlain(rec.get('actors')) as Record<string, unknown>[];
    const claims = (toPlain(rec.get('claims')) as (Record<string, unknown> | null)[]).filter((c): c is Record<string, unknown> => c !== null);
    return {
      nodes: actors.map((a) => ({ id: text(a.id), name: text(a.name), kind: text(a.kind), aliases: strings(a.aliases) })),
      relationships: claims.map((c) => ({ id: text(c.id), type: text(c.type), source: text(c.source), target: text(c.target) })),
    };
  }
}
