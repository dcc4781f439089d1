// The Queries panel: the saved queries (built-in files and the analyst's
// own), each with a form for its typed parameters, Run, and Delete for the
// analyst's own; errors appear under the form that ran.
import type { SavedQuery } from '../../../server/api/contract.ts';
import { deleteQuery, listQueries } from '../api/queries.ts';
import type { AppContext } from './app-context.ts';
import { byId, clear, h } from './dom.ts';
import { paramForm } from './param-form.ts';
import { runQuery } from './query-runner.ts';
import { apiError, toast } from './toast.ts';

export interface QueriesPanel {
  refresh(): Promise<void>;
  /** Opens one query's form (URL restore) with the given parameters. */
  open(name: string, params: Readonly<Record<string, unknown>>): SavedQuery | null;
  readonly queries: () => readonly SavedQuery[];
  /** Loads a query's text into the Cypher editor. */
  onEdit: (q: SavedQuery) => void;
}

export function mountQueriesPanel(app: AppContext): QueriesPanel {
  const list = byId('queries-list');
  let queries: SavedQuery[] = [];

  const item = (q: SavedQuery, initial: Readonly<Record<string, unknown>> = {}, expanded = false): HTMLElement => {
    const form = paramForm(`qp-${q.name}`, q.params, initial);
    const error = h('p', { class: 'error', role: 'alert' });
    const run = h('button', { type: 'submit', class: 'primary', text: 'Run' });
    const edit = h('button', { type: 'button', text: 'Edit as Cypher' });
    const del = q.origin === 'user' ? h('button', { type: 'button', class: 'danger', text: 'Delete' }) : null;
    const f = h('form', { class: 'query-form', 'aria-label': `Parameters of ${q.title}` }, form.element, h('div', { class: 'button-row' }, run, edit, del), error);
    f.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const v = form.values();
      error.textContent = '';
      if (!v.ok) return void (error.textContent = v.message);
      void runQuery(app, { kind: 'saved', name: q.name, params: v.params }, q.title).then((err) => {
        if (err) error.textContent = `${err.message} (${err.code})`;
      });
    });
    edit.addEventListener('click', () => panel.onEdit(q));
    del?.addEventListener('click', () => {
      if (!confirm(`Delete the saved query "${q.title}"?`)) return;
      void deleteQuery(q.name).then((r) => {
        if (!r.ok) return apiError('Could not delete the query', r.error);
        toast(`Deleted "${q.title}"`, 'success');
        void panel.refresh();
      });
    });
    const details = h(
      'details',
      { class: 'query', id: `query-${q.name}`, open: expanded },
      h('summary', {}, h('span', { text: q.title }), q.origin === 'user' ? h('span', { class: 'badge', text: 'yours' }) : null),
      h('p', { class: 'muted', text: q.description }),
      f,
    );
    return details;
  };

  const panel: QueriesPanel = {
    onEdit: () => undefined,
    queries: () => queries,
    async refresh() {
      const res = await listQueries();
      if (!res.ok) return apiError('Could not list the saved queries', res.error);
      queries = res.data.queries;
      clear(list);
      for (const q of queries) list.appendChild(item(q));
    },
    open(name, params) {
      const q = queries.find((x) => x.name === name);
      if (!q) return null;
      byId(`query-${q.name}`).replaceWith(item(q, params, true));
      return q;
    },
  };
  return panel;
}
