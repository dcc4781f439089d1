// The search box: an ARIA combobox that suggests, as the analyst types, actors
// (names and aliases) and claims (their sentences) from one GET /api/search,
// grouped "Actors" and "Claims". Enter or a click on an actor shows it on the
// canvas, adding it when it is not drawn yet; on a claim, draws its edge and
// shows the edge's details with the sentence.
import type { ActorSummary, ClaimHit } from '../../../server/api/contract.ts';
import { searchActorsAndClaims } from '../api/graph.ts';
import { config } from '../config.ts';
import { snippet } from '../graph/mark-terms.ts';
import { kindStyle, typeStyle } from '../graph/style.ts';
import type { AppContext } from './app-context.ts';
import { claimLabel } from '../graph/elements.ts';
import { byId, clear, h, swatch } from './dom.ts';
import { revealActor } from './explorer-actions.ts';
import { revealClaim } from './reveal-claim.ts';
import { apiError } from './toast.ts';

type Option = { readonly kind: 'actor'; readonly actor: ActorSummary } | { readonly kind: 'claim'; readonly claim: ClaimHit };



function actorOption(r: ActorSummary): HTMLElement[] {
  return [swatch(kindStyle(r.kind).color), h('span', { text: r.name }), h('span', { class: 'muted', text: ` ${r.kind ?? ''}${r.aliases.length ? ` · ${r.aliases.slice(0, 3).join(', ')}` : ''}` })];
}

function claimOption(c: ClaimHit, query: string): HTMLElement[] {
  const quote = h('span', { class: 'search-snippet' });
  for (const p of snippet(c.evidence ?? '', query)) quote.append(p.marked ? h('mark', { text: p.text }) : p.text);
  return [
    h('span', { class: 'search-claim-head' }, swatch(typeStyle(c.type).color), claimLabel(c)),
    quote,
    h('span', { class: 'muted search-claim-article', text: `${c.articleTitle ?? c.articleId ?? ''}${c.when ? ` · ${c.when}` : ''}` }),
  ];
}

export function mountSearch(app: AppContext): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-list');
  // NOTE: set here rather than in index.html, which other work edits too.
  input.placeholder = 'Find an actor or a claim (/)';
  list.setAttribute('aria-label', 'Matching actors and claims');
  const label = document.querySelector('label[for="search-input"]');
  if (label) label.textContent = 'Find an actor or a claim';
  let options: Option[] = [];
  let query = '';
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const optionLi = (o: Option, i: number): HTMLElement => {
    const li = h(
      'li',
      { id: `search-opt-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', class: `${i === active ? 'active ' : ''}search-${o.kind}`, 'data-claim': o.kind === 'claim' ? o.claim.id : undefined },
      ...(o.kind === 'actor' ? actorOption(o.actor) : claimOption(o.claim, query)),
    );
    li.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      void choose(i);
    });
    return li;
  };

  const group = (name: string, items: HTMLElement[]): HTMLElement =>
    h('li', { role: 'group', class: 'search-group', 'aria-labelledby': `search-group-${name}` }, h('div', { id: `search-group-${name}`, class: 'search-group-label', role: 'presentation', text: name }), h('ul', { role: 'none' }, ...items));

  const render = () => {
    clear(list);
    const items = options.map(optionLi);
    const actors = items.filter((_, i) => options[i]?.kind === 'actor');
    const claims = items.filter((_, i) => options[i]?.kind === 'claim');
    if (actors.length > 0) list.appendChild(group('Actors', actors));
    if (claims.length > 0) list.appendChild(group('Claims', claims));
    if (options.length === 0 && input.value.trim() !== '') list.appendChild(h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true', text: 'No actor or claim matches' }));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `search-opt-${active}`);
      document.getElementById(`search-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = async (i: number) => {
    const o = options[i];
    if (!o) return;
    close();
    if (o.kind === 'actor') {
      input.value = o.actor.name;
      await revealActor(app, o.actor);
    } else {
      await revealClaim(app, { elementId: o.claim.elementId, elements: o.claim.elements, label: claimLabel(o.claim) });
    }
  };

  const ask = async (q: string) => {
    abort?.abort();
    abort = new AbortController();
    const res = await searchActorsAndClaims(q, config.searchLimit, config.claimSearchLimit, abort.signal);
    if (!res.ok) {
      if (res.error.code !== 'NETWORK') apiError('Search failed', res.error);
      return;
    }
    if (q !== input.value.trim()) return;
    query = q;
    options = [...res.data.results.map((actor): Option => ({ kind: 'actor', actor })), ...res.data.claims.map((claim): Option => ({ kind: 'claim', claim }))];
    active = options.length > 0 ? 0 : -1;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') {
      options = [];
      return close();
    }
    timer = setTimeout(() => void ask(q), config.searchDebounceMs);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (options.length === 0) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      void choose(active < 0 ? 0 : active);
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
