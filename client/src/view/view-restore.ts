// Puts a placed view back exactly (a scene, or a link that holds positions):
// draws what the view was built from (its query, or the browsing view, and
// its expansions), fetches by key the actors and edges still missing, removes
// what the view did not show, then sets every position, hidden, pinned,
// filters, layout, zoom, pan and selection — no layout runs. Opening one is
// ONE undoable step; an actor deleted since is reported, not fatal.
import type { ApiError, GraphElement } from '../../../server/api/contract.ts';
import { runQueryOf } from '../api/queries.ts';
import { lookupActors } from '../api/scenes.ts';
import { LAYOUTS } from '../graph/layouts.ts';
import { elementKey, type PlacedView } from '../graph/placed-view.ts';
import type { QueryState, UrlState } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import type { CypherEditor } from './cypher-editor.ts';
import { byId } from './dom.ts';
import { expand, forgetExpansions, loadOverview } from './explorer-actions.ts';
import type { QueriesPanel } from './queries-panel.ts';
import { apiError, busy, toast } from './toast.ts';
import { selectKeys } from './url-sync.ts';

/** The forms a restored query is shown in (its parameters, or its Cypher text). */
export interface QueryForms {
  readonly queries: QueriesPanel;
  readonly editor: CypherEditor;
}

/** Makes `name` the layout (and the select's choice) when it is one of ours; else the current one stays. */
export function setLayoutName(app: AppContext, name: string | null | undefined): void {
  if (name === null || name === undefined || !LAYOUTS.some((l) => l.name === name)) return;
  app.canvas.layoutName = name;
  byId<HTMLSelectElement>('layout-select').value = name;
}

/** Opens a query in the form it belongs to (the saved query's parameters, or the Cypher editor) and returns its title. */
export function showInForms(q: QueryState, forms: QueryForms): string {
  const saved = q.kind === 'saved' ? forms.queries.open(q.name, q.params) : null;
  if (q.kind === 'cypher') forms.editor.setQuery(q.text, q.params);
  return saved?.title ?? (q.kind === 'saved' ? q.name : 'Cypher query');
}

/** Expands again, without undo steps, the drawn actors of `keys` (a link's or a scene's expansions). */
export async function reexpand(app: AppContext, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    const n = app.canvas.model.actorByKey(key);
    const node = n ? app.cy.getElementById(n.id) : app.cy.collection();
    if (node.nonempty()) await expand(app, app.cy.collection().merge(node), false);
  }
}

/** Draws the view's query without a layout (its table shown too); the error, if any, is returned. */
async function drawQuery(app: AppContext, q: QueryState, forms: QueryForms): Promise<ApiError | null> {
  const title = showInForms(q, forms);
  const res = await busy(`Running ${title}`, () => runQueryOf(q));
  if (!res.ok) return res.error;
  forgetExpansions();
  app.canvas.replace(res.data.elements);
  app.query = q;
  app.lastResult = res.data;
  app.showResults(res.data, title);
  return null;
}

/** Fetches the placed actors (and, for a scene, edges) not drawn yet; returns the keys no actor has any more. */
async function fetchMissing(app: AppContext, placed: PlacedView): Promise<string[]> {
  const { cy } = app;
  const drawn = new Set(cy.nodes().map((n) => String(n.data('key'))));
  const needNodes = new Set([...placed.nodes.keys()].filter((k) => !drawn.has(k)));
  const drawnEdges = new Set(cy.edges().map(elementKey));
  const needEdges = new Set((placed.edges ?? []).filter((k) => !drawnEdges.has(k)));
  if (needNodes.size === 0 && needEdges.size === 0) return [];
  const res = await busy('Fetching the actors of the view', () => lookupActors([...placed.nodes.keys()]));
  if (!res.ok) {
    apiError('Could not fetch the actors of the view', res.error);
    return [];
  }
  const keyOf = new Map<string, string>();
  for (const e of res.data.elements) if (e.group === 'nodes') keyOf.set(e.data.id, String(e.data['key']));
  cy.nodes().forEach((n) => {
    keyOf.set(n.id(), String(n.data('key')));
  });
  const wanted = (e: GraphElement): boolean => {
    if (e.group === 'nodes') return needNodes.has(String(e.data['key']));
    const s = keyOf.get(e.data.source) ?? '';
    const t = keyOf.get(e.data.target) ?? '';
    // A scene lists its edges; a link draws what its query drew, plus the edges of the actors it had to fetch.
    return placed.edges ? needEdges.has(`${s}>${e.data.type}>${t}`) : needNodes.has(s) || needNodes.has(t);
  };
  app.canvas.add(res.data.elements.filter(wanted));
  return res.data.missing.filter((k) => needNodes.has(k));
}

/** Removes what the view did not draw, then places, hides and pins every element as it was. */
function place(app: AppContext, placed: PlacedView): void {
  const { cy } = app;
  const edges = placed.edges ? new Set(placed.edges) : null;
  const hidden = new Set(placed.hidden);
  const pinned = new Set(placed.pinned);
  cy.batch(() => {
    cy.nodes()
      .filter((n) => !placed.nodes.has(String(n.data('key'))))
      .remove();
    if (edges) cy.edges().filter((e) => !edges.has(elementKey(e))).remove();
    // NOTE: unlocked first: Cytoscape ignores position() on locked nodes.
    cy.nodes().unlock();
    cy.nodes().forEach((n) => {
      const key = String(n.data('key'));
      const p = placed.nodes.get(key);
      if (p) n.position({ x: p.x, y: p.y });
      n.toggleClass('pinned', pinned.has(key));
      if (pinned.has(key)) n.lock();
    });
    cy.elements().forEach((e) => {
      e.toggleClass('hidden', hidden.has(elementKey(e)));
    });
  });
}

/**
 * Opens a placed view. With a `label` it is one undo step (filters, zoom and
 * pan included); without one (the page's start) it is no step at all.
 * Returns the keys of the actors that are gone from the graph.
 */
export async function openPlaced(app: AppContext, url: UrlState, placed: PlacedView, forms: QueryForms, label: string | null): Promise<string[]> {
  let missing: string[] = [];
  let first: ReturnType<typeof selectKeys> = null;
  const open = async (): Promise<void> => {
    const err = url.query ? await drawQuery(app, url.query, forms) : null;
    if (err) apiError('Could not rerun the query of the view (its actors are fetched by key)', err);
    if (!url.query || err) {
      app.query = null;
      if (url.query || !(await loadOverview(app))) app.canvas.replace([]);
    }
    await reexpand(app, url.expanded);
    missing = await fetchMissing(app, placed);
    place(app, placed);
    setLayoutName(app, url.layout);
    app.canvas.setFilters(url.filters, false);
    app.cy.viewport({ zoom: placed.zoom, pan: placed.pan });
    first = selectKeys(app, url.selection);
  };
  // NOTE: one undo step of the canvas's own (drawing, viewport, filters, layout, query and table) when it is labelled.
  if (label !== null) await app.canvas.change(label, open);
  else await open();
  app.showDetails(first);
  if (missing.length > 0) {
    const names = missing.slice(0, 5).join(', ');
    toast(`${missing.length} actor${missing.length === 1 ? ' is' : 's are'} no longer in the graph (deleted or merged since): ${names}${missing.length > 5 ? ', …' : ''}`, 'error');
  }
  app.syncUrl();
  return missing;
}
