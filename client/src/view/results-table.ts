// The results table under the canvas: a query's columns and rows (capped
// for drawing), with graph values shown compactly; clicking one selects it
// on the canvas.
import type { CollectionReturnValue } from 'cytoscape';
import type { QueryResult } from '../../../server/api/contract.ts';
import { config } from '../config.ts';
import type { ShownResult } from '../graph/view-context.ts';
import type { AppContext } from './app-context.ts';
import { byId, clear, h } from './dom.ts';

interface GraphValue {
  readonly elementId: string;
  readonly labels?: readonly string[];
  readonly type?: string;
  readonly properties?: Readonly<Record<string, unknown>>;
}

const isGraphValue = (v: unknown): v is GraphValue => typeof v === 'object' && v !== null && typeof (v as { elementId?: unknown }).elementId === 'string';

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isGraphValue(v)) {
    const name = [v.properties?.['name'], v.properties?.['title'], v.properties?.['id']].find((x) => typeof x === 'string') ?? '';
    return v.type ? `[:${v.type}]` : `(:${(v.labels ?? []).filter((l) => l !== 'Actor').join(':')} ${name})`;
  }
  return JSON.stringify(v);
}

function focus(app: AppContext, id: string): void {
  const { cy } = app;
  let el = cy.getElementById(id);
  if (el.empty()) el = cy.edges().filter((e) => (e.data('claims') as string[]).includes(id));
  if (el.empty()) return;
  cy.elements(':selected').unselect();
  el.select();
  cy.animate({ center: { eles: el } }, { duration: 250 });
  app.showDetails(el.first());
}

function cell(app: AppContext, v: unknown): HTMLTableCellElement {
  if (isGraphValue(v)) {
    const b = h('button', { type: 'button', class: 'link', text: text(v), title: 'Show on the canvas' });
    b.addEventListener('click', () => focus(app, v.elementId));
    return h('td', {}, b);
  }
  if (Array.isArray(v) && v.some(isGraphValue)) return h('td', { text: `[${v.map(text).join(', ')}]` });
  return h('td', { text: text(v) });
}

/** The result drawn in the table (what undo puts back); null once the table is hidden. */
let current: ShownResult | null = null;

export function shownResults(): ShownResult | null {
  return byId('results').hidden ? null : current;
}

/** Whether the drawing lies wholly inside the canvas's box. */
function inside(app: AppContext, eles: CollectionReturnValue): boolean {
  const bb = eles.renderedBoundingBox({});
  return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= app.cy.width() && bb.y2 <= app.cy.height();
}

/**
 * Shows a result in the table (null hides it). `refit` fits the drawing into
 * the canvas again; without it the viewport is kept unless the drawing no
 * longer fits the canvas (a values-only result leaves the drawing where it was).
 */
export function showResults(app: AppContext, r: QueryResult | null, title: string, refit = true): void {
  const box = byId('results');
  const body = byId('results-body');
  clear(body);
  current = r ? { result: r, title } : null;
  if (!r) {
    box.hidden = true;
    // NOTE: the canvas gets the table's room back.
    app.cy.resize();
    return;
  }
  box.hidden = false;
  const shown = r.table.rows.slice(0, config.tableRows);
  byId('results-title').textContent = `${title}: ${r.rowCount} row${r.rowCount === 1 ? '' : 's'}${shown.length < r.rowCount ? `, first ${shown.length} shown` : ''}${r.truncated ? ' (capped)' : ''} · ${r.elapsedMs} ms`;
  const table = h(
    'table',
    { class: 'results-table' },
    h('thead', {}, h('tr', {}, ...r.table.columns.map((c) => h('th', { scope: 'col', text: c })))),
    h('tbody', {}, ...shown.map((row) => h('tr', {}, ...row.map((v) => cell(app, v))))),
  );
  body.appendChild(table);
  // NOTE: the table takes the bottom of the canvas's column: the canvas is smaller now, so what is drawn is fitted into it again.
  app.cy.resize();
  const shownEles = app.canvas.shown();
  if (shownEles.nonempty() && (refit || !inside(app, shownEles))) app.canvas.fit(shownEles);
}

export function mountResults(app: AppContext): void {
  byId('results-close').addEventListener('click', () => {
    byId('results').hidden = true;
    app.cy.resize();
  });
}
