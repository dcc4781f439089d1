// The explorer's entry: builds the canvas and the panels, restores the view
// the URL describes (or loads the browsing view), and wires the events.
import cytoscape, { type EventObject, type SingularElementArgument } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { HealthResponse } from '../../server/api/contract.ts';
import { request } from './api/http.ts';
import { config } from './config.ts';
import { Canvas } from './graph/canvas.ts';
import { LAYOUTS } from './graph/layouts.ts';
import { renderOptions } from './graph/performance.ts';
import { graphStyle } from './graph/style.ts';
import type { AppContext } from './view/app-context.ts';
import { mountReader } from './view/article-reader.ts';
import { mountArticlesPanel } from './view/articles-panel.ts';
import { runCommand } from './view/commands.ts';
import { mountContextMenu } from './view/context-menu.ts';
import { mountCypherEditor } from './view/cypher-editor.ts';
import { showArticleDetails, showDetails } from './view/details-panel.ts';
import { onNodeDoubleTap } from './view/double-tap.ts';
import { byId, h } from './view/dom.ts';
import { expand, loadOverview } from './view/explorer-actions.ts';
import { mountExportPanel } from './view/export-panel.ts';
import { mountFiltersPanel } from './view/filters-panel.ts';
import { mountFramesPanel, newFrameHistory } from './view/frames-panel.ts';
import { mountLegend } from './view/legend.ts';
import { mountQueriesPanel } from './view/queries-panel.ts';
import { keepQueryContext } from './view/query-context.ts';
import { runQuery } from './view/query-runner.ts';
import { mountResults, showResults } from './view/results-table.ts';
import { mountScenesPanel } from './view/scenes-panel.ts';
import { openAtStart } from './view/open-at-start.ts';
import { mountSearch } from './view/search-box.ts';
import { mountSettings } from './view/settings-panel.ts';
import { mountShortcuts } from './view/shortcuts.ts';
import { mountTabs, selectTab } from './view/tabs.ts';
import { mountTimeline } from './view/timeline.ts';
import { apiError, status } from './view/toast.ts';
import { readUrl, selectKeys, writeUrl } from './view/url-sync.ts';
import { copyViewLink, mountViewLink } from './view/view-link.ts';
import { reexpand, setLayoutName, showInForms } from './view/view-restore.ts';

cytoscape.use(fcose);

/** Elements the first view will hold, from the database's counts, to pick the rendering options. */
async function expectedSize(): Promise<number> {
  const r = await request<HealthResponse>('/health');
  return r.ok ? Math.min(r.data.neo4j.nodes + r.data.neo4j.relationships, config.graphLimit * 2) : 0;
}

