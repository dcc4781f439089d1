// Runs a saved query or ad-hoc Cypher and shows the result on the canvas (one
// undoable step, laid out) and in the table. Errors are returned to the
// caller, which shows them where the query was typed.
import type { ApiError } from '../../../server/api/contract.ts';
import { runCypher, runSavedQuery } from '../api/queries.ts';
import type { QueryState } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import { forgetExpansions } from './explorer-actions.ts';
import { busy, status } from './toast.ts';

export async function runQuery(app: AppContext, q: QueryState, title: string, record = true): Promise<ApiError | null> {
  const res = await busy(`Running ${title}`, () => (q.kind === 'saved' ? runSavedQuery(q.name, q.params) : runCypher(q.text, q.params)));
  if (!res.ok) {
    status(`${title} failed.`);
    return res.error;
  }
  const r = res.data;
  // NOTE: the query, the table and its fit are part of the step, so that undo puts back the view before them (canvas.keepContext).
  const draw = async () => {
    forgetExpansions();
    app.canvas.replace(r.elements);
    if (app.cy.nodes().nonempty()) await app.canvas.layout();
    app.query = q;
    app.lastResult = r;
    app.showResults(r, title);
    app.showDetails(null);
  };
  if (record) await app.canvas.change(`Run ${title}`, draw);
  else await draw();
  const nodes = app.cy.nodes().length;
  status(`${title}: ${r.rowCount} rows, ${nodes} actors, ${app.cy.edges().length} edges in ${r.elapsedMs} ms${r.truncated ? ' (capped: narrow the query to see all)' : ''}`);
  app.syncUrl();
  return null;
}
