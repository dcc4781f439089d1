// Runs a saved query or ad-hoc Cypher and shows the result: one with graph
// elements on the canvas (one undoable step, laid out) and in the table; one
// with only values in the table alone, the canvas, the query behind it and
// the URL left as they were. Each run becomes a frame of the Query history.
// Errors are returned to the caller, which shows them where the query was typed.
import type { Position } from 'cytoscape';
import type { ApiError, QueryResult } from '../../../server/api/contract.ts';
import { runQueryOf } from '../api/queries.ts';
import type { QueryState } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import { forgetExpansions } from './explorer-actions.ts';
import { showResults } from './results-table.ts';
import { busy, status } from './toast.ts';

type Positions = Readonly<Record<string, Position>>;

function positionsOf(app: AppContext): Record<string, Position> {
  const out: Record<string, Position> = {};
  app.cy.nodes().forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/**
 * Shows a result. With graph elements it replaces the drawing (at `at`, the
 * positions a frame kept, else laid out) as the undoable step `label` (none
 * when null), and becomes the query behind the view; returns where its actors
 * are. Without, only the table changes (null is returned).
 * NOTE: a values-only result does not go into the URL: a link reruns the
 * query of the URL, and only the query that drew the canvas reproduces it.
 */
export async function showResult(app: AppContext, q: QueryState, title: string, r: QueryResult, at: Positions | null, label: string | null): Promise<Record<string, Position> | null> {
  if (r.elements.length === 0) {
    app.lastResult = r;
    showResults(app, r, title, false);
    return null;
  }
  const draw = async () => {
    forgetExpansions();
    app.canvas.replace(r.elements);
    const nodes = app.cy.nodes();
    const placed = at ?? {};
    const unplaced = nodes.filter((n) => placed[n.id()] === undefined);
    if (at && unplaced.empty()) nodes.forEach((n) => void n.position({ ...(placed[n.id()] ?? n.position()) }));
    else if (nodes.nonempty()) await app.canvas.layout();
    app.query = q;
    app.lastResult = r;
    app.showResults(r, title);
    app.showDetails(null);
  };
  if (label !== null) await app.canvas.change(label, draw);
  else await draw();
  app.syncUrl();
  return positionsOf(app);
}

export async function runQuery(app: AppContext, q: QueryState, title: string, record = true): Promise<ApiError | null> {
  const res = await busy(`Running ${title}`, () => runQueryOf(q));
  if (!res.ok) {
    status(`${title} failed.`);
    return res.error;
  }
  const r = res.data;
  const positions = await showResult(app, q, title, r, null, record ? `Run ${title}` : null);
  app.frames.add({ title, query: q, at: new Date().toISOString(), result: r, positions });
  const capped = r.truncated ? ' (capped: narrow the query to see all)' : '';
  if (positions === null) status(`${title}: ${r.rowCount} rows of values in ${r.elapsedMs} ms${capped}; the canvas is unchanged`);
  else status(`${title}: ${r.rowCount} rows, ${app.cy.nodes().length} actors, ${app.cy.edges().length} edges in ${r.elapsedMs} ms${capped}`);
  return null;
}
