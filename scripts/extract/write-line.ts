// The one line `npm run load` prints per written file: what the write did to
// the graph (server/db/article-repo.ts WriteSummary), actors new and already
// known, claims added and replaced, corrections re-applied.
import type { WriteSummary } from '../../server/db/article-repo.ts';

export function writeLine(file: string, s: WriteSummary): string {
  const corrections = s.correctionsReapplied > 0 ? `, ${s.correctionsReapplied} correction(s) re-applied` : '';
  return `${file}: ${s.actors} actors (${s.actorsNew} new, ${s.actorsKnown} already known), ${s.relations} edges (${s.claimsAdded} added, ${s.claimsReplaced} replaced)${corrections} → ${s.articleId}`;
}
