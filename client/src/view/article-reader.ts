// The article reader: an article's cleaned text in a panel over the canvas,
// each claim's sentence highlighted (<mark>, its claims' types as buttons
// after it) with the claims' actors marked in it. A click on a highlight or a
// claim button draws and selects the claim's edge and shows its details;
// "Read in article" opens the reader at one claim's sentence, scrolled to it
// and marked current. Closed with its button or Escape; focus goes back to
// what opened it (or to the canvas when that is hidden).
import type { ArticleTextResponse, GraphElement } from '../../../server/api/contract.ts';
import { fetchArticleText } from '../api/articles.ts';
import { fetchGraph } from '../api/graph.ts';
import { claimLabel } from '../graph/elements.ts';
import { markNames } from '../graph/mark-names.ts';
import { readerSegments } from '../graph/reader-segments.ts';
import { typeStyle } from '../graph/style.ts';
import type { AppContext } from './app-context.ts';
import { clear, h, swatch } from './dom.ts';
import { revealClaim, type ClaimToReveal } from './reveal-claim.ts';
import { apiError, status } from './toast.ts';

type TextClaim = ArticleTextResponse['claims'][number];

/** Structural links (a person or body to its state): highlighted like claims, counted apart. */
const LINK_TYPES: ReadonlySet<string> = new Set(['PART_OF', 'LEADS', 'SPEAKS_FOR']);

export interface Reader {
  /** Opens an article; with `claimId` (a claim's `id` property), at that claim's sentence. */
  open(articleId: string, claimId?: string): Promise<void>;
  /** Shows the open article again as the server has it now (after a correction or a re-load), where it was scrolled; closes it if it is gone. */
  refresh(): Promise<void>;
  close(): void;
}


/** Each claim's elements (its relationship and two actors) from the article's graph, by the claim's id property. */
function claimsToReveal(elements: readonly GraphElement[], claims: readonly TextClaim[]): Map<string, ClaimToReveal & { names: string[] }> {
  const nodes = new Map(elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e]));
  const names = (n: GraphElement | undefined): string[] => (n ? [String(n.data['name'] ?? n.data.label), ...((n.data['aliases'] as string[] | undefined) ?? [])] : []);
  const out = new Map<string, ClaimToReveal & { names: string[] }>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    const c = claims.find((x) => x.id === e.data['key']);
    const [s, t] = [nodes.get(e.data.source), nodes.get(e.data.target)];
    if (!c || !s || !t) continue;
    out.set(c.id, { elementId: e.data.id, elements: [s, t, e], label: claimLabel(c), names: [...names(s), ...names(t)] });
  }
  return out;
}

/** The elements that draw each of an article's claims (the article's graph); an error is shown, and then nothing is revealable. */
async function revealable(articleId: string, claims: readonly TextClaim[]): Promise<Map<string, ClaimToReveal & { names: string[] }>> {
  const types = [...new Set(claims.map((c) => c.type))];
  const g = types.length > 0 ? await fetchGraph({ article: articleId, types, limit: 5_000 }) : null;
  if (g && !g.ok) apiError('Could not fetch the article’s claims', g.error);
  return claimsToReveal(g?.ok ? g.data.elements : [], claims);
}

