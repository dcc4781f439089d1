// The Filters panel: relation types, actor kinds, articles, what happens to
// actors left without visible edges, and undated events. Each change is one
// undoable step; the panel redraws itself from the canvas after undo/redo.
import type { ArticleSummary } from '../../../server/api/contract.ts';
import { NO_FILTERS, type Filters } from '../graph/filters.ts';
import { KIND_STYLE, TYPE_STYLE } from '../graph/style.ts';
import type { AppContext } from './app-context.ts';
import { byId, clear, h } from './dom.ts';

const TYPES = Object.keys(TYPE_STYLE);
const KINDS = Object.keys(KIND_STYLE);

/** null when every option is checked (no filter), else the checked ones. */
const chosen = (all: readonly string[], checked: readonly string[]): string[] | null => (checked.length === all.length ? null : [...checked]);

function group(legend: string, name: string, options: readonly { value: string; label: string }[], selected: readonly string[] | null, onChange: (checked: string[]) => void): HTMLFieldSetElement {
  const fs = h('fieldset', {}, h('legend', { text: legend }));
  const boxes: HTMLInputElement[] = [];
  for (const o of options) {
    const box = h('input', { type: 'checkbox', name, value: o.value, checked: selected === null || selected.includes(o.value) });
    boxes.push(box);
    box.addEventListener('change', () => onChange(boxes.filter((b) => b.checked).map((b) => b.value)));
    fs.appendChild(h('label', { class: 'check' }, box, o.label));
  }
  return fs;
}

export function mountFiltersPanel(app: AppContext, articles: () => readonly ArticleSummary[]): { render: () => void } {
  const box = byId('filters-body');
  const set = (patch: Partial<Filters>) => {
    // NOTE: the panel redraws on every change; keep the keyboard focus where it was.
    const active = document.activeElement;
    const where = active instanceof HTMLInputElement || active instanceof HTMLSelectElement ? `[name="${active.name}"][value="${active.value}"], #${active.id || '_'}` : null;
    app.canvas.setFilters({ ...app.canvas.filters, ...patch });
    app.syncUrl();
    if (where) box.querySelector<HTMLElement>(where)?.focus();
  };
  const render = () => {
    const f = app.canvas.filters;
    clear(box);
    box.append(
      group('Relation types', 'f-types', TYPES.map((t) => ({ value: t, label: t })), f.types, (c) => set({ types: chosen(TYPES, c) })),
      group('Actor kinds', 'f-kinds', KINDS.map((k) => ({ value: k, label: k })), f.kinds, (c) => set({ kinds: chosen(KINDS, c) })),
    );
    const arts = articles();
    if (arts.length > 0) {
      const ids = arts.map((a) => a.id);
      box.append(group('Articles', 'f-articles', arts.map((a) => ({ value: a.id, label: `${a.title ?? a.id} (${a.published ?? 'undated'})` })), f.articles, (c) => set({ articles: chosen(ids, c) })));
    }
    const orphans = h('select', { id: 'f-orphans' }, h('option', { value: 'fade', text: 'fade them', selected: f.orphans === 'fade' }), h('option', { value: 'hide', text: 'hide them', selected: f.orphans === 'hide' }));
    orphans.addEventListener('change', () => set({ orphans: orphans.value === 'hide' ? 'hide' : 'fade' }));
    const undated = h('input', { type: 'checkbox', id: 'f-undated', checked: f.undated });
    undated.addEventListener('change', () => set({ undated: undated.checked }));
    const reset = h('button', { type: 'button', text: 'Clear all filters' });
    reset.addEventListener('click', () => set(NO_FILTERS));
    box.append(
      h('fieldset', {}, h('legend', { text: 'Display' }),
        h('label', { for: 'f-orphans' }, 'Actors left without a visible edge: '), orphans,
        h('label', { class: 'check' }, undated, 'Show undated events')),
      reset,
    );
  };
  app.canvas.on((what) => {
    if (what === 'filters') render();
  });
  render();
  return { render };
}
