// The search box: an ARIA combobox that suggests actors from GET /api/search
// as the analyst types (names and aliases), and on Enter or click shows the
// actor on the canvas, adding it when it is not drawn yet.
import type { ActorSummary } from '../../../server/api/contract.ts';
import { searchActors } from '../api/graph.ts';
import { config } from '../config.ts';
import { kindStyle } from '../graph/style.ts';
import type { AppContext } from './app-context.ts';
import { byId, clear, h } from './dom.ts';
import { revealActor } from './explorer-actions.ts';
import { apiError } from './toast.ts';

export function mountSearch(app: AppContext): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-list');
  let results: ActorSummary[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const render = () => {
    clear(list);
    results.forEach((r, i) => {
      const li = h(
        'li',
        { id: `search-opt-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', class: i === active ? 'active' : '' },
        h('span', { class: 'swatch', style: `background:${kindStyle(r.kind).color}`, 'aria-hidden': 'true' }),
        h('span', { text: r.name }),
        h('span', { class: 'muted', text: ` ${r.kind ?? ''}${r.aliases.length ? ` · ${r.aliases.slice(0, 3).join(', ')}` : ''}` }),
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        void choose(i);
      });
      list.appendChild(li);
    });
    if (results.length === 0 && input.value.trim() !== '') list.appendChild(h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true', text: 'No actor matches' }));
    list.hidden = input.value.trim() === '';
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const choose = async (i: number) => {
    const r = results[i];
    if (!r) return;
    close();
    input.value = r.name;
    await revealActor(app, r);
  };

  const ask = async (q: string) => {
    abort?.abort();
    abort = new AbortController();
    const res = await searchActors(q, config.searchLimit, abort.signal);
    if (!res.ok) {
      if (res.error.code !== 'NETWORK') apiError('Search failed', res.error);
      return;
    }
    if (q !== input.value.trim()) return;
    results = res.data.results;
    active = results.length > 0 ? 0 : -1;
    render();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q === '') {
      results = [];
      return close();
    }
    timer = setTimeout(() => void ask(q), config.searchDebounceMs);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (results.length === 0) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
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
