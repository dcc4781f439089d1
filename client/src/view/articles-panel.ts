// The Articles panel: paste or upload an article, preview what would be
// extracted (each edge with its sentence), then load it and watch the graph
// grow; the loaded articles are listed with their counts, each opening to
// its corrections (Undo, Restore) and "Add claim…", and each with Delete.
import type { ArticleSummary, PreviewResponse } from '../../../server/api/contract.ts';
import { listArticles, loadArticle, previewArticle, type ArticleSource } from '../api/articles.ts';
import { fetchGraph } from '../api/graph.ts';
import { config } from '../config.ts';
import type { AppContext } from './app-context.ts';
import { deleteArticleFromPanel } from './article-delete.ts';
import { articleCorrections } from './claim-corrections.ts';
import { claimLabel } from '../graph/elements.ts';
import { byId, clear, h } from './dom.ts';
import { evidenceBlock } from './evidence.ts';
import { readButton } from './read-button.ts';
import { apiError, busy, status, toast } from './toast.ts';

export interface ArticlesPanel {
  refresh(): Promise<void>;
  readonly articles: () => readonly ArticleSummary[];
}

function source(): ArticleSource | string {
  const file = byId<HTMLInputElement>('article-file').files?.[0];
  const text = byId<HTMLTextAreaElement>('article-text').value;
  const title = byId<HTMLInputElement>('article-title').value.trim();
  const published = byId<HTMLInputElement>('article-published').value.trim();
  const meta = { ...(title ? { title } : {}), ...(published ? { published } : {}) };
  if (file) return { kind: 'file', file, meta };
  if (text.trim() === '') return 'Paste the article text or choose a file first.';
  return { kind: 'text', body: { text, ...meta } };
}

function renderPreview(p: PreviewResponse): HTMLElement {
  const actors = h('p', {}, h('strong', { text: `${p.actors.length} actors: ` }), p.actors.map((a) => `${a.name} (${a.kind})`).join(', '));
  const edges = p.edges.map((e) =>
    evidenceBlock(
      { sentence: e.evidence, names: [e.sourceName, e.targetName], article: null, when: e.when, claimedBy: e.claimedBy, certainty: e.certainty },
      h('h4', {}, claimLabel(e)),
    ),
  );
  return h('div', { class: 'preview' }, h('h3', { text: `Preview: ${p.article.title}` }), actors, h('p', { class: 'muted', text: `${p.edges.length} edges would be written` }), ...edges);
}

function articleEntry(app: AppContext, a: ArticleSummary, open: boolean): HTMLElement {
  const details = h(
    'details',
    { class: 'article', 'data-article': a.id, open },
    h('summary', {}, h('strong', { text: a.title ?? a.id }), h('span', { class: 'muted', text: ` · ${a.published ?? 'undated'} · ${a.actors} actors, ${a.claims} claims` })),
  );
  const body = h('div', { class: 'article-body' });
  details.append(body);
  // NOTE: a <details> created open also fires "toggle" once it is in the page: fill it once per opening.
  let filled = false;
  const fill = () => {
    if (details.open && !filled) body.replaceChildren(articleCorrections(app, a.id));
    filled = details.open;
  };
  details.addEventListener('toggle', fill);
  fill();
  // NOTE: beside the <details>, not in its summary: a button inside a summary is not announced as one.
  const del = h('button', { type: 'button', class: 'danger article-delete', text: 'Delete', 'aria-label': `Delete the article "${a.title ?? a.id}"` });
  del.addEventListener('click', () => void deleteArticleFromPanel(app, a));
  return h('li', { class: 'article-entry' }, details, readButton(app, a.id), del);
}

export function mountArticlesPanel(app: AppContext): ArticlesPanel {
  const out = byId('article-output');
  const listBox = byId('articles-list');
  let articles: ArticleSummary[] = [];

  const panel: ArticlesPanel = {
    articles: () => articles,
    async refresh() {
      const r = await listArticles();
      if (!r.ok) return apiError('Could not list the articles', r.error);
      articles = r.data.articles;
      app.articleTitles.clear();
      for (const a of articles) app.articleTitles.set(a.id, a.title ?? a.id);
      // An article the analyst had opened stays open (and reloads its corrections).
      const open = new Set([...listBox.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset['article'] ?? ''));
      clear(listBox);
      for (const a of articles) listBox.appendChild(articleEntry(app, a, open.has(a.id)));
    },
  };

  byId('article-preview').addEventListener('click', () => {
    const src = source();
    if (typeof src === 'string') return toast(src, 'error');
    void busy('Extracting (preview)', () => previewArticle(src)).then((r) => {
      clear(out);
      if (!r.ok) {
        out.appendChild(h('p', { class: 'error', role: 'alert', text: `${r.error.message} (${r.error.code})` }));
        return;
      }
      out.appendChild(renderPreview(r.data));
      status(`Preview: ${r.data.actors.length} actors, ${r.data.edges.length} edges`);
    });
  });

  byId<HTMLFormElement>('article-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const src = source();
    if (typeof src === 'string') return toast(src, 'error');
    void busy('Loading the article', () => loadArticle(src)).then(async (r) => {
      clear(out);
      if (!r.ok) return void out.appendChild(h('p', { class: 'error', role: 'alert', text: `${r.error.message} (${r.error.code})` }));
      const l = r.data.loaded;
      out.appendChild(h('p', { class: 'success', role: 'status', text: loadedLine(r.data.article.title, l) }));
      // NOTE: through the app, so that every list of articles (the Filters panel's too) follows.
      await app.articlesChanged();
      // The new claims join what is drawn; new actors land near their partners.
      const g = await fetchGraph({ article: l.articleId, limit: config.graphLimit });
      if (!g.ok) return apiError('Could not fetch the new claims', g.error);
      await app.canvas.change(`Load ${r.data.article.title}`, async () => {
        const before = app.cy.nodes().length;
        app.canvas.add(g.data.elements);
        if (app.cy.nodes().length > before) await app.canvas.layout();
      });
      toast(`The graph grew by the claims of "${r.data.article.title}".`, 'success');
      app.syncUrl();
    });
  });
  return panel;
}

/** What a load did, as the summary says it: actors new and known, claims added and replaced, corrections re-applied. */
export function loadedLine(
  title: string,
  l: { actors: number; actorsNew: number; actorsKnown: number; relations: number; claimsAdded: number; claimsReplaced: number; correctionsReapplied: number },
): string {
  const corrections = l.correctionsReapplied > 0 ? `; ${l.correctionsReapplied} correction${l.correctionsReapplied === 1 ? '' : 's'} re-applied` : '';
  return `Loaded "${title}": ${l.actors} actors (${l.actorsNew} new, ${l.actorsKnown} already in the graph), ${l.relations} claims (${l.claimsAdded} added, ${l.claimsReplaced} replaced)${corrections}.`;
}
