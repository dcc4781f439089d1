// Deletes an article from the Articles panel: asks first, calls the API (with
// the token when one is set), takes the article's claims — and the actors the
// server removed with them — off the canvas, and refreshes every list of
// articles. A failed delete says why and changes nothing.
import type { ArticleSummary } from '../../../server/api/contract.ts';
import { deleteArticle } from '../api/articles.ts';
import { lookupActors } from '../api/scenes.ts';
import type { AppContext } from './app-context.ts';
import { apiError, busy, status, toast } from './toast.ts';

const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The confirmation's text: what goes, and that the view's undo history goes with it. */
export const deleteQuestion = (a: ArticleSummary): string =>
  `Delete the article "${a.title ?? a.id}" and its ${plural(a.claims, 'claim')} from the graph? Actors left without claims are removed too. This cannot be undone, and it clears the view's undo history.`;

/** Drawn actors at either end of the claims that no longer exist on the server: one lookup by key for all of them. */
async function goneActors(app: AppContext, ends: ReadonlySet<string>, removed: number): Promise<string[]> {
  if (removed === 0) return [];
  const idOfKey = new Map<string, string>();
  for (const id of ends) {
    const a = app.canvas.model.actor(id);
    if (a) idOfKey.set(a.key, id);
  }
  if (idOfKey.size === 0) return [];
  const r = await lookupActors([...idOfKey.keys()]);
  return r.ok ? r.data.missing.flatMap((k) => idOfKey.get(k) ?? []) : [];
}

export async function deleteArticleFromPanel(app: AppContext, a: ArticleSummary): Promise<boolean> {
  const name = a.title ?? a.id;
  if (!confirm(deleteQuestion(a))) return false;
  const res = await busy(`Deleting "${name}"`, () => deleteArticle(a.id));
  if (!res.ok) {
    apiError('Could not delete the article', res.error);
    status(`"${name}" was not deleted.`);
    return false;
  }
  const claims = [...app.canvas.model.allClaims()].filter((c) => c.articleId === a.id);
  const ends = new Set(claims.flatMap((c) => [c.source, c.target]));
  app.canvas.drop(claims.map((c) => c.id), await goneActors(app, ends, res.data.actorsRemoved));
  app.showDetails(null);
  await app.articlesChanged();
  const d = res.data;
  const line = `Deleted "${name}": ${plural(d.claimsRemoved, 'claim')} and ${plural(d.actorsRemoved, 'actor')} left without claims removed.`;
  status(line);
  toast(line, 'success');
  app.syncUrl();
  return true;
}
