// The exploring commands (expand, show more, collapse, hide, hide others,
// show all, pin, shortest path, add a found actor, load the browsing view):
// each fetches what it needs first, then changes the view as ONE undoable step.
import type { CollectionReturnValue, NodeCollection, NodeSingular } from 'cytoscape';
import type { ActorSummary, GraphElement } from '../../../server/api/contract.ts';
import { fetchGraph, fetchNeighbours, fetchPaths, type NeighbourChoice } from '../api/graph.ts';
import { config } from '../config.ts';
import type { AppContext } from './app-context.ts';
import { apiError, busy, status, toast } from './toast.ts';

/** Where each expanded actor's neighbour paging stands. */
export interface MoreState {
  readonly next: number | null;
  readonly total: number;
  /** The relation types and direction the expansion chose (Show more follows them); none: all. */
  readonly choice?: NeighbourChoice;
}

const more = new Map<string, MoreState>();
export const moreOf = (nodeId: string): MoreState | undefined => more.get(nodeId);

const pagingListeners = new Set<(nodeId: string) => void>();
/** Calls `fn` with a node's id each time its neighbour paging changes (an Expand, a Show more). */
export function onPagingChange(fn: (nodeId: string) => void): void {
  pagingListeners.add(fn);
}

/** Forgets the paging of expansions (the canvas was replaced by a query or the overview). */
export function forgetExpansions(): void {
  more.clear();
}

const name = (n: NodeSingular): string => String(n.data('label'));
const key = (n: NodeSingular): string => String(n.data('key'));

export function selectedNodes(app: AppContext): NodeCollection {
  return app.cy.nodes(':selected');
}

/** "Iran (ATTACKED out)": an actor and the choice its expansion made, for the history and the status line. */
const along = (node: NodeSingular, choice: NeighbourChoice | undefined): string =>
  choice?.types || choice?.direction ? `${name(node)} (${[(choice.types ?? []).join(', '), choice.direction ?? ''].filter((x) => x !== '').join(' ')})` : name(node);

/** Fetches one page of neighbours of a node (along the choice, if any) and draws them around it. */
async function page(app: AppContext, node: NodeSingular, skip: number, record: boolean, choice?: NeighbourChoice): Promise<number> {
  const res = await busy(`Expanding ${along(node, choice)}`, () => fetchNeighbours(key(node), skip, config.neighbourPage, choice));
  if (!res.ok) {
    apiError(`Could not expand ${name(node)}`, res.error);
    return 0;
  }
  let added = 0;
  const apply = () => {
    added = app.canvas.add(res.data.elements, node).length;
  };
  if (record) await app.canvas.change(`Expand ${along(node, choice)}`, apply);
  else apply();
  more.set(node.id(), { next: res.data.next, total: res.data.total, ...(choice ? { choice } : {}) });
  node.toggleClass('more', res.data.next !== null);
  for (const fn of pagingListeners) fn(node.id());
  const shown = res.data.next ?? res.data.total;
  status(`${along(node, choice)}: ${added} new actor${added === 1 ? '' : 's'}; showing ${shown} of ${res.data.total} neighbours${res.data.next !== null ? ' — "Show more" for the rest' : ''}`);
  return added;
}

export async function expand(app: AppContext, nodes: NodeCollection = selectedNodes(app), record = true): Promise<void> {
  if (nodes.empty()) return toast('Select an actor to expand first (click it, or find it with the search box).');
  for (const n of nodes.toArray()) await page(app, n, 0, record);
  app.syncUrl();
}

/** Expands one actor along relation types and a direction only: one undoable step. */
export async function expandAlong(app: AppContext, node: NodeSingular, choice: NeighbourChoice): Promise<void> {
  await page(app, node, 0, true, choice);
  app.syncUrl();
}

export async function showMore(app: AppContext, node: NodeSingular): Promise<void> {
  const m = more.get(node.id());
  if (!m || m.next === null) return toast(`All neighbours of ${name(node)} are shown.`);
  await page(app, node, m.next, true, m.choice);
}

/** Removes the neighbours that hang only off the given actors (not pinned or selected). */
export async function collapse(app: AppContext, nodes: NodeCollection = selectedNodes(app)): Promise<void> {
  if (nodes.empty()) return toast('Select an actor to collapse first.');
  await app.canvas.change(`Collapse ${nodes.length === 1 ? name(nodes[0] as NodeSingular) : `${nodes.length} actors`}`, () => {
    const leaves = nodes
      .neighborhood()
      .nodes()
      .filter((o) => !o.hasClass('pinned') && !o.selected() && o.neighborhood().nodes().difference(nodes).empty());
    leaves.remove();
    for (const n of nodes.toArray()) more.delete(n.id());
  });
  app.syncUrl();
}

export async function hide(app: AppContext, eles: CollectionReturnValue = app.cy.elements(':selected')): Promise<void> {
  if (eles.empty()) return toast('Select what to hide first.');
  await app.canvas.change(`Hide ${eles.length}`, () => {
    eles.unselect().addClass('hidden').connectedEdges().addClass('hidden');
  });
  app.showDetails(null);
}

