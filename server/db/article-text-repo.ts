// An article's stored text with its sentence spans and claims: what the
// reader shows and what a claim added by hand is checked against.
import { ArticleTextResponseSchema, type ArticleTextResponse } from '../api/contract.ts';
import { AppError } from '../errors.ts';
import { sentenceSpans } from '../graph/sentences.ts';
import { CypherCatalog } from './cypher-files.ts';
import type { GraphDb } from './graph-db.ts';
import { toPlain } from './values.ts';

export class ArticleTextRepo {
  private readonly cypher = new CypherCatalog(['article-text'] as const);

  constructor(private readonly db: GraphDb) {}

  async get(id: string): Promise<ArticleTextResponse> {
    const res = await this.db.read(this.cypher.get('article-text'), { id });
    const rec = res.records[0];
    if (!rec) throw new AppError('NOT_FOUND', `no article ${id}`);
    const article = toPlain(rec.get('article')) as Record<string, unknown>;
    const text = typeof article['text'] === 'string' ? article['text'] : null;
    const str = (k: string): string | null => (typeof article[k] === 'string' ? article[k] : null);
    return ArticleTextResponseSchema.parse({
      article: { id: str('id') ?? id, title: str('title'), published: str('published'), source: str('source'), url: str('url') },
      text,
      sentences: text === null ? [] : sentenceSpans(text),
      claims: toPlain(rec.get('claims')),
    });
  }
}
