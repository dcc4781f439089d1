// Keeps the URL hash in step with the view (layout, filters, selection,
// expanded actors, query and parameters) and reads it back on load.
import type { SingularElementArgument } from 'cytoscape';
import { elementKey, placedOf } from '../graph/placed-view.ts';
import { decodeState, encodeState, type UrlState } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import { expandedKeys } from './explorer-actions.ts';

export function currentState(app: AppContext): UrlState {
  return {
    layout: app.canvas.layoutName,
    filters: app.canvas.filters,
    selection: app.cy.elements(':selected').map(elementKey),
    expanded: expandedKeys(app),
    query: app.query,
    placed: app.cy.nodes().nonempty() ? placedOf(app.cy, false) : null,
  };
}

export function writeUrl(app: AppContext, state: UrlState = currentState(app)): void {
  const hash = encodeState(state);
  if (location.hash.replace(/^#/, '') !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}

export function readUrl(): UrlState {
  return decodeState(location.hash);
}

/** Selects the elements a URL names (those that are drawn). */
export function selectKeys(app: AppContext, keys: readonly string[]): SingularElementArgument | null {
  const want = new Set(keys);
  const hits = app.cy.elements().filter((e) => want.has(elementKey(e)));
  app.cy.elements(':selected').unselect();
  hits.select();
  return hits.nonempty() ? hits.first() : null;
}