export async function hideOthers(app: AppContext, eles: CollectionReturnValue = app.cy.elements(':selected')): Promise<void> {
  if (eles.empty()) return toast('Select what to keep first.');
  const keep = eles.union(eles.nodes().edgesWith(eles.nodes())).union(eles.edges().connectedNodes());
  await app.canvas.change('Hide others', () => {
    app.cy.elements().difference(keep).addClass('hidden');
  });
}

export async function showAll(app: AppContext): Promise<void> {
  await app.canvas.change('Show hidden', () => {
    app.cy.elements('.hidden').removeClass('hidden');
  });
}

export async function togglePin(app: AppContext, nodes: NodeCollection = selectedNodes(app)): Promise<void> {
  if (nodes.empty()) return toast('Select an actor to pin first.');
  const pin = nodes.filter((n) => !n.hasClass('pinned')).nonempty();
  await app.canvas.change(pin ? 'Pin' : 'Unpin', () => {
    if (pin) nodes.addClass('pinned').lock();
    else nodes.removeClass('pinned').unlock();
  });
}

export async function shortestPath(app: AppContext): Promise<void> {
  const sel = selectedNodes(app);
  if (sel.length !== 2) return toast('Select exactly two actors (Shift+click, or Ctrl+click) to find a path between them.');
  const [a, b] = sel.toArray() as [NodeSingular, NodeSingular];
  const res = await busy(`Finding paths from ${name(a)} to ${name(b)}`, () => fetchPaths(key(a), key(b)));
  if (!res.ok) return apiError('Could not find a path', res.error);
  if (res.data.paths === 0) return toast(`No path between ${name(a)} and ${name(b)} within 6 steps.`);
  await app.canvas.change(`Path ${name(a)} – ${name(b)}`, () => {
    app.canvas.add(res.data.elements, a);
  });
  app.cy.elements('.path').removeClass('path');
  const onPath = new Set(res.data.elements.map((e) => e.data.id));
  app.cy.nodes().filter((n) => onPath.has(n.id())).addClass('path');
  app.cy.edges().filter((e) => (e.data('claims') as string[]).some((c) => onPath.has(c))).addClass('path');
  status(`${res.data.paths} shortest path${res.data.paths === 1 ? '' : 's'} between ${name(a)} and ${name(b)} (highlighted in green)`);
  app.syncUrl();
}

/** Shows a found actor: selects it when drawn, else adds it with its edges to what is drawn. */
export async function revealActor(app: AppContext, actor: ActorSummary): Promise<void> {
  const { cy } = app;
  let node = cy.getElementById(actor.elementId);
  if (node.empty() || node.hasClass('hidden')) {
    const res = await busy(`Adding ${actor.name}`, () => fetchNeighbours(actor.id, 0, 200));
    const self: GraphElement = { group: 'nodes', data: { id: actor.elementId, key: actor.id, label: actor.name, name: actor.name, kind: actor.kind, aliases: [...actor.aliases], labels: ['Actor', ...(actor.kind ? [actor.kind] : [])] } };
    const present = (id: string) => cy.getElementById(id).nonempty();
    // Only the edges to actors already drawn: a search should not flood the view.
    const edges = res.ok ? res.data.elements.filter((e) => e.group === 'edges' && (present(e.data.source) || present(e.data.target))) : [];
    await app.canvas.change(`Add ${actor.name}`, () => {
      const near = cy.nodes().filter((n) => edges.some((e) => e.data.source === n.id() || e.data.target === n.id()));
      const ext = cy.extent();
      const at = near.nonempty() ? { x: near.boundingBox().x1 + near.boundingBox().w / 2 + 60, y: near.boundingBox().y1 - 40 } : { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
      app.canvas.add([self]);
      cy.getElementById(actor.elementId).position(at);
      app.canvas.add(edges);
    });
    node = cy.getElementById(actor.elementId);
  }
  cy.elements(':selected').unselect();
  cy.elements('.found').removeClass('found');
  node.addClass('found').select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
  app.showDetails(node);
  app.syncUrl();
}

/** The browsing view: the event graph, capped, with "showing N of M". */
export async function loadOverview(app: AppContext): Promise<boolean> {
  const res = await busy('Loading the graph', () => fetchGraph({ limit: config.graphLimit }));
  if (!res.ok) {
    apiError('Could not load the graph', res.error);
    status('Could not load the graph.');
    return false;
  }
  forgetExpansions();
  app.canvas.replace(res.data.elements);
  const edges = res.data.elements.filter((e) => e.group === 'edges').length;
  if (app.cy.nodes().empty()) {
    status('The graph is empty: add an article in the Articles panel.');
    return true;
  }
  status(res.data.truncated ? `Showing ${edges} of ${res.data.total} claims (capped at ${config.graphLimit}); filter or query to narrow.` : `${app.cy.nodes().length} actors, ${edges} claims`);
  return true;
}

/** Keys of the expanded actors still drawn, in expansion order (for the URL). */
export function expandedKeys(app: AppContext): string[] {
  return [...more.keys()].map((id) => app.cy.getElementById(id)).filter((n) => n.nonempty()).map((n) => String(n.data('key')));
}
