// The details panel: an actor's kind, aliases, articles, corrections and
// every claim it takes part in (from GET /api/actors/:id), the claims behind
// an edge with their sentences, or an article's corrections — plus the
// commands and corrections that apply to what is shown.
import type { EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { Correction } from '../../../server/api/contract.ts';
import { fetchActor } from '../api/graph.ts';
import { claimPasses } from '../graph/filters.ts';
import type { ClaimData } from '../graph/elements.ts';
import { kindStyle, typeStyle } from '../graph/style.ts';
import { actorCorrectionTools, showActorById } from './actor-corrections.ts';
import type { AppContext } from './app-context.ts';
import { articleCorrections, rejectClaimTools } from './claim-corrections.ts';
import { nodeOfActor } from './correction-actions.ts';
import { correctionsList } from './corrections-list.ts';
import { byId, clear, h, swatch } from './dom.ts';
import { evidenceBlock } from './evidence.ts';
import { openExpandChoices } from './expand-choices.ts';
import { collapse, expand, hide, moreOf, onPagingChange, showMore, togglePin } from './explorer-actions.ts';
import { readButton } from './read-button.ts';
import { apiError } from './toast.ts';

let generation = 0;
/** The actor the panel shows, to redraw its commands when its paging changes. */
let shownActor: { readonly app: AppContext; readonly node: NodeSingular } | null = null;

// NOTE: only the row of commands is redrawn: "Show more (N of M)" follows an
// Expand or a Show more without refetching the claims or losing the scroll.
onPagingChange((nodeId) => {
  const row = document.getElementById('details-commands');
  if (!shownActor || shownActor.node.id() !== nodeId || shownActor.node.removed() || !row) return;
  row.replaceWith(commandButtons(shownActor.app, shownActor.node));
});


function namesOf(n: NodeSingular): string[] {
  return [String(n.data('label')), ...((n.data('aliases') as string[] | undefined) ?? [])];
}

function commandButtons(app: AppContext, n: NodeSingular): HTMLElement {
  const b = (text: string, fn: () => Promise<void>) => {
    const el = h('button', { type: 'button', text });
    el.addEventListener('click', () => void fn());
    return el;
  };
  const m = moreOf(n.id());
  const coll = app.cy.collection().merge(n);
  return h(
    'div',
    { class: 'button-row', id: 'details-commands' },
    b('Expand', () => expand(app, coll)),
    b('Expand by relation…', () => openExpandChoices(app, n)),
    m && m.next !== null ? b(`Show more (${m.next} of ${m.total} shown)`, () => showMore(app, n)) : null,
    b('Collapse', () => collapse(app, coll)),
    b(n.hasClass('pinned') ? 'Unpin' : 'Pin', () => togglePin(app, coll)),
    b('Hide', () => hide(app, coll)),
  );
}

async function showActor(app: AppContext, n: NodeSingular, box: HTMLElement, mine: number): Promise<void> {
  const kind = (n.data('kind') as string | null) ?? 'Actor';
  box.append(
    h('h2', {}, swatch(kindStyle(kind).color), String(n.data('label'))),
    h('p', { class: 'muted' }, `${kind} · `, h('code', { text: String(n.data('key')) })),
    commandButtons(app, n),
  );
  const loading = h('p', { class: 'muted', text: 'Loading claims…' });
  box.append(loading);
  const res = await fetchActor(String(n.data('key')));
  if (mine !== generation) return;
  loading.remove();
  if (!res.ok) return apiError('Could not load the actor', res.error);
  const { actor, articles, claims } = res.data;
  if (res.data.redirectedFrom) box.append(h('p', { class: 'muted', text: `${res.data.redirectedFrom} was merged into ${actor.id}.` }));
  box.append(actorCorrectionTools(app, actor));
  box.append(h('h3', { text: 'Aliases' }), actor.aliases.length ? h('ul', {}, ...actor.aliases.map((a) => h('li', { text: a }))) : h('p', { class: 'muted', text: 'none' }));
  box.append(h('h3', { text: `Articles (${articles.length})` }), h('ul', {}, ...articles.map((a) => h('li', {}, articleLink(app, a.id, a.title ?? a.id), h('span', { class: 'muted', text: ` · ${a.published ?? 'undated'} · ${a.mentions} mentions` })))));
  // After an undo the actor may be gone (a split-off one): show one the correction names that is drawn.
  const after = (c: Correction) => {
    const shown = [actor.id, ...c.actors].find((id) => nodeOfActor(app, id) !== null);
    if (shown) showActorById(app, shown);
    else app.showDetails(null);
  };
  box.append(correctionsList(app, { actor: actor.id }, after));
  box.append(h('h3', { text: `Claims (${claims.length})` }));
  for (const c of claims) {
    const arrow = c.direction === 'out' ? `→ ${c.type} → ${c.other.name}` : `← ${c.type} ← ${c.other.name}`;
    const head = h('h4', {}, swatch(typeStyle(c.type).color), arrow);
    box.append(evidenceBlock({ sentence: c.evidence, names: [...namesOf(n), c.other.name], article: c.articleTitle ?? c.articleId, when: c.when, claimedBy: c.claimedBy, certainty: c.certainty, denies: c.denies }, head));
  }
}

function showEdge(app: AppContext, e: EdgeSingular, box: HTMLElement): void {
  const s = e.source();
  const t = e.target();
  const type = String(e.data('type'));
  const claims = app.canvas.model.claimsOf(e.data('claims') as string[]);
  box.append(
    h('h2', {}, swatch(typeStyle(type).color), `${String(s.data('label'))} → ${type} → ${String(t.data('label'))}`),
    h('p', { class: 'muted', text: `${claims.length} claim${claims.length === 1 ? '' : 's'} behind this edge` }),
  );
  const names = [...namesOf(s), ...namesOf(t)];
  claims.forEach((c: ClaimData, i) => {
    const outside = !claimPasses(c, app.canvas.filters);
    const head = h('h4', {}, `Claim ${i + 1}`, outside ? h('span', { class: 'badge', text: 'outside the filters' }) : null);
    const block = evidenceBlock({ sentence: c.evidence, names, article: c.articleId ? (app.articleTitles.get(c.articleId) ?? c.articleId) : null, when: c.when, claimedBy: c.claimedBy, certainty: c.certainty, denies: c.denies }, head);
    if (c.articleId) block.append(h('p', {}, articleLink(app, c.articleId, 'The article’s corrections, add a claim…')));
    if (c.articleId && c.key) block.append(h('p', {}, readButton(app, c.articleId, c.key)));
    const reject = rejectClaimTools(app, c);
    if (reject) block.append(reject);
    box.append(block);
  });
}

/** A link-styled button that shows an article's corrections in this panel. */
function articleLink(app: AppContext, id: string, text: string): HTMLElement {
  const b = h('button', { type: 'button', class: 'link article-link', 'data-article': id, text });
  b.addEventListener('click', () => app.showArticle(id));
  return b;
}

/** An article in the panel: its title and date, its corrections (Undo, Restore) and "Add claim…". */
export function showArticleDetails(app: AppContext, id: string): void {
  const box = byId('details-body');
  ++generation;
  shownActor = null;
  clear(box);
  box.append(h('h2', { text: app.articleTitles.get(id) ?? id }), h('p', { class: 'muted' }, 'Article · ', h('code', { text: id })), h('p', {}, readButton(app, id)), articleCorrections(app, id));
}

export function showDetails(app: AppContext, ele: SingularElementArgument | null): void {
  const box = byId('details-body');
  const mine = ++generation;
  clear(box);
  shownActor = ele && !ele.removed() && ele.isNode() ? { app, node: ele } : null;
  if (!ele || ele.removed()) {
    box.append(h('p', { class: 'muted', text: 'Click an actor or an edge to see its details and evidence. Double-click an actor to expand it; right-click for more.' }));
    return;
  }
  if (ele.isNode()) void showActor(app, ele, box, mine);
  else showEdge(app, ele, box);
}
