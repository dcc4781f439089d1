// The button that opens the article reader: "Read" (the whole article, from
// the Articles panel and an article's details) or "Read in article" (at one
// claim's sentence, from an edge's details).
import type { AppContext } from './app-context.ts';
import { h } from './dom.ts';

export function readButton(app: AppContext, articleId: string, claimId?: string): HTMLButtonElement {
  const text = claimId ? 'Read in article' : 'Read';
  const title = app.articleTitles.get(articleId) ?? articleId;
  const b = h('button', { type: 'button', class: 'read-article', 'data-article': articleId, 'data-claim': claimId, text, 'aria-label': `${text}: ${title}`, title: claimId ? 'Open the article at this sentence' : 'Read the article with its claims highlighted' });
  b.addEventListener('click', () => app.readArticle(articleId, claimId));
  return b;
}