function mountToolbar(app: AppContext): void {
  for (const b of byId('toolbar').querySelectorAll<HTMLButtonElement>('button[data-command]')) {
    b.addEventListener('click', () => runCommand(app, b.dataset['command'] ?? ''));
  }
  const select = byId<HTMLSelectElement>('layout-select');
  for (const l of LAYOUTS) select.appendChild(h('option', { value: l.name, text: l.label }));
  select.value = app.canvas.layoutName;
  select.addEventListener('change', () => {
    void app.canvas.change(`Layout: ${select.selectedOptions[0]?.text ?? select.value}`, () => app.canvas.layout(select.value)).then(() => app.syncUrl());
  });
  app.canvas.on((what) => {
    if (what === 'layout') select.value = app.canvas.layoutName;
  });
  const undo = byId<HTMLButtonElement>('undo-button');
  const redo = byId<HTMLButtonElement>('redo-button');
  const hist = app.canvas.history;
  hist.onChange(() => {
    undo.disabled = !hist.canUndo;
    redo.disabled = !hist.canRedo;
    undo.title = hist.undoLabel ? `Undo: ${hist.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
    redo.title = hist.redoLabel ? `Redo: ${hist.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  });
  byId('copy-link').addEventListener('click', () => copyViewLink(app));
}

function countLine(app: AppContext): void {
  const shown = app.canvas.shown();
  const hidden = app.cy.nodes().length - shown.nodes().length;
  byId('counts').textContent = `${shown.nodes().length} actors · ${shown.edges().length} edges shown${hidden > 0 ? ` · ${hidden} actors hidden or filtered` : ''}`;
}

async function start(): Promise<void> {
  const url = readUrl();
  const size = await expectedSize();
  const cy = cytoscape({ container: byId('cy'), style: graphStyle(), ...renderOptions(size) });
  // NOTE: exposed for end-to-end tests and power users in the console.
  (window as unknown as { cy: cytoscape.Core }).cy = cy;
  const canvas = new Canvas(cy);
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const app: AppContext = {
    canvas,
    cy,
    query: null,
    lastResult: null,
    articleTitles: new Map(),
    frames: newFrameHistory(),
    showDetails: (ele) => {
      showDetails(app, ele);
      if (ele) selectTab('details');
    },
    showArticle: (id) => {
      showArticleDetails(app, id);
      selectTab('details');
    },
    // NOTE: the reader is mounted below, before anything can open it.
    readArticle: (id, claimId) => void reader.open(id, claimId),
    // NOTE: every list of articles follows a load or a delete: the Articles panel's and the Filters panel's.
    // NOTE: and an open reader shows its article as it now stands (a correction changed its claims, or it was deleted).
    articlesChanged: () => Promise.all([articles.refresh().then(() => filters.render()), reader.refresh()]).then(() => undefined),
    showResults: (r, title) => showResults(app, r, title),
    selectTab: (p) => selectTab(p),
    syncUrl: () => {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => writeUrl(app), 50);
    },
  };

  mountLegend();
  mountTabs();
  mountSettings();
  mountShortcuts(app);
  mountToolbar(app);
  mountContextMenu(app);
  mountSearch(app);
  const reader = mountReader(app);
  mountResults(app);
  mountExportPanel(app);
  const articles = mountArticlesPanel(app);
  const queries = mountQueriesPanel(app);
  mountFramesPanel(app);
  keepQueryContext(app);
  const editor = mountCypherEditor(app, () => void queries.refresh());
  queries.onEdit = (q) => {
    editor.setQuery(q.cypher, Object.fromEntries(q.params.map((p) => [p.name, p.default ?? null])));
    selectTab('cypher');
  };
  await Promise.all([articles.refresh(), queries.refresh()]);
  const scenes = mountScenesPanel(app, { queries, editor });
  void scenes.refresh();
  mountViewLink(app);
  const filters = mountFiltersPanel(app, articles.articles);
  mountTimeline(app);
  void articles.refresh().then(() => filters.render());
  showDetails(app, null);

  cy.on('tap', 'node, edge', (ev: EventObject) => app.showDetails(ev.target as SingularElementArgument));
  cy.on('tap', (ev: EventObject) => {
    if (ev.target === cy) showDetails(app, null);
  });
  onNodeDoubleTap(cy, (node) => void expand(app, cy.collection().merge(node)));
  cy.on('select unselect', () => app.syncUrl());
  canvas.on(() => countLine(app));

  // A scene (?scene=name) or a link with positions is put back as it was, without a layout.
  if (await openAtStart(app, url, { queries, editor })) return;
  // Restore the view the URL describes; none of these steps is an undo step.
  setLayoutName(app, url.layout);
  if (url.query) {
    const err = await runQuery(app, url.query, showInForms(url.query, { queries, editor }), false);
    if (err) apiError('Could not rerun the query of the link', err);
  } else {
    await loadOverview(app);
  }
  await reexpand(app, url.expanded);
  canvas.setFilters(url.filters, false);
  if (cy.nodes().nonempty()) await canvas.layout();
  const first = selectKeys(app, url.selection);
  if (first) app.showDetails(first);
  canvas.history.clear();
  countLine(app);
  writeUrl(app);
  document.body.dataset['ready'] = 'true';
}

void start().catch((e: unknown) => {
  status(`The explorer failed to start: ${e instanceof Error ? e.message : String(e)}`);
  throw e;
});