export function mountReader(app: AppContext): Reader {
  const title = h('h2', { id: 'reader-title', tabindex: -1 });
  const meta = h('p', { class: 'muted reader-meta' });
  const closeButton = h('button', { type: 'button', class: 'reader-close', 'aria-label': 'Close the reader', title: 'Close the reader (Esc)', text: '×' });
  const body = h('div', { class: 'reader-text', id: 'reader-text' });
  const box = h('section', { id: 'reader', class: 'reader', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'reader-title', hidden: true }, h('header', { class: 'reader-head' }, title, closeButton), meta, body);
  (document.querySelector('main .stage') ?? document.body).appendChild(box);
  let returnTo: HTMLElement | null = null;
  let generation = 0;
  let reveal = new Map<string, ClaimToReveal & { names: string[] }>();
  const marks = new Map<string, HTMLElement>();

  const setCurrent = (claimId: string, scroll: boolean): void => {
    for (const m of body.querySelectorAll('[aria-current]')) m.removeAttribute('aria-current');
    const mark = marks.get(claimId);
    if (!mark) return;
    mark.setAttribute('aria-current', 'true');
    if (scroll) mark.scrollIntoView({ block: 'center' });
  };

  const select = async (c: TextClaim): Promise<void> => {
    setCurrent(c.id, false);
    const r = reveal.get(c.id);
    if (!r) return status(`${claimLabel(c)} is not in the graph any more (rejected, or its article reloaded).`);
    await revealClaim(app, r);
  };

  const tag = (c: TextClaim): HTMLElement => {
    const b = h('button', { type: 'button', class: 'claim-tag', 'data-claim': c.id, 'aria-label': `${claimLabel(c)}: show on the graph`, title: claimLabel(c) }, swatch(typeStyle(c.type).color), c.type);
    b.addEventListener('click', () => void select(c));
    return b;
  };

  const render = (data: ArticleTextResponse): void => {
    clear(body);
    marks.clear();
    const { article, text, claims } = data;
    title.textContent = article.title ?? article.id;
    const events = claims.filter((c) => !LINK_TYPES.has(c.type)).length;
    const links = claims.length - events;
    meta.textContent = [article.published ?? 'undated', article.source, `${events} claim${events === 1 ? '' : 's'}${links > 0 ? `, ${links} link${links === 1 ? '' : 's'}` : ''}`].filter(Boolean).join(' · ');
    if (text === null) {
      body.append(h('p', { class: 'muted', text: 'This article was loaded before its text was kept: load it again to read it here.' }), ...claims.map(tag));
      return;
    }
    const { segments, unplaced } = readerSegments(text, claims);
    const para = h('div', { class: 'reader-body' });
    for (const seg of segments) {
      if (seg.claims.length === 0) {
        para.append(seg.text);
        continue;
      }
      const names = seg.claims.flatMap((c) => reveal.get(c.id)?.names ?? [c.sourceName, c.targetName]);
      const mark = h('mark', { class: 'reader-claim', 'data-claims': seg.claims.map((c) => c.id).join(' '), title: seg.claims.map(claimLabel).join('; ') });
      for (const p of markNames(seg.text, names)) mark.append(p.marked ? h('span', { class: 'reader-actor', text: p.text }) : p.text);
      const first = seg.claims[0] as TextClaim;
      mark.addEventListener('click', () => void select(seg.claims.find((c) => marks.get(c.id)?.hasAttribute('aria-current')) ?? first));
      for (const c of seg.claims) marks.set(c.id, mark);
      para.append(mark, h('span', { class: 'claim-tags' }, ...seg.claims.map(tag)));
    }
    body.append(para);
    if (unplaced.length > 0) body.append(h('h3', { text: 'Claims without a place in the text' }), h('p', {}, ...unplaced.map(tag)));
  };

  /** The article shown, while the reader is open. */
  let current: string | null = null;

  const reader: Reader = {
    async open(articleId, claimId) {
      const mine = ++generation;
      const from = document.activeElement;
      if (from instanceof HTMLElement && !box.contains(from)) returnTo = from;
      box.hidden = false;
      current = articleId;
      title.textContent = 'Loading…';
      meta.textContent = '';
      clear(body);
      const res = await fetchArticleText(articleId);
      if (mine !== generation) return;
      if (!res.ok) {
        title.textContent = 'Could not open the article';
        return apiError('Could not open the article', res.error);
      }
      const shown = await revealable(articleId, res.data.claims);
      if (mine !== generation) return;
      reveal = shown;
      render(res.data);
      const at = claimId ? body.querySelector<HTMLElement>(`.claim-tag[data-claim="${CSS.escape(claimId)}"]`) : null;
      if (claimId && at) {
        setCurrent(claimId, true);
        at.focus({ preventScroll: true });
      } else {
        body.scrollTop = 0;
        title.focus();
      }
    },
    async refresh() {
      const articleId = current;
      if (articleId === null || box.hidden) return;
      const mine = ++generation;
      const scrolled = body.scrollTop;
      const res = await fetchArticleText(articleId);
      if (mine !== generation) return;
      if (!res.ok) {
        if (res.error.code !== 'NOT_FOUND') return apiError('Could not refresh the article', res.error);
        status('The article in the reader is no longer in the graph; the reader is closed.');
        return reader.close();
      }
      const shown = await revealable(articleId, res.data.claims);
      if (mine !== generation) return;
      reveal = shown;
      render(res.data);
      body.scrollTop = scrolled;
    },
    close() {
      ++generation;
      current = null;
      box.hidden = true;
      // NOTE: what opened the reader may be hidden now (a click in it shows the Details panel): then the canvas.
      if (returnTo?.isConnected && returnTo.checkVisibility()) returnTo.focus();
      else document.getElementById('cy')?.focus();
      returnTo = null;
    },
  };
  closeButton.addEventListener('click', () => reader.close());
  box.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    ev.stopPropagation();
    reader.close();
  });
  return reader;
}
